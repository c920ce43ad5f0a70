import { generateKeyPairSync } from 'node:crypto';
import { TestApi, errorCode } from '@assay/testing';

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

const DEEP = `{ directory { nodes { products { id } } } }`; // directory > nodes > products > id: depth 4

describe('GraphQL limits', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startWith({ GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COMPLEXITY: '100' });
  });
  afterAll(() => api.close());

  it('refuses a query deeper than the limit with a coded error, before running it', async () => {
    const result = await api.gql(DEEP);
    expect(result.status).toBe(400);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/depth/i);
  });

  it('refuses a query whose estimated cost exceeds the limit: page sizes multiply', async () => {
    const cheap = await api.gql(`{ directory(first: 5) { nodes { id legalName } } }`);
    expect(cheap.errors).toBeUndefined();
    const costly = await api.gql(`query ($n: Int!) { directory(first: $n) { nodes { id legalName country } } }`, { n: 50 });
    expect(errorCode(costly)).toBe('BAD_USER_INPUT');
    expect(costly.errors?.[0].message).toMatch(/too costly/);
  });

  it('answers a malformed document with BAD_USER_INPUT and no stack trace', async () => {
    const result = await api.gql(`{ directory(first: "many") { nodes { id } }`);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('allows introspection outside production', async () => {
    const introspection = await api.gql(`{ __schema { queryType { name } } }`);
    expect(introspection.errors).toBeUndefined();
  });
});

describe('in production', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startWith({
      NODE_ENV: 'production',
      JWT_SECRET: 'a-production-secret-of-more-than-32-chars',
      CERTIFICATE_SIGNING_KEY: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      CERTIFICATE_SIGNING_KEY_ID: 'e2e-production',
    });
  });
  afterAll(() => api.close());

  it('introspection is off', async () => {
    const result = await api.gql(`{ __schema { queryType { name } } }`);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toMatch(/introspection/i);
  });

  it('the GraphiQL explorer is not served', async () => {
    const response = await api.app.inject({ method: 'GET', url: '/graphiql' });
    expect(response.statusCode).toBe(404);
  });
});

describe('requests that are not GraphQL', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await TestApi.start();
  });
  afterAll(() => api.close());

  it.each([
    ['a body that is not JSON', 'not json'],
    ['an empty body', ''],
    ['an object without a query', '{}'],
    ['a query that is not a string', '{"query":5}'],
  ])('%s answers 400 BAD_USER_INPUT, never an internal error', async (_name, payload) => {
    const response = await api.app.inject({ method: 'POST', url: '/graphql', headers: { 'content-type': 'application/json' }, payload });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
