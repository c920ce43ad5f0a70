/**
 * `npm run bench:directory` (not part of `npm test`): the public directory and an authenticated scorecard under
 * load, beside a bare Fastify + Mercurius hello-world (jit on, like the api), in one run on one throw-away
 * database seeded with SUPPLIERS provider organisations, PRODUCTS_PER_SUPPLIER products each and a VALID
 * certificate for every CERTIFIED_EVERY-th supplier. Writes bench/results/directory.json.
 *
 * The real api (createApiApp) listens on a free port of this process with LOG_LEVEL=warn (unless set), so
 * request logging does not dominate; the hello-world listens on another. autocannon runs in a worker thread
 * (not on the servers' event loop), BENCH_SECONDS (default 10) per target with BENCH_CONNECTIONS (default 50)
 * connections, one target after the other. A response counts as an error when it is not 2xx or when its
 * GraphQL body carries `errors` (autocannon's mismatches); each query is also sampled once before its run.
 * A fourth row, `{ me { id } }` signed in, is not a target: it shows the floor of any signed-in request (token,
 * one row) under the same load. Anonymous queries are micro-cached (PUBLIC_QUERY_CACHE_MS, default 1 s): set
 * PUBLIC_QUERY_CACHE_MS=0 to measure the directory's statements on every request.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { Worker } from 'node:worker_threads';
import autocannon, { type Result } from 'autocannon';
import { Logger } from '@nestjs/common';
import Fastify, { type FastifyInstance } from 'fastify';
import mercurius from 'mercurius';
import type { DataSource } from 'typeorm';
import { Answer, Assessment, AssessmentProduct, Product, RequesterKind, createDataSource, ensureDefaultQuestionnairePublished } from '@assay/database';
import { AssessmentStatus, Capability, DeploymentContext, OrganisationKind, ProductCategory, UserRole } from '@assay/domain';
import { createMigratedDatabase, createOrganisation, createUser, deleteRedisKeys, dropDatabase, TEST_PASSWORD } from '@assay/testing';
import { DEFAULT_METHODOLOGY_REGISTRY } from '../apps/worker/src/scoring/methodology-registry.js';
import { ScoringService } from '../apps/worker/src/scoring/scoring.service.js';
import { favourableAnswers } from '../scripts/demo-answers.js';
import type { LoadSpec } from './autocannon-worker.js';

const SUPPLIERS = 10_000;
const PRODUCTS_PER_SUPPLIER = 4;
const CERTIFIED_EVERY = 5; // 2,000 VALID certificates
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const TARGET_P99_RATIO = 5;
const REDIS_PREFIX = `assay-bench-directory-${randomBytes(4).toString('hex')}`;

const HELLO = '{ hello }';
const DIRECTORY = `query { directory(first: 50) { nodes { id legalName products { id name category } currentCertificate { serial level validUntil } }
  pageInfo { hasNextPage endCursor } } }`;
const SCORECARD = `query ($id: ID!) { assessment(id: $id) { id status
  scorecard { methodologyVersion scoredAt inherentRisk residualRisk maturity tier confidence
    themes { code title { en } score weight } redFlags { questionCode ruleId } eligibility { eligible unmet level }
    questions { code themeCode applicable answered weight score contribution } } } }`;

/** Not a target: the cheapest signed-in query (token check, one row), the floor under the scorecard's latency. */
const SIGNED_IN_FLOOR = `query { me { id } }`;

const round = (value: number, places = 2) => Math.round(value * 10 ** places) / 10 ** places;
const now = () => Number(process.hrtime.bigint()) / 1e6;

/** The catalogue, in a handful of multi-row statements: suppliers, their profiles, products, certified suppliers. */
async function seedCatalogue(db: DataSource, issuerId: string, clientId: string, templateId: string): Promise<void> {
  await db.transaction(async (manager) => {
    await manager.query(
      `INSERT INTO organisation (kind, status, legal_name, country, website)
       SELECT 'PROVIDER', 'ACTIVE', 'Supplier ' || lpad(i::text, 5, '0') || ' ' || substr(md5(i::text), 1, 6),
              (ARRAY['FR','DE','GB','US','ZA','BR','IN','JP'])[1 + i % 8], 'https://supplier-' || i || '.example'
         FROM generate_series(1, $1::int) AS i`,
      [SUPPLIERS],
    );
    await manager.query(
      `INSERT INTO supplier_profile (organisation_id, description, services, headquarters_country, operating_countries)
       SELECT id, 'Security technology supplier ' || legal_name, ARRAY['CCTV analytics','Access control'], country, ARRAY[country, 'FR']
         FROM organisation WHERE kind = 'PROVIDER' AND legal_name LIKE 'Supplier %'`,
    );
    await manager.query(
      `INSERT INTO product (supplier_id, name, category, capabilities, deployed_countries, description)
       SELECT o.id, o.legal_name || ' model ' || n, categories[1 + (n + hashtext(o.legal_name) & 1023) % cardinality(categories)],
              ARRAY['AI_ML_INFERENCE']::capability[], ARRAY[o.country], 'A product of the benchmark catalogue'
         FROM organisation o CROSS JOIN generate_series(1, $1::int) AS n
              CROSS JOIN (SELECT enum_range(NULL::product_category) AS categories) AS c
        WHERE o.kind = 'PROVIDER' AND o.legal_name LIKE 'Supplier %'`,
      [PRODUCTS_PER_SUPPLIER],
    );
    // Every CERTIFIED_EVERY-th supplier: an APPROVED assessment, its score run and a VALID certificate, as issuing leaves them.
    await manager.query(
      `WITH certified AS (
         SELECT id, row_number() OVER (ORDER BY legal_name) AS n FROM organisation WHERE kind = 'PROVIDER' AND legal_name LIKE 'Supplier %'
       ), a AS (
         INSERT INTO assessment (supplier_id, template_id, status, requester_kind, requested_by_organisation_id, due_date, submission_number, submitted_at)
         SELECT id, $1, 'APPROVED', 'CLIENT', $2, '2031-01-31', 1, now() - interval '170 days' FROM certified WHERE n % $4 = 0
         RETURNING id, supplier_id
       ), r AS (
         INSERT INTO score_run (assessment_id, submission_number, methodology_version, trigger, inherent_risk, maturity, residual_risk, tier, confidence,
                                red_flags, themes, product_risks, questions, eligibility)
         SELECT id, 1, 'assay-v1', 'SUBMISSION', 50, 85, 16, 'LOW', 1, '[]', '[]', '[]', '[]', '{"eligible":true,"unmet":[],"level":"CERTIFIED"}' FROM a
         RETURNING id, assessment_id
       )
       INSERT INTO certificate (serial, assessment_id, score_run_id, supplier_id, products, level, methodology_version, issued_at, valid_until, issued_by_user_id, status)
       SELECT 'ASSAY-BENCH-' || upper(substr(md5(a.id::text), 1, 10)), a.id, r.id, a.supplier_id,
              (SELECT jsonb_agg(jsonb_build_object('id', p.id, 'name', p.name, 'category', p.category)) FROM product p WHERE p.supplier_id = a.supplier_id),
              'CERTIFIED', 'assay-v1', now() - interval '165 days', now() + interval '200 days', $3, 'VALID'
         FROM a JOIN r ON r.assessment_id = a.id`,
      [templateId, clientId, issuerId, CERTIFIED_EVERY],
    );
    await manager.query(
      `UPDATE supplier_profile p SET membership_status = 'CERTIFIED' FROM certificate c WHERE c.supplier_id = p.organisation_id AND c.status = 'VALID'`,
    );
  });
  await db.query('ANALYZE');
}

/** One client user and one SUBMITTED assessment it requested, scored by the worker's ScoringService. */
async function seedScorecard(db: DataSource, clientOrganisation: Awaited<ReturnType<typeof createOrganisation>>) {
  const supplier = await createOrganisation(db, OrganisationKind.PROVIDER, { legalName: 'Zeta scored supplier' });
  const client = await createUser(db, clientOrganisation, UserRole.MEMBER);
  const product = await db.getRepository(Product).save({
    supplierId: supplier.id,
    name: 'Scored camera',
    category: ProductCategory.VIDEO_ANALYTICS_CCTV,
    capabilities: [Capability.BIOMETRIC_PROCESSING, Capability.AI_ML_INFERENCE],
    deploymentContexts: [DeploymentContext.PUBLIC_ORDER_PROTEST],
    deployedCountries: ['FR'],
  });
  const { template } = await db.transaction((manager) => ensureDefaultQuestionnairePublished(manager));
  const scope = { categories: [product.category], capabilities: product.capabilities ?? [], contexts: product.deploymentContexts ?? [] };
  const assessment = await db.getRepository(Assessment).save({
    supplierId: supplier.id,
    templateId: template!.id,
    status: AssessmentStatus.SUBMITTED,
    requesterKind: RequesterKind.CLIENT,
    requestedByOrganisationId: clientOrganisation.id,
    dueDate: '2031-01-31',
    submissionNumber: 1,
    submittedAt: new Date(),
  });
  await db.getRepository(AssessmentProduct).insert({ assessmentId: assessment.id, productId: product.id });
  const answers = [...favourableAnswers(template!.definition, scope)];
  await db.getRepository(Answer).insert(answers.map(([questionCode, value]) => ({ assessmentId: assessment.id, questionCode, value: value as never, answeredAt: new Date() })));
  const outcome = await new ScoringService(db, DEFAULT_METHODOLOGY_REGISTRY).score({ assessmentId: assessment.id, submissionNumber: 1 });
  if (outcome !== 'SCORED') throw new Error(`scoring the bench assessment ended ${outcome}`);
  return { email: client.email, assessmentId: assessment.id, templateId: template!.id, answers: answers.length };
}

/** The bare baseline: Fastify + Mercurius with jit, one resolver. */
async function startHelloWorld(): Promise<FastifyInstance> {
  const app = Fastify();
  await app.register(mercurius, { schema: 'type Query { hello: String }', resolvers: { Query: { hello: async () => 'world' } }, jit: 1 });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return app;
}

const urlOf = (address: AddressInfo | string | null) => `http://127.0.0.1:${(address as AddressInfo).port}/graphql`;

async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, text, body: JSON.parse(text) as { data?: unknown; errors?: unknown[] } };
}

/** autocannon's aggregation (exported, missing from its types): inside a worker thread it returns raw histograms. */
const { aggregateResult } = autocannon as unknown as { aggregateResult(results: unknown[], opts: object): Result };

function load(spec: LoadSpec): Promise<Result> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./autocannon-worker.ts', import.meta.url), { workerData: spec });
    worker.once('message', (raw: unknown) => resolve(aggregateResult([raw], { url: spec.url, connections: spec.connections, duration: spec.seconds })));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`load worker exited with ${code}`)));
  });
}

interface Target {
  name: string;
  url: string;
  query: string;
  variables?: Record<string, unknown>;
  token?: string;
  /** What a correct answer holds, checked on the sample taken before the run. */
  check: (data: unknown) => string | null;
}

async function measure(target: Target) {
  const sample = await post(target.url, target.query, target.variables, target.token);
  const problem = sample.status !== 200 || sample.body.errors ? `status ${sample.status}: ${sample.text.slice(0, 300)}` : target.check(sample.body.data);
  if (problem) throw new Error(`${target.name}: the sample answer is wrong (${problem})`);
  const result = await load({
    url: target.url,
    body: JSON.stringify({ query: target.query, variables: target.variables ?? {} }),
    headers: target.token ? { authorization: `Bearer ${target.token}` } : {},
    seconds: SECONDS,
    connections: CONNECTIONS,
  });
  const errorResponses = result.non2xx + result.mismatches + result.errors;
  // Completed requests over the run's duration (autocannon's per-second average leaves out partial seconds).
  const requestsPerSecond = result.requests.total / result.duration;
  console.log(`${target.name}: ${Math.round(requestsPerSecond)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, ${errorResponses} errors`);
  return {
    requestsPerSecond: round(requestsPerSecond, 1),
    requests: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    graphqlErrors: result.mismatches,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    responseBytes: Buffer.byteLength(sample.text),
  };
}


async function main(): Promise<void> {
  process.env.LOG_LEVEL ??= 'warn';
  Logger.overrideLogger(['error', 'warn']); // the bench's own ScoringService logs at info level
  const url = await createMigratedDatabase('assay_bench_directory');
  // The api reads its configuration when it is built: point it at the bench database and its own Redis prefix.
  process.env.DATABASE_URL = url;
  process.env.REDIS_PREFIX = REDIS_PREFIX;
  const { loadConfig } = await import('@assay/config');
  const config = loadConfig();
  const db = createDataSource(url);
  await db.initialize();
  let api: Awaited<ReturnType<typeof import('../apps/api/src/create-api-app.js').createApiApp>> | undefined;
  let hello: FastifyInstance | undefined;
  try {
    const seedStart = now();
    const association = await createOrganisation(db, OrganisationKind.ASSOCIATION);
    const issuer = await createUser(db, association, UserRole.ADMIN);
    const clientOrganisation = await createOrganisation(db, OrganisationKind.CLIENT);
    const scored = await seedScorecard(db, clientOrganisation);
    await seedCatalogue(db, issuer.id, clientOrganisation.id, scored.templateId);
    const [counts] = (await db.query(
      `SELECT (SELECT count(*) FROM organisation WHERE kind = 'PROVIDER')::int AS suppliers, (SELECT count(*) FROM product)::int AS products,
              (SELECT count(*) FROM certificate WHERE status = 'VALID')::int AS certificates`,
    )) as { suppliers: number; products: number; certificates: number }[];
    const seedSeconds = round((now() - seedStart) / 1000);
    console.log(`seeded in ${seedSeconds} s: ${counts!.suppliers} suppliers, ${counts!.products} products, ${counts!.certificates} VALID certificates; scorecard of ${scored.answers} answers`);

    const { createApiApp } = await import('../apps/api/src/create-api-app.js');
    api = await createApiApp();
    await api.listen({ host: '127.0.0.1', port: 0 });
    const apiUrl = urlOf(api.getHttpServer().address());
    hello = await startHelloWorld();
    const helloUrl = urlOf(hello.server.address());

    const login = await post(apiUrl, 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }', { input: { email: scored.email, password: TEST_PASSWORD } });
    const token = (login.body.data as { login?: { accessToken: string } } | null)?.login?.accessToken;
    if (!token) throw new Error(`sign-in failed: ${login.text}`);

    const targets: Target[] = [
      { name: 'hello-world', url: helloUrl, query: HELLO, check: (data) => ((data as { hello?: string }).hello === 'world' ? null : 'no hello') },
      {
        name: 'directory',
        url: apiUrl,
        query: DIRECTORY,
        check: (data) => {
          const nodes = (data as { directory: { nodes: { products: unknown[]; currentCertificate: unknown }[] } }).directory.nodes;
          if (nodes.length !== 50) return `${nodes.length} suppliers on the page`;
          if (!nodes.every((node) => node.products.length === PRODUCTS_PER_SUPPLIER)) return 'a supplier without its products';
          return nodes.some((node) => node.currentCertificate) ? null : 'no current certificate on the page';
        },
      },
      {
        name: 'scorecard',
        url: apiUrl,
        query: SCORECARD,
        variables: { id: scored.assessmentId },
        token,
        check: (data) => ((data as { assessment: { scorecard: unknown } }).assessment.scorecard ? null : 'no scorecard'),
      },
      { name: 'signed-in floor (me)', url: apiUrl, query: SIGNED_IN_FLOOR, token, check: (data) => ((data as { me?: { id: string } }).me?.id ? null : 'no me') },
    ];
    const results: Record<string, Awaited<ReturnType<typeof measure>>> = {};
    for (const target of targets) results[target.name] = await measure(target);

    const base = results['hello-world']!;
    const ratios = Object.fromEntries(
      Object.entries(results).map(([name, r]) => [name, { p99Ratio: round(r.p99Ms / base.p99Ms), p50Ratio: round(r.p50Ms / base.p50Ms), throughputRatio: round(r.requestsPerSecond / base.requestsPerSecond, 3) }]),
    );
    console.log(`\nDirectory under load: ${SUPPLIERS} suppliers, ${counts!.products} products, ${CONNECTIONS} connections, ${SECONDS} s each, LOG_LEVEL=${config.LOG_LEVEL}\n`);
    console.table(
      Object.fromEntries(
        Object.entries(results).map(([name, r]) => [
          name,
          {
            'req/s': r.requestsPerSecond,
            'p50 ms': r.p50Ms,
            'p99 ms': r.p99Ms,
            'p99 ratio': ratios[name]!.p99Ratio,
            'req/s ratio': ratios[name]!.throughputRatio,
            errors: r.non2xx + r.graphqlErrors + r.connectionErrors,
            'KB/answer': round(r.responseBytes / 1024, 1),
          },
        ]),
      ),
    );
    const p99Ratio = Math.max(ratios.directory!.p99Ratio, ratios.scorecard!.p99Ratio);
    const errorResponses = Object.values(results).reduce((sum, r) => sum + r.non2xx + r.graphqlErrors + r.connectionErrors, 0);
    // A target that completed no request within the run has no latency to compare (its p99 reads 0): not a pass.
    const idle = Object.entries(results).filter(([, r]) => r.requests === 0).map(([name]) => name);
    if (idle.length) console.log(`no request completed within the run for: ${idle.join(', ')} (raise BENCH_SECONDS)`);
    const met = idle.length === 0 && p99Ratio <= TARGET_P99_RATIO && errorResponses === 0;
    console.log(`p99_ratio (worst of directory and scorecard vs hello-world): ${p99Ratio}   (target ≤ ${TARGET_P99_RATIO}, no errors: ${errorResponses} errors) ${met ? 'MET' : 'MISSED'}`);

    const result = {
      p99_ratio: p99Ratio,
      target: TARGET_P99_RATIO,
      met,
      errorResponses,
      targetsWithoutCompletedRequests: idle,
      results,
      ratios,
      dataset: { ...counts, scorecardAnswers: scored.answers, seedSeconds },
      load: { seconds: SECONDS, connections: CONNECTIONS, sequential: true, logLevel: config.LOG_LEVEL },
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform, loadAverage: loadavg().map((v) => round(v)) },
      measuredAt: new Date().toISOString(),
    };
    await mkdir(new URL('./results/', import.meta.url), { recursive: true });
    await writeFile(new URL('./results/directory.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
    console.log('written: bench/results/directory.json');
  } finally {
    await hello?.close();
    await api?.close();
    await db.destroy();
    // BENCH_KEEP_DATABASE=1 leaves the seeded catalogue in place to study its statements (EXPLAIN) afterwards.
    if (process.env.BENCH_KEEP_DATABASE === '1') console.log(`kept: ${url}`);
    else await dropDatabase(url);
    console.log(`cleaned up: ${await deleteRedisKeys(config.REDIS_URL, `${REDIS_PREFIX}*`)} Redis keys deleted`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
