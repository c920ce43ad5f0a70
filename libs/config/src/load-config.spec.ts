import { loadConfig } from './load-config.js';

describe('configuration', () => {
  it('gives working defaults for development', () => {
    const config = loadConfig({});
    expect(config.NODE_ENV).toBe('development');
    expect(config.PORT).toBe(3000);
    expect(config.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/assay');
    expect(config.GRAPHQL_EXPLORER).toBe(true);
  });

  it('names every bad variable in one message', () => {
    expect(() => loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', JWT_SECRET: 'short' })).toThrow(
      /PORT:[\s\S]*DATABASE_URL: must be a postgres:\/\/ URL[\s\S]*JWT_SECRET: must be at least 32 characters/,
    );
  });

  it('refuses to run production with the development JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: must be set in production/);
  });

  it('turns the explorer off in production unless asked', () => {
    const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40) });
    expect(config.GRAPHQL_EXPLORER).toBe(false);
  });

  it('serves worker metrics on 9464 unless told otherwise; 0 asks for any free port', () => {
    expect(loadConfig({}).WORKER_METRICS_PORT).toBe(9464);
    expect(loadConfig({ WORKER_METRICS_PORT: '0' }).WORKER_METRICS_PORT).toBe(0);
    expect(() => loadConfig({ WORKER_METRICS_PORT: '70000' })).toThrow(/WORKER_METRICS_PORT/);
    expect(() => loadConfig({ WORKER_METRICS_PORT: '-1' })).toThrow(/WORKER_METRICS_PORT/);
  });
});
