import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { OrganisationKind, UserRole } from '@assay/domain';
import { TestApi, createOrganisation } from '@assay/testing';
import { signedInUser } from './support/sessions.js';

/** The micro-cache of anonymous queries (apps/api/src/graphql/public-query-cache.ts), on with a short life here. */
const TTL_MS = 400;

describe('public query cache', () => {
  let api: TestApi;
  // Suppliers of this file carry the tag in their legal name: other files share the database.
  const tag = `pqc${randomBytes(4).toString('hex')}`;
  const directory = `query ($text: String) { directory(filter: { text: $text }, first: 50) { nodes { legalName } } }`;

  beforeAll(async () => {
    const saved = process.env.PUBLIC_QUERY_CACHE_MS;
    process.env.PUBLIC_QUERY_CACHE_MS = String(TTL_MS);
    try {
      api = await TestApi.start();
    } finally {
      process.env.PUBLIC_QUERY_CACHE_MS = saved;
    }
  });
  afterAll(async () => {
    await api?.close();
  });

  async function post(query: string, variables: Record<string, unknown>, token?: string) {
    const response = await api.app.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      payload: JSON.stringify({ query, variables }),
    });
    const body = JSON.parse(response.body) as { data: { directory?: { nodes: { legalName: string }[] } } | null; errors?: { extensions?: { code?: string } }[] };
    return { status: response.statusCode, cache: response.headers['x-assay-cache'], body, names: body.data?.directory?.nodes.map((node) => node.legalName) ?? [] };
  }

  async function addSupplier(name: string): Promise<void> {
    await createOrganisation(api.db, OrganisationKind.PROVIDER, { legalName: `${name} ${tag}` });
  }

  it('answers an anonymous query again from memory until the data is at most its life old', async () => {
    await addSupplier('Alpha');
    const first = await post(directory, { text: tag });
    expect({ cache: first.cache, names: first.names }).toEqual({ cache: 'miss', names: [`Alpha ${tag}`] });

    await addSupplier('Beta');
    const again = await post(directory, { text: tag });
    expect({ cache: again.cache, names: again.names }).toEqual({ cache: 'hit', names: [`Alpha ${tag}`] });

    await sleep(TTL_MS + 50);
    const fresh = await post(directory, { text: tag });
    expect({ cache: fresh.cache, names: fresh.names }).toEqual({ cache: 'miss', names: [`Alpha ${tag}`, `Beta ${tag}`] });
  });

  it('keeps answers per variables', async () => {
    const other = await post(directory, { text: `${tag}-nobody` });
    expect({ cache: other.cache, names: other.names }).toEqual({ cache: 'miss', names: [] });
  });

  it('runs identical anonymous queries that arrive together once, and gives each the answer', async () => {
    const text = `${tag}-together`;
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(directory, { text })));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    expect(answers.filter((answer) => answer.cache === 'miss')).toHaveLength(1);
    expect(new Set(answers.map((answer) => JSON.stringify(answer.body))).size).toBe(1);
  });

  it('never keeps a query whose text or variables are long (memory stays bounded)', async () => {
    const long = await post(directory, { text: `${tag}-${'x'.repeat(17_000)}` });
    expect(long.cache).toBeUndefined();
  });

  it('never answers a signed-in caller from memory', async () => {
    const { token } = await signedInUser(api, OrganisationKind.CLIENT, UserRole.MEMBER);
    await post(directory, { text: `signed-in ${tag}` }); // kept for anonymous callers
    await addSupplier('Gamma signed-in');
    const signedIn = await post(directory, { text: `signed-in ${tag}` }, token);
    expect({ cache: signedIn.cache, names: signedIn.names }).toEqual({ cache: undefined, names: [`Gamma signed-in ${tag}`] });
  });

  it('never keeps an error or a mutation', async () => {
    const bad = `query { directory(first: 0) { nodes { id } } }`;
    const errors = [await post(bad, {}), await post(bad, {})];
    expect(errors.map((answer) => [answer.cache, answer.body.errors?.[0]?.extensions?.code])).toEqual([
      ['miss', 'BAD_USER_INPUT'],
      ['miss', 'BAD_USER_INPUT'],
    ]);
    const logout = `mutation { logout(input: { refreshToken: "not-a-token" }) }`;
    const mutations = [await post(logout, {}), await post(logout, {})];
    expect(mutations.map((answer) => answer.cache)).toEqual([undefined, undefined]);
  });
});
