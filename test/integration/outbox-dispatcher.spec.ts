import { Logger } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { Queue } from 'bullmq';
import type { DataSource } from 'typeorm';
import { loadConfig, type AppConfig } from '@assay/config';
import { OutboxMessage, addToOutbox, createDataSource } from '@assay/database';
import { QueueName, jobIdFromKey } from '@assay/queue';
import { createMigratedDatabase, dropDatabase } from '@assay/testing';
import { OutboxDispatcher } from '../../apps/worker/src/outbox/outbox-dispatcher.service.js';
import { DEFAULT_METHODOLOGY_REGISTRY } from '../../apps/worker/src/scoring/methodology-registry.js';
import { ScoringService } from '../../apps/worker/src/scoring/scoring.service.js';

const FLAKY_QUEUE = 'spec-flaky';

describe('outbox dispatcher', () => {
  let url: string;
  let db: DataSource;
  let config: AppConfig;
  let maintenance: Queue;
  let flaky: Queue;
  const run = randomBytes(4).toString('hex');
  const key = (name: string) => `spec:${run}:${name}`;
  const pending = () => db.getRepository(OutboxMessage);

  beforeAll(async () => {
    Logger.overrideLogger(false);
    // A database of its own: the dispatcher takes every undispatched row, other tests' rows included.
    url = await createMigratedDatabase('assay_outbox');
    db = createDataSource(url, { poolSize: 6 });
    await db.initialize();
    config = { ...loadConfig(), DATABASE_URL: url };
    // Under the run's prefix (dropped at teardown) but apart from the queues a worker of this run consumes.
    const queueOptions = { connection: { url: config.REDIS_URL }, prefix: `${config.REDIS_PREFIX}:outbox-spec` };
    maintenance = new Queue(QueueName.MAINTENANCE, queueOptions);
    flaky = new Queue(FLAKY_QUEUE, queueOptions);
  }, 30_000);

  afterAll(async () => {
    await maintenance?.close();
    await flaky?.close();
    await db?.destroy();
    if (url) await dropDatabase(url);
  });

  const dispatcher = (queues: Queue[] = [maintenance], overrides: Partial<AppConfig> = {}) =>
    new OutboxDispatcher(db, new Map(queues.map((queue) => [queue.name, queue])), { ...config, ...overrides }, new ScoringService(db, DEFAULT_METHODOLOGY_REGISTRY));

  const write = (entries: { queue?: string; jobKey: string }[]) =>
    db.transaction(async (manager) => {
      for (const { queue = QueueName.MAINTENANCE, jobKey } of entries) {
        await addToOutbox(manager, { queue, jobName: 'audit-chain-check', jobKey, payload: { requestedBy: jobKey } });
      }
    });

  it('never enqueues work written by a transaction that rolled back', async () => {
    const jobKey = key('rolled-back');
    const failing = db.transaction(async (manager) => {
      await addToOutbox(manager, { queue: QueueName.MAINTENANCE, jobName: 'audit-chain-check', jobKey, payload: {} });
      throw new Error('the change failed');
    });
    await expect(failing).rejects.toThrow('the change failed');

    await dispatcher().dispatchPending();
    expect(await pending().countBy({ jobKey })).toBe(0);
    expect(await maintenance.getJob(jobIdFromKey(jobKey))).toBeUndefined();
  });

  it('enqueues each committed row once, with the job id derived from its key, even with two dispatchers at once', async () => {
    const keys = Array.from({ length: 150 }, (_, index) => key(`batch:${index}`));
    await write(keys.map((jobKey) => ({ jobKey })));
    const jobsBefore = await maintenance.count();

    const [first, second] = await Promise.all([dispatcher().dispatchPending(), dispatcher().dispatchPending()]);
    // SKIP LOCKED: the two split the rows between them (a batch is 100 rows), neither waits for the other.
    expect(first.picked + second.picked).toBe(150);
    expect(first.dispatched + second.dispatched).toBe(150);
    expect(await dispatcher().dispatchPending()).toEqual({ picked: 0, dispatched: 0, failed: 0 });

    expect(await maintenance.count()).toBe(jobsBefore + 150);
    const job = await maintenance.getJob(jobIdFromKey(keys[7]!));
    expect(job).toMatchObject({ name: 'audit-chain-check', data: { requestedBy: keys[7] } });
    const undispatched = await db.query('SELECT count(*)::int AS n FROM outbox_message WHERE dispatched_at IS NULL AND job_key LIKE $1', [`${key('batch')}%`]);
    expect(undispatched).toEqual([{ n: 0 }]);

    // A dispatcher that died after enqueueing but before its commit leaves the row undispatched: the second
    // dispatch finds the job already there and adds nothing.
    await db.query('UPDATE outbox_message SET dispatched_at = NULL WHERE job_key = $1', [keys[7]]);
    expect(await dispatcher().dispatchPending()).toMatchObject({ picked: 1, dispatched: 1 });
    expect(await maintenance.count()).toBe(jobsBefore + 150);
  }, 30_000);

  it('keeps a row it cannot enqueue, counting attempts, and the reconciler delivers it later', async () => {
    const broken = key('unknown-queue');
    const fine = key('fine');
    await write([{ queue: FLAKY_QUEUE, jobKey: broken }, { jobKey: fine }]);

    // This dispatcher does not know FLAKY_QUEUE: its row fails, the other row still goes.
    expect(await dispatcher().dispatchPending()).toEqual({ picked: 2, dispatched: 1, failed: 1 });
    const row = await pending().findOneByOrFail({ jobKey: broken });
    expect(row).toMatchObject({ dispatchedAt: null, attempts: 1, lastError: expect.stringContaining(FLAKY_QUEUE) });
    expect(await pending().findOneByOrFail({ jobKey: fine })).toMatchObject({ dispatchedAt: expect.any(Date), attempts: 0 });

    // Fresh-work dispatch leaves failed rows to the reconciler, so they never hold up new work.
    expect(await dispatcher().dispatchPending()).toMatchObject({ picked: 0 });

    // Once the queue is there, the reconciler delivers the stale row and clears its error.
    expect(await dispatcher([maintenance, flaky]).reconcileStale(0)).toEqual({ picked: 1, dispatched: 1, failed: 0 });
    expect(await pending().findOneByOrFail({ jobKey: broken })).toMatchObject({ dispatchedAt: expect.any(Date), attempts: 1, lastError: null });
    expect(await flaky.getJob(jobIdFromKey(broken))).toBeDefined();
  });

  it('is woken by the NOTIFY of a commit, long before its next poll', async () => {
    const running = dispatcher([maintenance], { OUTBOX_POLL_MS: 600_000, OUTBOX_STALE_SECONDS: 600 });
    running.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 300)); // the listener connects
      const jobKey = key('notified');
      await write([{ jobKey }]);
      const deadline = Date.now() + 5000;
      while (!(await maintenance.getJob(jobIdFromKey(jobKey))) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(await maintenance.getJob(jobIdFromKey(jobKey))).toBeDefined();
    } finally {
      await running.stop();
    }
  }, 15_000);
});
