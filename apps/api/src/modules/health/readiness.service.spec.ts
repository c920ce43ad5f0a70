import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { ReadinessService } from './readiness.service.js';

const answers = { query: async () => [{ '?column?': 1 }] } as unknown as DataSource;
const pongs = { ping: async () => 'PONG' } as unknown as Redis;
const never = () => new Promise<never>(() => undefined);

describe('ReadinessService', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('is ready when PostgreSQL and Redis both answer', async () => {
    await expect(new ReadinessService(answers, pongs).check()).resolves.toEqual({ ready: true, checks: { postgres: 'up', redis: 'up' } });
  });

  it('reports a dependency that fails as down, without its error text', async () => {
    const broken = { query: async () => Promise.reject(new Error('password authentication failed for user "postgres"')) } as unknown as DataSource;
    const readiness = await new ReadinessService(broken, pongs).check();
    expect(readiness).toEqual({ ready: false, checks: { postgres: 'down', redis: 'up' } });
    expect(JSON.stringify(readiness)).not.toContain('password');
  });

  it('reports a dependency that hangs as down once the timeout passes', async () => {
    const hanging = { ping: never } as unknown as Redis;
    const started = Date.now();
    const readiness = await new ReadinessService(answers, hanging).check(50);
    expect(readiness).toEqual({ ready: false, checks: { postgres: 'up', redis: 'down' } });
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
