import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { DataSource } from 'typeorm';
import { Answer, Assessment, AssessmentProduct, OutboxMessage, Product, RequesterKind } from '@assay/database';
import { AssessmentStatus, OrganisationKind, ProductCategory, UserRole } from '@assay/domain';
import { QueueName, scoringJobKey } from '@assay/queue';
import { createOrganisation, createUser, publishTestQuestionnaire, testQuestionnaire } from '@assay/testing';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** Whether `redis-server` can be started here; the fault suites skip (saying so) when it cannot. */
export const redisServerInstalled = spawnSync('redis-server', ['--version']).status === 0;

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Polls `read` until `done` or `timeoutMs`; returns the last value read. */
export async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await sleep(everyMs);
  }
}

/** A child process whose output lines are kept (shown when a scenario fails). */
export class Child {
  readonly lines: string[] = [];
  readonly exited: Promise<void>;

  constructor(readonly process: ChildProcess) {
    for (const stream of [process.stdout, process.stderr]) if (stream) createInterface({ input: stream }).on('line', (line) => this.lines.push(line));
    this.exited = new Promise((resolve) => process.once('exit', () => resolve()));
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async waitForLine(matches: (line: string) => boolean, timeoutMs: number): Promise<void> {
    const found = await until(async () => this.lines.some(matches) || !this.running, Boolean, timeoutMs);
    if (!found || !this.lines.some(matches)) throw new Error(`expected output not seen within ${timeoutMs} ms; got:\n${this.tail()}`);
  }

  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    if (!this.running) return;
    this.process.kill(signal);
    await this.exited;
  }

  /** The last lines worth reading (not the one line per scored assessment). */
  tail(count = 60): string {
    return this.lines
      .filter((line) => !line.includes('"assessment scored"'))
      .slice(-count)
      .join('\n');
  }
}

/** `redis-server` on `port`, keeping nothing on disk: killed, it comes back empty. */
export async function startRedis(port: number): Promise<Child> {
  const redis = new Child(spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] }));
  try {
    await redis.waitForLine((line) => line.includes('Ready to accept connections'), 10_000);
  } catch (error) {
    await redis.kill();
    throw error;
  }
  return redis;
}

export interface WorkerEnv {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
}

/** The real worker process, reconciling within the test's time: polls every 200 ms, rows stale after 2 s. */
export async function startWorker(env: WorkerEnv): Promise<Child> {
  const worker = new Child(
    spawn(process.execPath, ['--import', './scripts/register.mjs', 'apps/worker/src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'test',
        NODE_OPTIONS: '',
        DATABASE_URL: env.databaseUrl,
        REDIS_URL: env.redisUrl,
        REDIS_PREFIX: env.redisPrefix,
        LOG_LEVEL: 'info',
        OUTBOX_POLL_MS: '200',
        OUTBOX_STALE_SECONDS: '2',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  );
  try {
    await worker.waitForLine((line) => line.includes('"worker ready"'), 60_000);
  } catch (error) {
    await worker.kill();
    throw error;
  }
  return worker;
}

/**
 * `count` assessments SUBMITTED (submission 1) with answers, each with its scoring outbox row, as submit
 * leaves them, written in a few multi-row statements. Returns their ids.
 */
export async function submittedAssessments(db: DataSource, count: number): Promise<string[]> {
  const supplier = await createOrganisation(db, OrganisationKind.PROVIDER);
  const client = await createOrganisation(db, OrganisationKind.CLIENT);
  await createUser(db, supplier, UserRole.ADMIN);
  const templateId = (await publishTestQuestionnaire(db, testQuestionnaire(`faults-${randomBytes(4).toString('hex')}`))).id;
  const product = await db.getRepository(Product).save({ supplierId: supplier.id, name: 'Sentinel', category: ProductCategory.VIDEO_ANALYTICS_CCTV, deployedCountries: ['FR'] });
  const submittedAt = new Date();
  const rows = Array.from({ length: count }, () => ({
    supplierId: supplier.id,
    templateId,
    requesterKind: RequesterKind.CLIENT,
    requestedByOrganisationId: client.id,
    dueDate: '2031-01-31',
    status: AssessmentStatus.SUBMITTED,
    submissionNumber: 1,
    submittedAt,
  }));
  const inserted = await db.getRepository(Assessment).insert(rows);
  const ids = inserted.identifiers.map((identifier) => identifier.id as string);
  await db.getRepository(AssessmentProduct).insert(ids.map((assessmentId) => ({ assessmentId, productId: product.id })));
  const answers: [string, unknown][] = [['T1.1', true], ['T1.2', 'A policy adopted by the board'], ['T1.3', 'QUARTERLY'], ['T2.1', ['A', 'B']], ['T2.2', 3]];
  await db
    .getRepository(Answer)
    .insert(ids.flatMap((assessmentId) => answers.map(([questionCode, value]) => ({ assessmentId, questionCode, value: value as never, answeredAt: submittedAt }))));
  await db.getRepository(OutboxMessage).insert(
    ids.map((assessmentId) => ({
      queue: QueueName.SCORING,
      jobName: 'score-assessment',
      jobKey: scoringJobKey(assessmentId, 1),
      payload: { assessmentId, submissionNumber: 1 },
    })),
  );
  return ids;
}

export const countScored = async (db: DataSource): Promise<number> => Number((await db.query(`SELECT count(*) AS n FROM assessment WHERE status = 'SCORED'`))[0].n);

/** What every scenario must end with: all SCORED, one SUBMISSION run each, no outbox row left behind. */
export async function endState(db: DataSource): Promise<{ notScored: number; withoutOneRun: number; undispatched: number }> {
  const [row] = (await db.query(
    `SELECT (SELECT count(*) FROM assessment WHERE status <> 'SCORED')::int AS "notScored",
            (SELECT count(*) FROM assessment a
              WHERE (SELECT count(*) FROM score_run r WHERE r.assessment_id = a.id AND r.trigger = 'SUBMISSION') <> 1)::int AS "withoutOneRun",
            (SELECT count(*) FROM outbox_message WHERE dispatched_at IS NULL)::int AS undispatched`,
  )) as { notScored: number; withoutOneRun: number; undispatched: number }[];
  return row!;
}
