import { createServer, type AddressInfo, type Socket } from 'node:net';
import { TestApi } from '@assay/testing';

/** A TCP server that accepts connections and never answers: a hung Redis, the case a probe must not wait on. */
async function silentServer(): Promise<{ url: string; close: () => Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `redis://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

describe('operations endpoints', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  }, 30_000);
  afterAll(() => api.close());

  it('GET /health answers while the process is up', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /ready answers 200 when PostgreSQL and Redis both answer', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ready', checks: { postgres: 'up', redis: 'up' } });
  });

  it('GET /metrics serves Prometheus text with request durations by route pattern', async () => {
    await api.app.inject({ method: 'GET', url: '/health?probe=1' });
    await api.app.inject({ method: 'GET', url: '/no/such/page' });
    const response = await api.app.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toContain('process_cpu_user_seconds_total');
    expect(response.body).toMatch(/http_request_duration_seconds_count\{method="GET",route="\/health",status_code="200"\} \d+/);
    // Unmatched URLs share one series; raw URLs never become label values.
    expect(response.body).toMatch(/route="unmatched",status_code="404"/);
    expect(response.body).not.toContain('/no/such/page');
    expect(response.body).toContain('assay_audit_chain_intact');
  });

  it('every response carries the request id: the one given when well-formed, a fresh one otherwise', async () => {
    const given = await api.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'lb-7f3a.42' } });
    expect(given.headers['x-request-id']).toBe('lb-7f3a.42');
    const malformed = await api.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'no spaces\nor newlines' } });
    expect(malformed.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const graphql = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'x-request-id': 'gql-1' },
      payload: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(graphql.headers['x-request-id']).toBe('gql-1');
  });
});

describe('readiness with Redis hung', () => {
  let api: TestApi;
  let redis: Awaited<ReturnType<typeof silentServer>>;
  let redisUrl: string | undefined;
  beforeAll(async () => {
    redis = await silentServer();
    redisUrl = process.env.REDIS_URL;
    process.env.REDIS_URL = redis.url;
    api = await TestApi.start();
  }, 30_000);
  afterAll(async () => {
    await api?.close();
    await redis?.close();
    // ioredis destroys the socket of a client closed before it became ready on a 2 s timer; let it fire so
    // Jest exits cleanly.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    if (redisUrl === undefined) delete process.env.REDIS_URL;
    else process.env.REDIS_URL = redisUrl;
  }, 10_000);

  it('GET /ready answers 503 naming Redis as down once its timeout passes', async () => {
    const started = Date.now();
    const response = await api.app.inject({ method: 'GET', url: '/ready' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'not ready', checks: { postgres: 'up', redis: 'down' } });
    expect(Date.now() - started).toBeLessThan(3000);
    // The process itself is alive: liveness must not follow its dependencies.
    expect((await api.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  }, 10_000);
});
