/**
 * Issue 8, item 4: Assay scales out. Two api processes and two worker processes share one PostgreSQL database and
 * one Redis key prefix, as replicas behind a load balancer would. 500 providers' submissions, spread over both apis,
 * each end with exactly one score run, both workers having taken a share of the scoring (their own /metrics say
 * so); a certificate issued through api A is signed and rendered by whichever worker takes the job, and api B,
 * which never saw it issued, verifies it: /verify says VALID and B's published keys check the PDF's signature.
 *
 * Every process is real (spawned as production starts them) and given the same Ed25519 signing key, as every
 * replica of a deployment is. The 500 assessments are written straight to the database, answered and IN_PROGRESS
 * (answering is not what this test is about); the submissions go over HTTP as the provider's admin.
 */
import { generateKeyPairSync } from 'node:crypto';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { CertificatePublicKeys, readCertificatePdf, verifyCertificate } from '@assay/certificates';
import { Answer, Assessment, AssessmentProduct, Product, RequesterKind, createDataSource } from '@assay/database';
import { AssessmentStatus, OrganisationKind, ProductCategory, UserRole } from '@assay/domain';
import { TEST_PASSWORD, createMigratedDatabase, createOrganisation, createUser, dropDatabase, publishTestQuestionnaire, testQuestionnaire } from '@assay/testing';
import { Child, endState, freePort, until } from '../faults/support/fault-harness.js';

const root = fileURLToPath(new URL('../../', import.meta.url));

const SUBMISSIONS = 500;
const IN_FLIGHT = 20;
const KEY_ID = 'scale-out-test-1';

/**
 * Answers to the library's test questionnaire (libs/testing) that methodology v1 scores 100: every scored question
 * at its best (T2.3 at its maximum), no red flag, no evidence expected. With a CCTV product deployed in an unrated
 * country (inherent 50), residual 10, tier LOW: eligible as CERTIFIED.
 */
const ANSWERS: [string, unknown][] = [
  ['T1.1', true],
  ['T1.2', 'A human-rights policy adopted by the board'],
  ['T1.3', 'QUARTERLY'],
  ['T2.1', ['A']],
  ['T2.2', 4],
  ['T2.3', 100],
];

interface GraphqlAnswer<T> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** The sum of every series of `metric` whose labels start with `labels` in Prometheus text (0 when none). */
function total(text: string, metric: string, labels: string): number {
  return text
    .split('\n')
    .filter((line) => line.startsWith(`${metric}{${labels}`))
    .reduce((sum, line) => sum + Number(line.slice(line.lastIndexOf(' ') + 1)), 0);
}

/** Runs `task` over `items` with at most `limit` running at once. */
async function withConcurrency<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: limit }, lane));
}

/** SIGTERM, as an orchestrator stops a replica; SIGKILL if it has not exited within 5 s. */
async function stop(child: Child | undefined): Promise<void> {
  if (!child?.running) return;
  child.process.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const exited = await Promise.race([child.exited.then(() => true), new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 5_000)))]);
  // A pending timer would keep Jest waiting after the run.
  clearTimeout(timer);
  if (!exited) await child.kill('SIGKILL');
}

describe('scale-out: two apis and two workers on one PostgreSQL and one Redis', () => {
  let databaseUrl: string;
  let db: DataSource;
  let dir: string;
  /** Every process started, whether or not it came up: afterAll stops them all. */
  const children: Child[] = [];
  const apis: { child: Child; url: string }[] = [];
  const workers: { child: Child; metricsUrl: string }[] = [];
  let assessmentIds: string[] = [];
  let providerAdminEmail: string;
  let reviewerEmail: string;
  let providerToken: string;
  let reviewerToken: string;

  /** Every process's recent output, for a failure message. */
  const logs = () => children.map((child, index) => `--- process ${index} ---\n${child.tail(30)}`).join('\n');

  async function gql<T>(apiUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<GraphqlAnswer<T>> {
    const response = await fetch(`${apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlAnswer<T>;
  }
  async function ok<T>(apiUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
    const result = await gql<T>(apiUrl, query, variables, token);
    expect(result.errors).toBeUndefined();
    return result.data!;
  }
  const signIn = async (apiUrl: string, email: string) =>
    (await ok<{ login: { accessToken: string } }>(apiUrl, `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email, password: TEST_PASSWORD } })).login.accessToken;

  /** 500 answered IN_PROGRESS assessments of one provider's product, in a few multi-row statements. */
  async function seed(): Promise<void> {
    const supplier = await createOrganisation(db, OrganisationKind.PROVIDER);
    const client = await createOrganisation(db, OrganisationKind.CLIENT);
    const association = await createOrganisation(db, OrganisationKind.ASSOCIATION);
    providerAdminEmail = (await createUser(db, supplier, UserRole.ADMIN)).email;
    reviewerEmail = (await createUser(db, association, UserRole.REVIEWER)).email;
    const templateId = (await publishTestQuestionnaire(db, testQuestionnaire(`scale-out-${Date.now().toString(36)}`))).id;
    const product = await db.getRepository(Product).save({ supplierId: supplier.id, name: 'Sentinel', category: ProductCategory.VIDEO_ANALYTICS_CCTV, deployedCountries: ['FR'] });
    const rows = Array.from({ length: SUBMISSIONS }, () => ({
      supplierId: supplier.id,
      templateId,
      requesterKind: RequesterKind.CLIENT,
      requestedByOrganisationId: client.id,
      dueDate: '2031-01-31',
      status: AssessmentStatus.IN_PROGRESS,
    }));
    assessmentIds = (await db.getRepository(Assessment).insert(rows)).identifiers.map((identifier) => identifier.id as string);
    await db.getRepository(AssessmentProduct).insert(assessmentIds.map((assessmentId) => ({ assessmentId, productId: product.id })));
    const answeredAt = new Date();
    await db
      .getRepository(Answer)
      .insert(assessmentIds.flatMap((assessmentId) => ANSWERS.map(([questionCode, value]) => ({ assessmentId, questionCode, value: value as never, answeredAt }))));
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'assay-scale-out-'));
    // Its own database: a worker dispatches every outbox row it finds, so not the run's shared one.
    databaseUrl = await createMigratedDatabase('assay_scale_out');
    db = createDataSource(databaseUrl, { poolSize: 4 });
    await db.initialize();
    await seed();

    const signingKey = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const ports = [await freePort(), await freePort()];
    const urls = ports.map((port) => `http://127.0.0.1:${port}`);
    const env = {
      ...process.env,
      NODE_ENV: 'test',
      NODE_OPTIONS: '',
      LOG_LEVEL: 'info',
      DATABASE_URL: databaseUrl,
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}:scale-out`,
      // Behind a load balancer every replica names the one public address; api A stands in for it.
      PUBLIC_BASE_URL: urls[0],
      CERTIFICATE_SIGNING_KEY: signingKey,
      CERTIFICATE_SIGNING_KEY_ID: KEY_ID,
      EVIDENCE_DIR: join(dir, 'evidence'),
      OUTBOX_POLL_MS: '200',
      WORKER_METRICS_PORT: '0',
      // Small enough that one worker cannot hold the whole backlog while the other idles.
      SCORING_CONCURRENCY: '8',
    };
    const start = (entry: string, extra: Record<string, string> = {}) => {
      const child = new Child(spawn(process.execPath, ['--import', './scripts/register.mjs', entry], { cwd: root, env: { ...env, ...extra }, stdio: ['ignore', 'pipe', 'pipe'] }));
      children.push(child);
      return child;
    };

    // All four start at once: on 2 cores the start-up (SWC compiling every module) is most of this hook's time.
    for (const [index, url] of urls.entries()) apis.push({ child: start('apps/api/src/main.ts', { PORT: String(ports[index]) }), url });
    const workerChildren = [start('apps/worker/src/main.ts'), start('apps/worker/src/main.ts')];
    await Promise.all([
      ...apis.map(({ child }) => child.waitForLine((line) => line.includes('"api listening"'), 100_000)),
      ...workerChildren.map((child) => child.waitForLine((line) => line.includes('"worker ready"'), 100_000)),
    ]);
    for (const child of workerChildren) {
      const line = child.lines.find((text) => text.includes('"worker metrics listening"'));
      const port = line === undefined ? undefined : (JSON.parse(line) as { port?: number }).port;
      if (!port) throw new Error(`worker metrics port not logged:\n${child.tail()}`);
      workers.push({ child, metricsUrl: `http://127.0.0.1:${port}` });
    }

    providerToken = await signIn(apis[0]!.url, providerAdminEmail);
    reviewerToken = await signIn(apis[1]!.url, reviewerEmail);
  }, 150_000);

  afterAll(async () => {
    await Promise.all(children.map(stop));
    await db?.destroy();
    if (databaseUrl) await dropDatabase(databaseUrl);
    if (dir) await rm(dir, { recursive: true, force: true });
  }, 30_000);

  it(`${SUBMISSIONS} submissions spread over both apis each end SCORED with exactly one score run, scored by both workers`, async () => {
    const refused: string[] = [];
    await withConcurrency(assessmentIds, IN_FLIGHT, async (id, index) => {
      const result = await gql<{ submitAssessment: { status: string } }>(
        apis[index % 2]!.url,
        `mutation ($id: ID!) { submitAssessment(assessmentId: $id) { status } }`,
        { id },
        providerToken,
      );
      if (result.data?.submitAssessment.status !== AssessmentStatus.SUBMITTED) refused.push(`${id}: ${JSON.stringify(result.errors)}`);
    });
    expect(refused).toEqual([]);

    const countScored = async () => Number(((await db.query(`SELECT count(*)::int AS n FROM assessment WHERE status = 'SCORED'`)) as { n: number }[])[0]!.n);
    const scored = await until(countScored, (n) => n === SUBMISSIONS, 90_000, 250);
    expect({ scored, logs: scored === SUBMISSIONS ? '' : logs() }).toEqual({ scored: SUBMISSIONS, logs: '' });
    expect(await endState(db)).toEqual({ notScored: 0, withoutOneRun: 0, undispatched: 0 });
    const [runs] = (await db.query(`SELECT count(*)::int AS runs, count(DISTINCT assessment_id)::int AS assessments FROM score_run`)) as { runs: number; assessments: number }[];
    expect(runs).toEqual({ runs: SUBMISSIONS, assessments: SUBMISSIONS });
    // Each api handled its half: its own log says so, one line per submission it took.
    expect(apis.map(({ child }) => child.lines.filter((line) => line.includes('"assessment submitted"')).length)).toEqual([SUBMISSIONS / 2, SUBMISSIONS / 2]);

    // Competing consumers: each worker's own counter, scraped from each process, shows a share of the work. A
    // worker counts a job once BullMQ has recorded it complete, just after the assessment turned SCORED: poll.
    const scrape = () => Promise.all(workers.map(async ({ metricsUrl }) => total(await (await fetch(`${metricsUrl}/metrics`)).text(), 'assay_jobs_processed_total', 'queue="scoring"')));
    // At least one completion per submission: a job BullMQ took for stalled on a starved machine may complete twice
    // (the second run is a no-op; the one-run-per-submission check above is what proves exactly once).
    const processed = await until(scrape, (counts) => counts[0]! + counts[1]! >= SUBMISSIONS, 10_000, 100);
    expect({ processed, bothWorked: processed.every((count) => count > 0) }).toEqual({ processed: [expect.any(Number), expect.any(Number)], bothWorked: true });
    expect(processed[0]! + processed[1]!).toBeGreaterThanOrEqual(SUBMISSIONS);
  }, 150_000);

  it('a certificate issued through api A verifies through api B: /verify says VALID and B’s keys check the PDF', async () => {
    const [a, b] = [apis[0]!.url, apis[1]!.url];
    const assessmentId = assessmentIds[0]!;
    // The review, through api A as the reviewer would do it (the scale-out point is where the issue happens).
    await ok(a, `mutation ($id: ID!) { claimAssessmentReview(assessmentId: $id) { status } }`, { id: assessmentId }, reviewerToken);
    const { approveAssessment } = await ok<{ approveAssessment: { status: string } }>(
      a,
      `mutation ($input: ApproveAssessmentInput!) { approveAssessment(input: $input) { status } }`,
      { input: { assessmentId, comment: 'Complete and convincing.' } },
      reviewerToken,
    );
    expect(approveAssessment.status).toBe(AssessmentStatus.APPROVED);
    const { issueCertificate } = await ok<{ issueCertificate: { serial: string; status: string } }>(
      a,
      `mutation ($id: ID!) { issueCertificate(input: { assessmentId: $id }) { serial status } }`,
      { id: assessmentId },
      reviewerToken,
    );
    expect(issueCertificate.status).toBe('VALID');
    const { serial } = issueCertificate;

    const rendered = await until(
      async () => (await ok<{ certificate: { rendered: boolean } }>(a, `query ($serial: String!) { certificate(serial: $serial) { rendered } }`, { serial }, reviewerToken)).certificate.rendered,
      Boolean,
      30_000,
      200,
    );
    expect({ rendered, logs: rendered ? '' : logs() }).toEqual({ rendered: true, logs: '' });

    const download = await fetch(`${a}/certificates/${serial}.pdf?lang=en`, { headers: { authorization: `Bearer ${providerToken}` } });
    expect([download.status, download.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const pdf = await readCertificatePdf(new Uint8Array(await download.arrayBuffer()));
    expect(pdf.payload).toMatchObject({ serial, level: 'CERTIFIED' });

    const verification = await fetch(`${b}/verify/${serial}`, { headers: { accept: 'application/json' } });
    expect(verification.status).toBe(200);
    expect(await verification.json()).toMatchObject({ serial, status: 'VALID' });

    const keys = await fetch(`${b}/.well-known/assay-certificate-keys.json`);
    expect(keys.status).toBe(200);
    const ring = CertificatePublicKeys.fromDocument(await keys.json());
    expect(ring.keyIds()).toEqual([KEY_ID]);
    expect(verifyCertificate(pdf, ring)).toEqual({ outcome: 'VALID', keyId: KEY_ID, keyStatus: 'ACTIVE' });
  }, 60_000);
});
