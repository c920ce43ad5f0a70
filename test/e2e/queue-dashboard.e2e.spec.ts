import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import { OrganisationKind, UserRole } from '@assay/domain';
import { QueueName } from '@assay/queue';
import { TestApi } from '@assay/testing';
import { signedInUser, type SignedInUser } from './support/sessions.js';

const PAGE = '/admin/queues';
const BOARD_API = '/admin/queues/api/queues';
const SESSION = '/admin/queues/session';
const COOKIE = 'assay_queue_dashboard';

interface BoardQueues {
  queues: { name: string; counts: Record<string, number> }[];
}

describe('the queue dashboard (/admin/queues)', () => {
  let api: TestApi;
  let admin: SignedInUser;
  let reviewer: SignedInUser;
  let providerAdmin: SignedInUser;
  let clientAdmin: SignedInUser;
  let scoring: Queue;
  const jobId = `dashboard-e2e-${randomBytes(4).toString('hex')}`;

  const get = (url: string, headers: Record<string, string> = {}) => api.app.inject({ method: 'GET', url, headers });
  const bearer = (user: SignedInUser) => ({ authorization: `Bearer ${user.token}` });
  /** The `name=value` part of a Set-Cookie header. */
  const cookiePair = (setCookie: string) => setCookie.split(';')[0]!;

  beforeAll(async () => {
    api = await TestApi.start();
    admin = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.ADMIN);
    reviewer = await signedInUser(api, admin.organisation, UserRole.REVIEWER);
    providerAdmin = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
    clientAdmin = await signedInUser(api, OrganisationKind.CLIENT, UserRole.ADMIN);
    // A waiting job under the run's prefix, the way the worker would see it: the board must read the same keys.
    scoring = new Queue(QueueName.SCORING, { connection: { url: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379' }, prefix: process.env.REDIS_PREFIX });
    await scoring.add('score-assessment', { assessmentId: '00000000-0000-0000-0000-000000000000', submissionNumber: 1 }, { jobId });
  });

  afterAll(async () => {
    await (await scoring?.getJob(jobId))?.remove();
    await scoring?.close();
    await api?.close();
  });

  it('refuses an anonymous caller everywhere under the path, with a JSON error and no stack', async () => {
    for (const url of [PAGE, `${PAGE}/`, BOARD_API, `${PAGE}/static/images/logo.svg`]) {
      const response = await get(url);
      expect({ url, status: response.statusCode }).toEqual({ url, status: 401 });
      expect(response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('POST /admin/queues/session') } });
    }
    const opened = await api.app.inject({ method: 'POST', url: SESSION });
    expect(opened.statusCode).toBe(401);
    expect(opened.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a malformed or forged bearer token', async () => {
    expect((await get(PAGE, { authorization: 'Token abc' })).statusCode).toBe(401);
    expect((await get(BOARD_API, { authorization: `Bearer ${admin.token}x` })).json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
  });

  it.each([
    ['an association reviewer', () => reviewer],
    ['a provider admin', () => providerAdmin],
    ['a client admin', () => clientAdmin],
  ])('forbids %s the page, the board api and a session', async (_who, user) => {
    for (const url of [PAGE, BOARD_API]) {
      const response = await get(url, bearer(user()));
      expect({ url, status: response.statusCode, body: response.json() }).toEqual({
        url,
        status: 403,
        body: { error: { code: 'FORBIDDEN', message: 'Only association admins may do this' } },
      });
    }
    const opened = await api.app.inject({ method: 'POST', url: SESSION, headers: bearer(user()) });
    expect(opened.statusCode).toBe(403);
    expect(opened.headers['set-cookie']).toBeUndefined();
  });

  it('shows an association admin with a bearer token the page and every queue, read under the configured prefix', async () => {
    const page = await get(PAGE, bearer(admin));
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.body).toContain('Assay queues');

    const board = await get(BOARD_API, bearer(admin));
    expect(board.statusCode).toBe(200);
    const { queues } = board.json<BoardQueues>();
    expect(queues.map((queue) => queue.name).sort()).toEqual(Object.values(QueueName).sort());
    expect(queues.find((queue) => queue.name === QueueName.SCORING)!.counts).toMatchObject({ waiting: 1 });
  });

  it('opens a browser session with a bearer token: the cookie alone then opens the page and the board api, until signed out', async () => {
    const opened = await api.app.inject({ method: 'POST', url: SESSION, headers: bearer(admin) });
    expect(opened.statusCode).toBe(200);
    // The cookie holds the token the admin presented, for what is left of its life: never a new, longer one.
    const { expiresInSeconds } = opened.json<{ dashboard: string; expiresInSeconds: number }>();
    expect(opened.json()).toEqual({ dashboard: PAGE, expiresInSeconds: expect.any(Number) });
    expect(expiresInSeconds).toBeGreaterThan(800);
    expect(expiresInSeconds).toBeLessThanOrEqual(900);
    const setCookie = String(opened.headers['set-cookie']);
    expect(setCookie.split('; ')).toEqual(expect.arrayContaining([`${COOKIE}=${admin.token}`, `Max-Age=${expiresInSeconds}`, `Path=${PAGE}`, 'HttpOnly', 'SameSite=Strict']));
    expect(setCookie).not.toContain('Secure'); // NODE_ENV=test: plain HTTP
    const cookie = cookiePair(setCookie);

    const page = await get(PAGE, { cookie });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const board = await get(BOARD_API, { cookie: `theme=dark; ${cookie}` });
    expect(board.statusCode).toBe(200);
    expect(board.json<BoardQueues>().queues.map((queue) => queue.name)).toContain(QueueName.SCORING);
    expect((await get(`${PAGE}/static/images/logo.svg`, { cookie })).statusCode).toBe(200);

    // A session does not make another session: that takes the bearer token again.
    const renewed = await api.app.inject({ method: 'POST', url: SESSION, headers: { cookie } });
    expect(renewed.statusCode).toBe(401);
    expect(renewed.headers['set-cookie']).toBeUndefined();

    const closed = await api.app.inject({ method: 'DELETE', url: SESSION, headers: { cookie } });
    expect(closed.statusCode).toBe(204);
    const cleared = String(closed.headers['set-cookie']).split('; ');
    expect(cleared).toEqual(expect.arrayContaining([`${COOKIE}=`, 'Max-Age=0', `Path=${PAGE}`, 'HttpOnly', 'SameSite=Strict']));
    // The browser drops the cookie: without it the page is closed again.
    expect((await get(PAGE)).statusCode).toBe(401);
  });

  it('refuses a tampered, expired or foreign session cookie, and a reviewer’s token in one; signing out needs no session', async () => {
    const { JwtService } = await import('@nestjs/jwt');
    const jwt = api.app.get(JwtService);
    const claims = { sub: admin.user.id, org: admin.organisation.id, kind: 'ASSOCIATION', status: 'ACTIVE', role: 'ADMIN' };
    const expired = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 });
    const foreign = new JwtService({ secret: 'another-secret-of-at-least-32-characters!!' }).sign(claims);
    const opened = await api.app.inject({ method: 'POST', url: SESSION, headers: bearer(admin) });
    // The admin's own session token with its payload rewritten (a later expiry): the signature no longer matches.
    const [head, , signature] = cookiePair(String(opened.headers['set-cookie'])).slice(COOKIE.length + 1).split('.');
    const tampered = [head, Buffer.from(JSON.stringify({ ...claims, exp: 9999999999 })).toString('base64url'), signature].join('.');

    for (const token of [tampered, expired, foreign, 'not-a-token']) {
      const response = await get(BOARD_API, { cookie: `${COOKIE}=${token}` });
      expect({ token, status: response.statusCode, code: response.json<{ error: { code: string } }>().error.code }).toEqual({ token, status: 401, code: 'UNAUTHENTICATED' });
    }
    expect((await get(PAGE, { cookie: `${COOKIE}=${reviewer.token}` })).statusCode).toBe(403);
    // A stale cookie can always be cleared.
    expect((await api.app.inject({ method: 'DELETE', url: SESSION, headers: { cookie: `${COOKIE}=${expired}` } })).statusCode).toBe(204);
  });

  it('the api /metrics reports the jobs of every queue by state, read from Redis at scrape time', async () => {
    const response = await get('/metrics');
    expect(response.statusCode).toBe(200);
    expect(response.body).toMatch(/^assay_queue_jobs\{queue="scoring",state="waiting"\} 1$/m);
    for (const queue of Object.values(QueueName)) {
      for (const state of ['waiting', 'active', 'delayed', 'failed', 'completed']) expect(response.body).toContain(`assay_queue_jobs{queue="${queue}",state="${state}"}`);
    }
  });
});
