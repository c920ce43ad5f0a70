/**
 * `npm run bench:scoring [-- --n 1000,10000 --c 32]` (concurrency defaults to SCORING_CONCURRENCY's): N submitted assessments of the default questionnaire
 * (favourable answers to everything that applies) scored end to end by the real worker (outbox → dispatcher →
 * BullMQ → ScoringService → stored run, assessment SCORED), beside a bare no-op BullMQ worker on the same Redis
 * with the same number of jobs and the same concurrency, in one run on one throw-away database.
 * Writes bench/results/scoring.json.
 *
 * The worker is started as a child process and its boot is timed apart: the outbox rows are written (in one
 * statement, with a NOTIFY) only once it logs "worker ready"; the clock runs from that commit until the last
 * assessment is SCORED. The no-op side is timed from the first `addBulk` to the last completion.
 * BENCH_WORKER_NODE_ARGS passes Node options to the worker, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
 * Beside the rates it prints CPU time per job of the worker process, of the PostgreSQL backends serving it (Linux
 * /proc; same machine) and of the no-op side: figures that move far less than wall time on a busy machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { Queue, Worker } from 'bullmq';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@assay/config';
import { OUTBOX_CHANNEL, Product, createDataSource, ensureDefaultQuestionnairePublished } from '@assay/database';
import { Capability, DeploymentContext, OrganisationKind, ProductCategory, UserRole } from '@assay/domain';
import { QueueName, jobOptionsFor } from '@assay/queue';
import { createMigratedDatabase, createOrganisation, createUser, deleteRedisKeys, dropDatabase } from '@assay/testing';
import { favourableAnswers } from '../scripts/demo-answers.js';
import { processCpuMs, totalCpuMs } from './process-cpu.js';

const config = loadConfig();
const { values: args } = parseArgs({ options: { n: { type: 'string', default: '1000,10000' }, c: { type: 'string' } } });
const SIZES = args.n.split(',').map((n) => Number(n.replace(/_/g, '')));
const CONCURRENCY = Number(args.c ?? process.env.SCORING_CONCURRENCY ?? config.SCORING_CONCURRENCY);
const BATCH = 500;
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MS ?? 30 * 60_000);
const PREFIX = `assay-bench-scoring-${randomBytes(4).toString('hex')}`;
/** The worker's PostgreSQL connections carry this name (PGAPPNAME), so their backends' CPU time can be read. */
const WORKER_APPLICATION_NAME = `assay-bench-worker-${randomBytes(4).toString('hex')}`;

const seconds = (ms: number) => Math.round(ms) / 1000;
const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface World {
  db: DataSource;
  supplierId: string;
  clientId: string;
  templateId: string;
  productId: string;
  answers: Record<string, unknown>;
}

async function seed(db: DataSource): Promise<World> {
  const supplier = await createOrganisation(db, OrganisationKind.PROVIDER);
  const client = await createOrganisation(db, OrganisationKind.CLIENT);
  await createUser(db, supplier, UserRole.ADMIN);
  await createUser(db, client, UserRole.ADMIN);
  // Biometric, AI-driven video analytics used in public order: the scope under which most of the questionnaire applies.
  const product = await db.getRepository(Product).save({
    supplierId: supplier.id,
    name: 'Bench camera',
    category: ProductCategory.VIDEO_ANALYTICS_CCTV,
    capabilities: [Capability.BIOMETRIC_PROCESSING, Capability.AI_ML_INFERENCE],
    deploymentContexts: [DeploymentContext.PUBLIC_ORDER_PROTEST],
    deployedCountries: ['FR'],
  });
  const { template } = await db.transaction((manager) => ensureDefaultQuestionnairePublished(manager));
  const scope = { categories: [product.category], capabilities: product.capabilities ?? [], contexts: product.deploymentContexts ?? [] };
  const answers = Object.fromEntries(favourableAnswers(template!.definition, scope));
  return { db, supplierId: supplier.id, clientId: client.id, templateId: template!.id, productId: product.id, answers };
}

/** N SUBMITTED assessments with their product and answers, in multi-row statements of BATCH assessments. */
async function prepare(world: World, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let done = 0; done < n; done += BATCH) {
    const size = Math.min(BATCH, n - done);
    await world.db.transaction(async (manager) => {
      const rows = (await manager.query(
        `INSERT INTO assessment (supplier_id, template_id, status, requester_kind, requested_by_organisation_id, due_date, submission_number, submitted_at)
         SELECT $1, $2, 'SUBMITTED', 'CLIENT', $3, '2031-01-31', 1, now() FROM generate_series(1, $4)
         RETURNING id`,
        [world.supplierId, world.templateId, world.clientId, size],
      )) as { id: string }[];
      const batch = rows.map((row) => row.id);
      await manager.query('INSERT INTO assessment_product (assessment_id, product_id) SELECT id, $2 FROM unnest($1::uuid[]) AS a(id)', [batch, world.productId]);
      await manager.query(
        `INSERT INTO answer (assessment_id, question_code, value, answered_at)
         SELECT a.id, q.key, q.value, now() FROM unnest($1::uuid[]) AS a(id) CROSS JOIN jsonb_each($2::jsonb) AS q`,
        [batch, JSON.stringify(world.answers)],
      );
      ids.push(...batch);
    });
  }
  return ids;
}

/** The real worker, as deployed: resolves with the child once it logs "worker ready", and its boot time. */
async function startWorker(url: string, prefix: string): Promise<{ child: ChildProcess; bootMs: number }> {
  const started = now();
  const child = spawn(process.execPath, [...(process.env.BENCH_WORKER_NODE_ARGS?.split(' ') ?? []), '--import', './scripts/register.mjs', 'apps/worker/src/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      REDIS_PREFIX: prefix,
      SCORING_CONCURRENCY: String(CONCURRENCY),
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      PGAPPNAME: WORKER_APPLICATION_NAME,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      if (buffered.includes('worker ready')) {
        child.stdout!.off('data', onData);
        child.stdout!.resume(); // keep draining its logs, as a log shipper would
        resolve();
      } else if (buffered.length > 100_000) buffered = buffered.slice(-1000);
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => reject(new Error(`worker exited with ${code} before it was ready:\n${stderr}`)));
  });
  return { child, bootMs: now() - started };
}

async function stopWorker(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(10_000).then(() => child.kill('SIGKILL'))]);
}

/** CPU time so far of the worker process and of the PostgreSQL backends serving it (same machine). */
async function workerCpuMs(world: World, child: ChildProcess): Promise<{ worker: number | null; postgres: number | null }> {
  const backends = (await world.db.query('SELECT pid FROM pg_stat_activity WHERE application_name = $1', [WORKER_APPLICATION_NAME])) as { pid: number }[];
  return { worker: processCpuMs(child.pid!), postgres: totalCpuMs(backends.map((backend) => backend.pid)) };
}

const cpuPerJob = (before: number | null, after: number | null, n: number) => (before === null || after === null ? null : Math.round(((after - before) / n) * 1000) / 1000);

async function scoreEndToEnd(world: World, url: string, ids: string[]) {
  const { child, bootMs } = await startWorker(url, `${PREFIX}:worker`);
  try {
    const cpuBefore = await workerCpuMs(world, child);
    const start = now();
    // What submitAssessment writes for each assessment, released all at once; the NOTIFY wakes the dispatcher.
    await world.db.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO outbox_message (queue, job_name, job_key, payload)
         SELECT $2, 'score-assessment', 'score:' || id || ':1', jsonb_build_object('assessmentId', id::text, 'submissionNumber', 1)
           FROM unnest($1::uuid[]) AS a(id)`,
        [ids, QueueName.SCORING],
      );
      await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, QueueName.SCORING]);
    });
    for (;;) {
      const [{ scored, failed }] = (await world.db.query(
        `SELECT count(*) FILTER (WHERE status = 'SCORED')::int AS scored, count(*) FILTER (WHERE status = 'SCORING_FAILED')::int AS failed
           FROM assessment WHERE id = ANY($1::uuid[])`,
        [ids],
      )) as { scored: number; failed: number }[];
      if (failed > 0) throw new Error(`${failed} assessments ended SCORING_FAILED`);
      if (scored === ids.length) break;
      if (now() - start > TIMEOUT_MS) throw new Error(`only ${scored} of ${ids.length} scored after ${TIMEOUT_MS} ms`);
      await sleep(50);
    }
    const ms = now() - start;
    const cpuAfter = await workerCpuMs(world, child);
    const n = ids.length;
    return { ms, bootMs, workerCpuMsPerJob: cpuPerJob(cpuBefore.worker, cpuAfter.worker, n), postgresCpuMsPerJob: cpuPerJob(cpuBefore.postgres, cpuAfter.postgres, n) };
  } finally {
    await stopWorker(child);
  }
}

/** A bare BullMQ worker with an empty processor: the ceiling the queue itself allows on this machine. */
async function noop(n: number): Promise<{ ms: number; cpuMsPerJob: number }> {
  const connection = { url: config.REDIS_URL };
  const prefix = `${PREFIX}:noop`;
  const name = `noop-${n}`;
  const queue = new Queue(name, { connection, prefix });
  let completed = 0;
  let finished!: () => void;
  const allDone = new Promise<void>((resolve) => (finished = resolve));
  const worker = new Worker(name, async () => undefined, { connection, prefix, concurrency: CONCURRENCY });
  worker.on('completed', () => {
    completed += 1;
    if (completed === n) finished();
  });
  await worker.waitUntilReady();
  try {
    const start = now();
    const cpuBefore = process.cpuUsage();
    const options = { ...jobOptionsFor(QueueName.SCORING), removeOnComplete: { count: 10_000 } };
    for (let done = 0; done < n; done += 1000) {
      const size = Math.min(1000, n - done);
      await queue.addBulk(Array.from({ length: size }, (_, i) => ({ name: 'noop', data: { assessmentId: `a-${done + i}`, submissionNumber: 1 }, opts: { ...options, jobId: `noop-${done + i}` } })));
    }
    await allDone;
    const cpu = process.cpuUsage(cpuBefore);
    return { ms: now() - start, cpuMsPerJob: Math.round(((cpu.user + cpu.system) / 1000 / n) * 1000) / 1000 };
  } finally {
    await worker.close();
    await queue.close();
  }
}


async function main(): Promise<void> {
  const url = await createMigratedDatabase('assay_bench_scoring');
  const db = createDataSource(url);
  await db.initialize();
  const perN: Record<string, unknown>[] = [];
  try {
    const world = await seed(db);
    const answersPerAssessment = Object.keys(world.answers).length;
    console.log(`default questionnaire: ${answersPerAssessment} favourable answers per assessment; concurrency ${CONCURRENCY}; ${cpus().length} cores`);
    for (const n of SIZES) {
      const prepStart = now();
      const ids = await prepare(world, n);
      const prepareMs = now() - prepStart;
      console.log(`N=${n}: prepared in ${seconds(prepareMs)} s; scoring…`);
      const scoring = await scoreEndToEnd(world, url, ids);
      console.log(`N=${n}: scored in ${seconds(scoring.ms)} s (worker boot ${seconds(scoring.bootMs)} s); no-op…`);
      const bare = await noop(n);
      const scoringRate = (n / scoring.ms) * 1000;
      const noopRate = (n / bare.ms) * 1000;
      perN.push({
        n,
        prepareSeconds: seconds(prepareMs),
        workerBootSeconds: seconds(scoring.bootMs),
        scoringSeconds: seconds(scoring.ms),
        noopSeconds: seconds(bare.ms),
        scoringJobsPerSecond: Math.round(scoringRate * 10) / 10,
        noopJobsPerSecond: Math.round(noopRate * 10) / 10,
        ratio: Math.round((scoringRate / noopRate) * 1000) / 1000,
        scoringMsPerJob: Math.round((scoring.ms / n) * 1000) / 1000,
        noopMsPerJob: Math.round((bare.ms / n) * 1000) / 1000,
        workerCpuMsPerJob: scoring.workerCpuMsPerJob,
        postgresCpuMsPerJob: scoring.postgresCpuMsPerJob,
        noopCpuMsPerJob: bare.cpuMsPerJob,
      });
    }

    console.log(`\nScoring end to end vs a no-op BullMQ worker, concurrency ${CONCURRENCY}, ${answersPerAssessment} answers per assessment\n`);
    console.table(
      Object.fromEntries(
        perN.map((row) => [
          `N=${String(row.n)}`,
          {
            'scoring jobs/s': row.scoringJobsPerSecond,
            'no-op jobs/s': row.noopJobsPerSecond,
            ratio: row.ratio,
            'scoring ms/job': row.scoringMsPerJob,
            'no-op ms/job': row.noopMsPerJob,
            'worker CPU ms/job': row.workerCpuMsPerJob,
            'postgres CPU ms/job': row.postgresCpuMsPerJob,
            'no-op CPU ms/job': row.noopCpuMsPerJob,
            'prepare s': row.prepareSeconds,
            'worker boot s': row.workerBootSeconds,
          },
        ]),
      ),
    );
    const largest = perN.at(-1)!;
    const smallest = perN[0]!;
    const ratio = largest.ratio as number;
    const perJobGrowth = Math.round(((largest.scoringMsPerJob as number) / (smallest.scoringMsPerJob as number)) * 100) / 100;
    console.log(`ratio at N=${String(largest.n)} (scoring / no-op jobs/s): ${ratio}   (target ≥ 0.3)`);
    if (perN.length > 1) console.log(`per-job time at N=${String(largest.n)} / at N=${String(smallest.n)}: ${perJobGrowth}   (target ≤ 1.2)`);

    const result = {
      ratio,
      target: 0.3,
      perJobGrowth: perN.length > 1 ? perJobGrowth : null,
      perJobGrowthTarget: 1.2,
      concurrency: CONCURRENCY,
      answersPerAssessment,
      sizes: perN,
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGb: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform },
      measuredAt: new Date().toISOString(),
    };
    await mkdir(new URL('./results/', import.meta.url), { recursive: true });
    await writeFile(new URL('./results/scoring.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
    console.log('written: bench/results/scoring.json');
  } finally {
    await db.destroy();
    await dropDatabase(url);
    console.log(`cleaned up: database dropped, ${await deleteRedisKeys(config.REDIS_URL, `${PREFIX}:*`)} Redis keys deleted`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
