import { generateKeyPairSync } from 'node:crypto';
import { loadConfig } from './load-config.js';

const SIGNING_KEY = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(40), CERTIFICATE_SIGNING_KEY: SIGNING_KEY, CERTIFICATE_SIGNING_KEY_ID: 'assay-2026-01' };

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
    const config = loadConfig(PRODUCTION);
    expect(config.GRAPHQL_EXPLORER).toBe(false);
  });

  it('serves worker metrics on 9464 unless told otherwise; 0 asks for any free port', () => {
    expect(loadConfig({}).WORKER_METRICS_PORT).toBe(9464);
    expect(loadConfig({ WORKER_METRICS_PORT: '0' }).WORKER_METRICS_PORT).toBe(0);
    expect(() => loadConfig({ WORKER_METRICS_PORT: '70000' })).toThrow(/WORKER_METRICS_PORT/);
    expect(() => loadConfig({ WORKER_METRICS_PORT: '-1' })).toThrow(/WORKER_METRICS_PORT/);
  });

  it('refuses to run production without a certificate signing key, and a key without its id', () => {
    expect(() => loadConfig({ ...PRODUCTION, CERTIFICATE_SIGNING_KEY: undefined, CERTIFICATE_SIGNING_KEY_ID: undefined })).toThrow(/CERTIFICATE_SIGNING_KEY: must be set in production/);
    expect(() => loadConfig({ CERTIFICATE_SIGNING_KEY: SIGNING_KEY })).toThrow(/CERTIFICATE_SIGNING_KEY_ID: CERTIFICATE_SIGNING_KEY and CERTIFICATE_SIGNING_KEY_ID go together/);
  });

  it('reads retired certificate public keys as a JSON object, and says what is wrong with one that is not', () => {
    expect(loadConfig({ CERTIFICATE_RETIRED_PUBLIC_KEYS: '{"assay-2025-01":"MCowBQYDK2VwAyEA"}' }).CERTIFICATE_RETIRED_PUBLIC_KEYS).toEqual({ 'assay-2025-01': 'MCowBQYDK2VwAyEA' });
    expect(loadConfig({}).CERTIFICATE_RETIRED_PUBLIC_KEYS).toEqual({});
    expect(loadConfig({ CERTIFICATE_RETIRED_PUBLIC_KEYS: '' }).CERTIFICATE_RETIRED_PUBLIC_KEYS).toEqual({});
    expect(() => loadConfig({ CERTIFICATE_RETIRED_PUBLIC_KEYS: '["a"]' })).toThrow(/CERTIFICATE_RETIRED_PUBLIC_KEYS: must be a JSON object/);
  });

  it('reads CORS origins as a list, empty by default, and refuses what is not an origin', () => {
    expect(loadConfig({}).CORS_ORIGINS).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: ' https://app.example.org, http://localhost:5173 ,' }).CORS_ORIGINS).toEqual(['https://app.example.org', 'http://localhost:5173']);
    expect(() => loadConfig({ CORS_ORIGINS: 'https://app.example.org/' })).toThrow(/CORS_ORIGINS: "https:\/\/app.example.org\/" is not an origin/);
    expect(() => loadConfig({ CORS_ORIGINS: '*' })).toThrow(/CORS_ORIGINS/);
    expect(() => loadConfig({ CORS_ORIGINS: 'ftp://files.example.org' })).toThrow(/CORS_ORIGINS/);
  });
});
