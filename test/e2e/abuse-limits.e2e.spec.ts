import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OrganisationKind, UserRole } from '@assay/domain';
import { TestApi, errorCode } from '@assay/testing';
import { PDF, multipart } from './support/evidence-fixtures.js';
import { signedInUser, type SignedInUser } from './support/sessions.js';

/**
 * Limits that keep one caller from spending the api's time or memory, and bad input that must never reach a
 * client as a 500, a stack trace or SQL. Other limits have their tests beside their feature: depth, cost and
 * introspection (graphql-limits), login rate limits and refresh-token reuse (auth), the upload's size, count
 * and content (evidence), the verification rate limit (certificates).
 */

const STACK = /at .*\.(ts|js):\d+|node_modules|\/work\//;
const SQL = /\b(SELECT|INSERT|UPDATE|DELETE)\b.*\b(FROM|INTO|SET)\b|QueryFailedError|syntax error at or near|relation "|violates/i;

/** What a client sees must be an answer meant for it: a code, no internals. */
function expectNoInternals(body: string): void {
  expect(body).not.toMatch(STACK);
  expect(body).not.toMatch(SQL);
  expect(body).not.toMatch(/INTERNAL_SERVER_ERROR|Internal error/);
}

const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;

describe('abuse limits', () => {
  let api: TestApi;
  let provider: SignedInUser;
  let evidenceDir: string;
  beforeAll(async () => {
    // Uploads refused here must not leave anything in the repository's .data either.
    evidenceDir = await mkdtemp(join(tmpdir(), 'assay-abuse-'));
    const saved = process.env.EVIDENCE_DIR;
    process.env.EVIDENCE_DIR = evidenceDir;
    try {
      api = await TestApi.start();
    } finally {
      if (saved === undefined) delete process.env.EVIDENCE_DIR;
      else process.env.EVIDENCE_DIR = saved;
    }
    provider = await signedInUser(api, OrganisationKind.PROVIDER, UserRole.ADMIN);
  });
  afterAll(async () => {
    await api?.close();
    await rm(evidenceDir, { recursive: true, force: true });
  });

  const post = (payload: string, headers: Record<string, string> = {}) =>
    api.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json', ...headers }, payload });

  describe('GraphQL aliases and batches', () => {
    it('allows up to 30 aliases in an operation and refuses more, before running any', async () => {
      expect((await api.gql(aliases(30))).errors).toBeUndefined();
      const refused = await api.gql(aliases(31));
      expect(refused.status).toBe(400);
      expect(refused.data).toBeNull();
      expect(errorCode(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.message).toBe('Too many aliases: 31 in one operation, the limit is 30');
    });

    it('counts aliases hidden in fragments, once per spread', async () => {
      const refused = await api.gql(`{ me { ...F } again: me { ...F } } fragment F on User { ${Array.from({ length: 15 }, (_, i) => `e${i}: email`).join(' ')} }`, {}, { token: provider.token });
      expect(refused.errors?.[0]?.message).toBe('Too many aliases: 31 in one operation, the limit is 30');
    });

    it('refuses a batch (a JSON array of operations) with 400 BAD_USER_INPUT', async () => {
      const response = await post(JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]));
      expect(response.statusCode).toBe(400);
      expect(response.json()).toEqual({ data: null, errors: [{ message: 'Batched requests are not accepted: send one GraphQL operation per request', extensions: { code: 'BAD_USER_INPUT' } }] });
    });

    it('runs only the named operation of a document with several', async () => {
      const result = await post(JSON.stringify({ query: 'query A { a: __typename } query B { b: __typename }', operationName: 'B' }));
      expect(result.json()).toEqual({ data: { b: 'Query' } });
      const unnamed = await post(JSON.stringify({ query: 'query A { a: __typename } query B { b: __typename }' }));
      expect(unnamed.json()).toEqual({ data: null, errors: [{ message: expect.stringMatching(/operation name/), extensions: { code: 'BAD_USER_INPUT' } }] });
    });
  });

  describe('request body size', () => {
    it('refuses a GraphQL body over 1 MB with 413 PAYLOAD_TOO_LARGE, and still serves the next request', async () => {
      const response = await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1024 * 1024) } }));
      expect(response.statusCode).toBe(413);
      expect(response.json()).toEqual({ data: null, errors: [{ message: expect.stringMatching(/too large/i), extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
      expect((await api.gql('{ __typename }')).data).toEqual({ __typename: 'Query' });
    });

    it('a body just under the limit is read', async () => {
      const response = await post(JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(1000 * 1000) } }));
      expect(response.statusCode).toBe(200);
    });

    it.each([
      // What a cross-site <form> may send without a CORS preflight: it must not run an operation.
      ['an HTML form', 'application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
      ['a multipart form', 'multipart/form-data; boundary=x', '--x\r\ncontent-disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--\r\n'],
      ['plain text', 'text/plain', '{ __typename }'],
    ])('refuses %s sent to /graphql with 415 UNSUPPORTED_MEDIA_TYPE', async (_what, type, payload) => {
      const response = await post(payload, { 'content-type': type });
      expect(response.statusCode).toBe(415);
      expect(response.json()).toEqual({ data: null, errors: [{ message: 'Send GraphQL requests as application/json', extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] });
    });
  });

  describe('access tokens that must not work, over GraphQL and REST alike', () => {
    const forge = (header: object, claims: object, signature = '') =>
      [Buffer.from(JSON.stringify(header)).toString('base64url'), Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
    const ADMIN_CLAIMS = { sub: '00000000-0000-4000-8000-000000000001', org: '00000000-0000-4000-8000-000000000002', kind: 'ASSOCIATION', status: 'ACTIVE', role: 'ADMIN' };

    async function tokens(): Promise<[string, string][]> {
      const { JwtService } = await import('@nestjs/jwt');
      const ours = api.app.get(JwtService);
      const [header, , signature] = provider.token.split('.');
      const claims = JSON.parse(Buffer.from(provider.token.split('.')[1]!, 'base64url').toString()) as Record<string, unknown>;
      return [
        ['alg none with an empty signature', forge({ alg: 'none', typ: 'JWT' }, { ...ADMIN_CLAIMS, exp: 9999999999 })],
        ['alg none with our signature copied over', forge({ alg: 'none', typ: 'JWT' }, { ...ADMIN_CLAIMS, exp: 9999999999 }, signature)],
        ['signed with another key', new JwtService({ secret: 'another-secret-of-at-least-32-characters!!' }).sign(ADMIN_CLAIMS)],
        ['signed with our key but HS512', ours.sign(ADMIN_CLAIMS, { algorithm: 'HS512' })],
        ['expired', ours.sign({ ...ADMIN_CLAIMS, exp: Math.floor(Date.now() / 1000) - 60 })],
        // A real token whose payload was edited to claim the association's admin role: the signature no longer matches.
        ['a tampered payload', [header, Buffer.from(JSON.stringify({ ...claims, kind: 'ASSOCIATION', role: 'ADMIN' })).toString('base64url'), signature].join('.')],
        ['not a JWT', 'abc.def.ghi'],
        ['a header that is not JSON', `${Buffer.from('{"alg":').toString('base64url')}.e30.sig`],
      ];
    }

    it('each is UNAUTHENTICATED over GraphQL, never an internal error', async () => {
      for (const [what, token] of await tokens()) {
        const result = await api.gql('{ me { email } }', {}, { token });
        expect({ what, code: errorCode(result) }).toEqual({ what, code: 'UNAUTHENTICATED' });
        expectNoInternals(JSON.stringify(result));
      }
    });

    it('each is 401 UNAUTHENTICATED on REST routes (evidence upload and download, the queue dashboard)', async () => {
      for (const [what, token] of await tokens()) {
        const { payload, headers } = multipart({ assessmentId: '00000000-0000-4000-8000-000000000000' }, { name: 'a.pdf', content: PDF });
        const upload = await api.app.inject({ method: 'POST', url: '/evidence', headers: { ...headers, authorization: `Bearer ${token}` }, payload });
        const download = await api.app.inject({ method: 'GET', url: '/evidence/00000000-0000-4000-8000-000000000000', headers: { authorization: `Bearer ${token}` } });
        const dashboard = await api.app.inject({ method: 'GET', url: '/admin/queues', headers: { authorization: `Bearer ${token}` } });
        for (const [route, response] of [['upload', upload], ['download', download], ['dashboard', dashboard]] as const) {
          expect({ what, route, status: response.statusCode, code: response.json().error?.code }).toEqual({ what, route, status: 401, code: 'UNAUTHENTICATED' });
          expectNoInternals(response.body);
        }
      }
    });
  });

  describe('bad input is never a 500, a stack trace or SQL', () => {
    it.each([
      ['variables that are not an object', JSON.stringify({ query: '{ __typename }', variables: 'x' })],
      ['variables that are an array', JSON.stringify({ query: 'query ($id: ID!) { supplier(id: $id) { id } }', variables: [1] })],
      ['a variable of the wrong type', JSON.stringify({ query: 'query ($n: Int) { directory(first: $n) { nodes { id } } }', variables: { n: 'many' } })],
      ['an integer beyond 32 bits', JSON.stringify({ query: 'query ($n: Int) { directory(first: $n) { nodes { id } } }', variables: { n: 2 ** 40 } })],
      ['a negative page size', JSON.stringify({ query: '{ directory(first: -1) { nodes { id } } }' })],
      ['a deeply nested variable value', JSON.stringify({ query: 'query ($s: String) { jurisdictionRisk(country: $s) { country } }', variables: { s: JSON.parse(`${'['.repeat(2000)}${']'.repeat(2000)}`) } })],
      ['a document of unbalanced braces', JSON.stringify({ query: '{'.repeat(10_000) })],
      ['a body polluting the prototype', '{"query":"{ __typename }","__proto__":{"admin":true}}'],
      ['a string full of NUL bytes and SQL', JSON.stringify({ query: 'query ($s: String!) { jurisdictionRisk(country: $s) { country } }', variables: { s: "\u0000'; DROP TABLE organisation; --" } })],
      ['an opaque cursor that is not one', JSON.stringify({ query: '{ directory(first: 2, after: "not-a-cursor\') OR 1=1") { nodes { id } } }' })],
    ])('%s', async (_what, payload) => {
      const response = await post(payload, { authorization: `Bearer ${provider.token}` });
      expect(response.statusCode).toBeLessThan(500);
      const body = response.json() as { errors?: { extensions?: { code?: string } }[] };
      expect(body.errors?.[0]?.extensions?.code).toMatch(/^(BAD_USER_INPUT|NOT_FOUND)$/);
      expectNoInternals(response.body);
    });

    it.each([
      ['an id that is not a UUID', 'supplier(id: "1 OR 1=1") { id }'],
      ['an id with SQL in it', `supplier(id: "00000000-0000-4000-8000-000000000000'; --") { id }`],
      ['an id of nothing', 'supplier(id: "00000000-0000-4000-8000-000000000000") { id }'],
      ['a country that is not one', 'jurisdictionRisk(country: "ZZZ\' OR \'1\'=\'1") { country }'],
    ])('%s answers a coded error', async (_what, field) => {
      const result = await api.gql(`{ ${field} }`, {}, { token: provider.token });
      expect(result.status).toBeLessThan(500);
      expect(errorCode(result)).toMatch(/^(BAD_USER_INPUT|NOT_FOUND)$/);
      expectNoInternals(JSON.stringify(result));
    });

    it.each([
      ['a download id that is not a UUID', { method: 'GET', url: "/evidence/..%2F..%2Fetc%2Fpasswd" }],
      ['a verification serial of 10 kB', { method: 'GET', url: `/verify/${'A'.repeat(10_000)}`, headers: { accept: 'application/json' } }],
      ['a verification serial with SQL', { method: 'GET', url: `/verify/${encodeURIComponent("ASSAY-2026-AAAAAAAA' OR 1=1 --")}`, headers: { accept: 'application/json' } }],
      ['a path with broken percent-encoding', { method: 'GET', url: '/evidence/%E0%A4%A' }],
      ['a path parameter of 10 kB', { method: 'GET', url: `/evidence/${'a'.repeat(10_000)}` }],
      ['a multipart body cut in the middle', { method: 'POST', url: '/evidence', headers: { 'content-type': 'multipart/form-data; boundary=xyz' }, payload: '--xyz\r\ncontent-disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF' }],
      ['a multipart body without a boundary', { method: 'POST', url: '/evidence', headers: { 'content-type': 'multipart/form-data' }, payload: 'whatever' }],
    ] as const)('REST: %s', async (_what, request) => {
      const response = await api.app.inject({ ...request, headers: { authorization: `Bearer ${provider.token}`, ...('headers' in request ? request.headers : {}) } } as Parameters<TestApi['app']['inject']>[0] & object);
      expect(response.statusCode).toBeGreaterThanOrEqual(400);
      expect(response.statusCode).toBeLessThan(500);
      expectNoInternals(response.body);
    });
  });
});
