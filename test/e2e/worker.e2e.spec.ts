import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { addToOutbox, createDataSource, recordAudit } from '@assay/database';
import { QueueName, auditChainVerdictKey, jobIdFromKey } from '@assay/queue';
import { createMigratedDatabase, dropDatabase } from '@assay/testing';

const root = fileURLToPath(new URL('../../', import.meta.url));
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

interface LogLine {
  msg?: string;
  [field: string]: unknown;
}

/** Resolves with the first log line that `matches`, or rejects after `timeoutMs`. */
function waitForLog(lines: LogLine[], matches: (line: LogLine) => boolean, timeoutMs: number): Promise<LogLine> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const check = () => {
      const line = lines.find(matches);
      if (line) return resolve(line);
      if (Date.now() > deadline) return reject(new Error(`no such log line within ${timeoutMs} ms; got:\n${lines.map((l) => JSON.stringify(l)).join('\n')}`));
      setTimeout(check, 50);
    };
    check();
  });
}

describe('the worker process', () => {
  let url: string;
  let db: DataSource;
  let worker: ChildProcess;
  let queue: Queue;
  let redis: Redis;
  const lines: LogLine[] = [];
  // Its own database and key space: the worker dispatches every outbox row and consumes every job it sees.
  const prefix = `${process.env.REDIS_PREFIX}:worker-e2e`;

  beforeAll(async () => {
    url = await createMigratedDatabase('assay_worker');
    db = createDataSource(url, { poolSize: 2 });
    await db.initialize();
    queue = new Queue(QueueName.MAINTENANCE, { connection: { url: REDIS_URL }, prefix });
    redis = new Redis(REDIS_URL);
    worker = spawn(process.execPath, ['--import', './scripts/register.mjs', 'apps/worker/src/main.ts'], {
      cwd: root,
      env: { ...process.env, NODE_OPTIONS: '', DATABASE_URL: url, REDIS_PREFIX: prefix, LOG_LEVEL: 'info', OUTBOX_POLL_MS: '500' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    for (const stream of [worker.stdout!, worker.stderr!]) {
      createInterface({ input: stream }).on('line', (text) => {
        try {
          lines.push(JSON.parse(text) as LogLine);
        } catch {
          lines.push({ msg: text }); // a crash before the JSON logger exists
        }
      });
    }
  }, 30_000);

  afterAll(async () => {
    if (worker && worker.exitCode === null && worker.signalCode === null) worker.kill('SIGKILL');
    await queue?.close();
    redis?.disconnect();
    await db?.destroy();
    if (url) await dropDatabase(url);
  }, 30_000);

  it('starts, runs an audit-chain check written to the outbox, and stops on SIGTERM', async () => {
    const ready = await waitForLog(lines, (line) => line.msg === 'worker ready', 30_000);
    // Every queue is registered.
    expect(ready).toMatchObject({ app: 'worker', queues: Object.values(QueueName) });

    const jobKey = `audit-chain-check:e2e-${randomBytes(4).toString('hex')}`;
    await db.transaction(async (manager) => {
      await recordAudit(manager, { action: 'spec.checked', entityType: 'spec', entityId: jobKey });
      await addToOutbox(manager, { queue: QueueName.MAINTENANCE, jobName: 'audit-chain-check', jobKey, payload: { requestedBy: 'e2e' } });
    });

    const deadline = Date.now() + 20_000;
    let job = await queue.getJob(jobIdFromKey(jobKey));
    while (!(job && (await job.isCompleted())) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = await queue.getJob(jobIdFromKey(jobKey));
    }
    expect(await job?.isCompleted()).toBe(true);
    // Read it again: isCompleted() asks Redis now, but the copy in hand may predate completion (returnvalue null).
    job = await queue.getJob(jobIdFromKey(jobKey));
    expect(job!.returnvalue).toEqual({ intact: true, rows: 1 });
    await waitForLog(lines, (line) => line.msg === 'audit chain intact' && line.requestedBy === 'e2e', 5000);
    expect(JSON.parse((await redis.get(auditChainVerdictKey(prefix)))!)).toMatchObject({ intact: true, rows: 1 });
    // An `every` schedule runs at once: the certificate lifecycle job went through the maintenance processor.
    expect(await waitForLog(lines, (line) => line.msg === 'certificate lifecycle run', 10_000)).toMatchObject({ expired: 0, reminded60: 0, reminded30: 0, reassessmentsOpened: 0 });
    // The daily check and the certificate lifecycle are each scheduled once, however many workers start.
    const schedulers = await queue.getJobSchedulers();
    expect(schedulers).toHaveLength(2);
    expect(schedulers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'audit-chain-check-daily', name: 'audit-chain-check' }),
        expect.objectContaining({ key: 'certificate-lifecycle', name: 'certificate-lifecycle', every: 3_600_000 }),
      ]),
    );

    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      worker.once('exit', (code, signal) => resolve({ code, signal })),
    );
    worker.kill('SIGTERM');
    const { code, signal } = await exited;
    // Nest closes the app, then re-raises the signal: ending by SIGTERM (or 0) is a clean stop.
    expect(signal === 'SIGTERM' || code === 0).toBe(true);
    expect(lines.filter((line) => Number(line.level) >= 50)).toEqual([]);
  }, 60_000);
});
