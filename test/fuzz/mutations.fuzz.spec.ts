/**
 * Every mutation of the schema, fuzzed through GraphQL as every persona (support/mutation-arbitraries.ts derives
 * the inputs from apps/api/schema.gql). After each call (support/fuzz-invariants.ts): never a 5xx, no stack trace
 * or SQL in the answer, a known code on every error, and a rejected call leaves every table and the audit chain
 * as they were. Deterministic by default; FUZZ_SEED replays another run, FUZZ_RUNS raises the runs per mutation.
 * The mutations share one database and run in schema order, each on the state the earlier ones left: replay a
 * failure with the whole file and the same seed and runs.
 */
import fc from 'fast-check';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { parse, printSchema, validate } from 'graphql';
import { TestApi } from '@assay/testing';
import { rejected, responseProblems, snapshotDatabase, snapshotDifferences, snapshotQuery, type DatabaseSnapshot } from './support/fuzz-invariants.js';
import { PERSONAS, seedFuzzWorld, type FuzzWorld, type Persona } from './support/fuzz-world.js';
import { loadSchema, mutationCaseArbitrary, mutationDocument, mutationFields } from './support/mutation-arbitraries.js';

function integerFromEnv(name: string, fallback: number): number {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be an integer, not ${process.env[name]}`);
  return value;
}

const SEED = integerFromEnv('FUZZ_SEED', 20_261_124);
const RUNS = integerFromEnv('FUZZ_RUNS', 60);
const schema = loadSchema();
const mutations = mutationFields(schema);

/** Every string of the request (and its JSON-escaped form): GraphQL quotes rejected values back, which is no leak. */
function sentStrings(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') into.add(value).add(JSON.stringify(value).slice(1, -1));
  else if (Array.isArray(value)) value.forEach((item) => sentStrings(item, into));
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) sentStrings(inner, sentStrings(key, into));
  return into;
}

/** How a counterexample prints: long strings cut, so a failure report stays readable. */
const shortJson = (value: unknown) => JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'string' && inner.length > 80 ? `${inner.slice(0, 40)}…(${inner.length} chars)` : inner));

describe('fuzzing every mutation', () => {
  let api: TestApi;
  let world: FuzzWorld;
  let query: string;
  let snapshot: DatabaseSnapshot;
  let calls = 0;
  /** A fresh address per call: the per-address limits of login, sign-up and invitations never answer for the whole run. */
  const nextIp = () => {
    calls += 1;
    return `10.${(calls >> 16) & 255}.${(calls >> 8) & 255}.${calls & 255}`;
  };

  beforeAll(async () => {
    api = await TestApi.start();
    world = await seedFuzzWorld(api);
    query = await snapshotQuery(api.db);
    snapshot = await snapshotDatabase(api.db, query);
  }, 120_000);
  afterAll(() => api?.close());

  it('fuzzes every mutation of the running api with a valid document and generated inputs', () => {
    // schema.gql is what the generator reads: it must be the schema the api serves (the drift test says so too).
    expect(printSchema(schema)).toEqual(printSchema(api.app.get(GraphQLSchemaHost).schema));
    expect(mutations.map((field) => field.name).sort()).toEqual(Object.keys(api.app.get(GraphQLSchemaHost).schema.getMutationType()!.getFields()).sort());
    for (const field of mutations) {
      expect({ mutation: field.name, errors: validate(schema, parse(mutationDocument(field))) }).toEqual({ mutation: field.name, errors: [] });
      // Throws for an argument type the generator has no arbitrary for.
      expect(fc.sample(mutationCaseArbitrary(field, world.pools, world.hints), { seed: SEED, numRuns: 20 })).toHaveLength(20);
    }
  });

  describe.each(mutations.map((field) => [field.name, field] as const))('%s', (name, field) => {
    it('never answers 5xx, leaks nothing, codes every error and writes nothing when it refuses', async () => {
      const document = mutationDocument(field);
      const outcomes = new Map<string, number>();
      // Personas this mutation refused for who they are: three calls out of four go to the others instead, so
      // deep checks are reached more often than one persona in seven would.
      const refusedPersonas = new Set<Persona>();
      const input = fc
        .record({ drawn: fc.constantFrom(...PERSONAS), retarget: fc.nat(99), call: mutationCaseArbitrary(field, world.pools, world.hints) })
        .map((value) => Object.defineProperty(value, fc.toStringMethod, { value: () => shortJson(value) }));
      const property = fc.asyncProperty(input, async ({ drawn, retarget, call }) => {
        const others = PERSONAS.filter((p) => !refusedPersonas.has(p));
        const persona = refusedPersonas.has(drawn) && retarget < 75 && others.length > 0 ? others[retarget % others.length]! : drawn;
        const result = await api.gql(document, call.variables, { token: world.tokens[persona], ip: nextIp() });
        const problems = responseProblems(result, name, sentStrings(call.variables));
        const after = await snapshotDatabase(api.db, query);
        if (rejected(result, name)) problems.push(...snapshotDifferences(snapshot, after).map((difference) => `refused, yet the database changed: ${difference}`));
        snapshot = after;
        const code = result.errors?.[0]?.extensions?.code;
        if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') refusedPersonas.add(persona);
        const outcome = `${result.status} ${code ?? 'OK'}`;
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
        if (problems.length > 0) {
          throw new Error(`${name} as ${persona} (${call.mode}) answered ${outcome}:\n  ${problems.join('\n  ')}\nvariables: ${shortJson(call.variables)}\nerrors: ${shortJson(result.errors)}`);
        }
      });
      try {
        await fc.assert(property, { seed: SEED, numRuns: RUNS, endOnFailure: true, includeErrorInReport: true });
      } catch (error) {
        throw new Error(`Replay with FUZZ_SEED=${SEED} (FUZZ_RUNS=${RUNS}).\n${(error as Error).message}`);
      }
      if (process.env.FUZZ_REPORT) console.log(`${name}: ${[...outcomes].map(([outcome, count]) => `${outcome} ×${count}`).join(', ')}`);
      // Valid-shaped calls get past GraphQL's own checks (status 200): the resolvers' validation was fuzzed too.
      expect([...outcomes.keys()].some((outcome) => outcome.startsWith('200 '))).toBe(true);
    }, 180_000);
  });
});
