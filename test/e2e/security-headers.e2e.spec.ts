import { OrganisationKind, UserRole } from '@assay/domain';
import { TestApi } from '@assay/testing';
import { signedInUser, type SignedInUser } from './support/sessions.js';

type Headers = Record<string, string | string[] | number | undefined>;

/** Starts an api with some configuration changed, restoring the environment for the next test file. */
async function startWith(env: Record<string, string>): Promise<TestApi> {
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    return await TestApi.start();
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  }
}

/** The Content-Security-Policy header as directive -> sources. */
function csp(headers: Headers): Record<string, string[]> {
  const text = String(headers['content-security-policy'] ?? '');
  return Object.fromEntries(
    text
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!, sources]),
  );
}

/** Whether a CSP source list lets a resource at `url` (relative to the api) load. */
function allows(sources: string[] | undefined, url: string): boolean {
  const target = new URL(url, 'http://api.test');
  if (!sources) return false;
  if (target.origin === 'http://api.test') return sources.includes("'self'");
  return sources.includes(target.origin);
}

/** The headers helmet puts on every answer, whatever its route or status. */
function expectHardened(what: string, headers: Headers): void {
  expect({ what, nosniff: headers['x-content-type-options'] }).toEqual({ what, nosniff: 'nosniff' });
  expect({ what, frames: headers['x-frame-options'] }).toEqual({ what, frames: 'DENY' });
  expect({ what, referrer: headers['referrer-policy'] }).toEqual({ what, referrer: 'no-referrer' });
  expect({ what, opener: headers['cross-origin-opener-policy'] }).toEqual({ what, opener: 'same-origin' });
  expect({ what, poweredBy: headers['x-powered-by'] }).toEqual({ what, poweredBy: undefined });
  const policy = csp(headers);
  expect({ what, frameAncestors: policy['frame-ancestors'] }).toEqual({ what, frameAncestors: ["'none'"] });
  expect({ what, inlineScripts: policy['script-src']?.includes("'unsafe-inline'") ?? false }).toEqual({ what, inlineScripts: false });
}

describe('security headers on every answer', () => {
  let api: TestApi;
  let associationAdmin: SignedInUser;
  beforeAll(async () => {
    api = await TestApi.start();
    associationAdmin = await signedInUser(api, OrganisationKind.ASSOCIATION, UserRole.ADMIN);
  });
  afterAll(() => api.close());

  it('the global policy is the one the web app is built for', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/health' });
    expect(csp(response.headers)).toEqual({
      'default-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'"],
      'connect-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
    // Development and test serve plain HTTP: no HSTS, no upgrade of requests.
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it.each([
    ['a GraphQL answer', { method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } }, 200],
    ['a GraphQL error', { method: 'POST', url: '/graphql', payload: { query: '{ nope }' } }, 400],
    ['a GraphQL request refused before its body is read', { method: 'POST', url: '/graphql', headers: { 'content-type': 'text/plain' }, payload: '{ __typename }' }, 415],
    ['a body over the limit', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ query: 'x'.repeat(1024 * 1024) }) }, 413],
    ['a body that is not JSON', { method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload: '{' }, 400],
    ['health', { method: 'GET', url: '/health' }, 200],
    ['metrics', { method: 'GET', url: '/metrics' }, 200],
    ['a REST refusal', { method: 'GET', url: '/evidence/00000000-0000-4000-8000-000000000000' }, 401],
    ['an unknown path', { method: 'GET', url: '/no/such/page' }, 404],
    ['an unknown method', { method: 'DELETE', url: '/graphql' }, 404],
    ['a certificate verification (JSON)', { method: 'GET', url: '/verify/ASSAY-2026-AAAAAAAA', headers: { accept: 'application/json' } }, 404],
    ['the public signing keys (a static-like JSON file)', { method: 'GET', url: '/.well-known/assay-certificate-keys.json' }, 200],
    ['the queue dashboard refusing a stranger', { method: 'GET', url: '/admin/queues' }, 401],
  ] as const)('%s', async (what, request, status) => {
    const response = await api.app.inject(request as Parameters<TestApi['app']['inject']>[0] & object);
    expect({ what, status: response.statusCode }).toEqual({ what, status });
    expectHardened(what, response.headers);
  });

  it('the verification page runs no script and keeps its own, stricter policy', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/verify/ASSAY-2026-AAAAAAAA', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expectHardened('verification page', response.headers);
    const policy = csp(response.headers);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['script-src']).toBeUndefined(); // falls back to default-src 'none': no script at all
    expect(response.body).not.toMatch(/<script/i);
    expect(response.body).not.toMatch(/\son[a-z]+=/i); // no inline event handlers
    expect(response.body).not.toMatch(/<link|src=/i); // nothing loaded from anywhere
  });

  it('the queue dashboard gets the fonts it links, and its scripts and styles are allowed by its policy', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/admin/queues', headers: { authorization: `Bearer ${associationAdmin.token}` } });
    expect(response.statusCode).toBe(200);
    expectHardened('queue dashboard', response.headers);
    const policy = csp(response.headers);
    const base = /<base href="([^"]+)"/.exec(response.body)?.[1] ?? '/';
    const scripts = [...response.body.matchAll(/<script([^>]*)>/g)].map(([, attributes]) => attributes!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attributes of scripts) {
      const src = /src="([^"]+)"/.exec(attributes)?.[1];
      // Every script is a file, except the UI's configuration, a JSON data block the browser does not run.
      if (src === undefined) expect(attributes).toMatch(/type="application\/json"/);
      else expect({ src, allowed: allows(policy['script-src'], new URL(src, `http://api.test${base}`).href) }).toEqual({ src, allowed: true });
    }
    const stylesheets = [...response.body.matchAll(/<link href="([^"]+)" rel="stylesheet"/g)].map(([, href]) => href!);
    expect(stylesheets.length).toBeGreaterThan(0);
    for (const href of stylesheets) {
      expect({ href, allowed: allows(policy['style-src'], new URL(href, `http://api.test${base}`).href) }).toEqual({ href, allowed: true });
    }
    expect(policy['font-src']).toContain('https://fonts.gstatic.com');
    // The relaxation stays on the dashboard's routes.
    expect(csp((await api.app.inject({ method: 'GET', url: '/health' })).headers)['style-src']).not.toContain('https://fonts.googleapis.com');
  });
});

describe('the GraphiQL explorer (development)', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startWith({ GRAPHQL_EXPLORER: 'true' });
  });
  afterAll(() => api.close());

  it('may load the scripts its main.js imports from unpkg, on its own routes only', async () => {
    const page = await api.app.inject({ method: 'GET', url: '/graphiql' });
    expect(page.statusCode).toBe(200);
    expectHardened('graphiql', page.headers);
    const policy = csp(page.headers);
    expect(page.body).not.toMatch(/<script>/); // no inline script in the page itself
    for (const [, src] of page.body.matchAll(/<script src="([^"]+)"/g)) expect(allows(policy['script-src'], src!)).toBe(true);

    const main = await api.app.inject({ method: 'GET', url: '/graphiql/main.js' });
    expectHardened('a static file', main.headers);
    const imported = [...main.body.matchAll(/'(https:\/\/unpkg\.com\/[^']+\.js)'/g)].map(([, url]) => url!);
    expect(imported.length).toBeGreaterThan(0);
    for (const url of imported) expect({ url, allowed: allows(policy['script-src'], url) }).toEqual({ url, allowed: true });
    // The service worker caches those files: its own policy must let it fetch them.
    const worker = await api.app.inject({ method: 'GET', url: '/graphiql/sw.js' });
    expect(allows(csp(worker.headers)['connect-src'], imported[0]!)).toBe(true);

    const elsewhere = csp((await api.app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } })).headers);
    expect(allows(elsewhere['script-src'], imported[0]!)).toBe(false);
  });
});

describe('over HTTPS', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startWith({ PUBLIC_BASE_URL: 'https://assay.example.org' });
  });
  afterAll(() => api.close());

  it('announces HSTS and upgrades insecure requests', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/health' });
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(csp(response.headers)['upgrade-insecure-requests']).toEqual([]);
  });
});

describe('CORS', () => {
  const ALLOWED = 'https://app.example.org';
  const OTHER = 'https://evil.example';
  const corsHeaders = (headers: Headers) => Object.keys(headers).filter((name) => name.startsWith('access-control-'));

  describe('with no origin configured (the default): same-origin only', () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await TestApi.start();
    });
    afterAll(() => api.close());

    it('answers no origin with CORS headers, and refuses every preflight', async () => {
      const answer = await api.app.inject({ method: 'POST', url: '/graphql', headers: { origin: ALLOWED }, payload: { query: '{ __typename }' } });
      expect(answer.statusCode).toBe(200);
      expect(corsHeaders(answer.headers)).toEqual([]);
      const preflight = await api.app.inject({ method: 'OPTIONS', url: '/graphql', headers: { origin: ALLOWED, 'access-control-request-method': 'POST' } });
      expect(preflight.statusCode).toBe(404);
      expect(corsHeaders(preflight.headers)).toEqual([]);
    });
  });

  describe(`with CORS_ORIGINS=${ALLOWED}`, () => {
    let api: TestApi;
    beforeAll(async () => {
      api = await startWith({ CORS_ORIGINS: ALLOWED });
    });
    afterAll(() => api.close());

    it('a preflight from the configured origin is answered, echoing the origin, without credentials', async () => {
      const preflight = await api.app.inject({
        method: 'OPTIONS',
        url: '/graphql',
        headers: { origin: ALLOWED, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type' },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(preflight.headers['access-control-allow-credentials']).toBeUndefined();
      expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/authorization/);
      expect(String(preflight.headers['access-control-allow-methods'])).toMatch(/POST/);
      expect(String(preflight.headers.vary)).toMatch(/Origin/);
      expectHardened('preflight', preflight.headers);
    });

    it('a request from the configured origin may read its answer', async () => {
      const answer = await api.app.inject({ method: 'POST', url: '/graphql', headers: { origin: ALLOWED }, payload: { query: '{ __typename }' } });
      expect(answer.headers['access-control-allow-origin']).toBe(ALLOWED);
      expect(String(answer.headers['access-control-expose-headers'])).toMatch(/x-request-id/);
    });

    it('another origin gets no CORS header at all, and its preflight answers 404', async () => {
      const preflight = await api.app.inject({ method: 'OPTIONS', url: '/graphql', headers: { origin: OTHER, 'access-control-request-method': 'POST' } });
      expect(preflight.statusCode).toBe(404);
      expect(corsHeaders(preflight.headers)).toEqual([]);
      const answer = await api.app.inject({ method: 'POST', url: '/graphql', headers: { origin: OTHER }, payload: { query: '{ __typename }' } });
      expect(corsHeaders(answer.headers)).toEqual([]);
      // An origin that merely starts like the allowed one is another origin.
      const lookalike = await api.app.inject({ method: 'POST', url: '/graphql', headers: { origin: `${ALLOWED}.evil.example` }, payload: { query: '{ __typename }' } });
      expect(corsHeaders(lookalike.headers)).toEqual([]);
    });

    it.each(['/verify/ASSAY-2026-AAAAAAAA', '/.well-known/assay-certificate-keys.json'])('public %s stays readable from any origin, without credentials', async (url) => {
      const answer = await api.app.inject({ method: 'GET', url, headers: { origin: OTHER, accept: 'application/json' } });
      expect(answer.headers['access-control-allow-origin']).toBe('*');
      expect(answer.headers['access-control-allow-credentials']).toBeUndefined();
    });
  });
});
