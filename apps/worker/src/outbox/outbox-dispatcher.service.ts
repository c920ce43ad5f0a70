import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import type { Queue } from 'bullmq';
import { QueueName, jobIdFromKey, jobOptionsFor, rescoreFanOutJobKey, type JobData } from '@assay/queue';
import { ScoringService } from '../scoring/scoring.service.js';
import { OutboxNotifications } from './outbox-notifications.js';
import { OUTBOX_QUEUES, type OutboxQueues } from './outbox-queues.js';

const BATCH_SIZE = 100;
const MAX_ERROR_LENGTH = 1000;

interface PendingRow {
  id: string;
  queue: string;
  job_name: string;
  job_key: string;
  payload: Record<string, unknown>;
}

export interface DispatchResult {
  /** Rows picked by this call (rows locked by another dispatcher are skipped, not counted). */
  picked: number;
  dispatched: number;
  failed: number;
}

/**
 * Moves committed outbox rows into BullMQ. Each batch runs in one transaction that locks its rows with
 * `FOR UPDATE SKIP LOCKED`, so any number of worker processes can dispatch side by side without picking the
 * same row; the BullMQ job id is derived from the row's job key, so a row enqueued twice (a dispatcher that
 * died between Redis and its commit) is still one job.
 *
 * Fresh rows (never attempted) are dispatched as soon as a commit NOTIFYs, or at the latest every
 * OUTBOX_POLL_MS. Rows whose enqueue failed are retried by the reconcile step, once every
 * OUTBOX_STALE_SECONDS, so a row that keeps failing never holds up fresh work.
 *
 * Reconcile also re-enqueues scoring work whose row was dispatched but whose job no longer exists in Redis
 * (Redis restarted without persistence, or the job was removed) while the work is still not done (a submitted
 * assessment without a score run): see reconcileLostScoringJobs. The job id makes that re-enqueue safe.
 * Likewise a re-scoring whose items stopped moving is fanned out again (reconcileStalledRescorings).
 */
@Injectable()
export class OutboxDispatcher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxDispatcher.name);
  private readonly notifications: OutboxNotifications;
  private pollTimer: NodeJS.Timeout | undefined;
  private draining: Promise<void> | null = null;
  private wokenWhileDraining = false;
  private nextReconcileAt = 0;
  private running = false;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(OUTBOX_QUEUES) private readonly queues: OutboxQueues,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly scoring: ScoringService,
  ) {
    this.notifications = new OutboxNotifications(config.DATABASE_URL, () => this.wake(), this.logger);
  }

  onApplicationBootstrap(): void {
    this.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.stop();
  }

  /** Listens for commits and polls; the loop runs until `stop()`. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.nextReconcileAt = Date.now() + this.config.OUTBOX_STALE_SECONDS * 1000;
    this.notifications.start();
    this.pollTimer = setInterval(() => this.wake(), this.config.OUTBOX_POLL_MS);
    this.wake();
  }

  /** Stops listening and polling, and waits for the batch in flight (before the database and queues close). */
  async stop(): Promise<void> {
    this.running = false;
    clearInterval(this.pollTimer);
    await this.notifications.stop();
    await this.draining;
  }

  /** Dispatches one batch of rows never attempted before; `picked === BATCH_SIZE` means there may be more. */
  dispatchPending(): Promise<DispatchResult> {
    return this.dispatchWhere('attempts = 0', []);
  }

  /**
   * Retries undispatched rows older than `olderThanSeconds`: rows whose enqueue failed, and any row the
   * fresh-work loop left behind.
   */
  reconcileStale(olderThanSeconds = this.config.OUTBOX_STALE_SECONDS): Promise<DispatchResult> {
    return this.dispatchWhere('created_at < now() - make_interval(secs => $2)', [olderThanSeconds]);
  }

  /** Runs the loop now, or once more right after the batch in flight. */
  private wake(): void {
    if (!this.running) return;
    if (this.draining) {
      this.wokenWhileDraining = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.wokenWhileDraining) {
        this.wokenWhileDraining = false;
        this.wake();
      }
    });
  }

  private async drain(): Promise<void> {
    try {
      if (Date.now() >= this.nextReconcileAt) {
        this.nextReconcileAt = Date.now() + this.config.OUTBOX_STALE_SECONDS * 1000;
        this.report('reconciled stale outbox rows', await this.reconcileStale());
        const requeued = await this.reconcileLostScoringJobs();
        if (requeued > 0) this.logger.warn({ requeued }, 're-enqueued scoring jobs missing from Redis');
        const stalled = await this.reconcileStalledRescorings();
        if (stalled.length > 0) this.logger.warn({ rescoringIds: stalled }, 'fanned out again re-scorings that made no progress');
      }
      let result: DispatchResult;
      do {
        result = await this.dispatchPending();
        this.report('dispatched outbox rows', result);
      } while (this.running && result.picked === BATCH_SIZE && result.dispatched > 0);
    } catch (error) {
      // The database is away or the batch failed as a whole: nothing was marked, the next wake retries.
      this.logger.warn({ reason: error instanceof Error ? error.message : String(error) }, 'outbox dispatch failed');
    }
  }

  private async dispatchWhere(condition: string, params: unknown[]): Promise<DispatchResult> {
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `SELECT id, queue, job_name, job_key, payload FROM outbox_message
          WHERE dispatched_at IS NULL AND ${condition}
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE, ...params],
      )) as PendingRow[];
      return this.enqueue(manager, rows);
    });
  }

  /** Enqueues every row (in parallel: ioredis pipelines them), then records each outcome on its row. */
  private async enqueue(manager: EntityManager, rows: PendingRow[]): Promise<DispatchResult> {
    const outcomes = await Promise.allSettled(rows.map((row) => this.enqueueRow(row)));
    const dispatched: string[] = [];
    for (const [index, outcome] of outcomes.entries()) {
      const row = rows[index]!;
      if (outcome.status === 'fulfilled') {
        dispatched.push(row.id);
        continue;
      }
      const reason = outcome.reason instanceof Error ? outcome.reason.message : String(outcome.reason);
      this.logger.warn({ outboxId: row.id, queue: row.queue, jobName: row.job_name, reason }, 'outbox row not enqueued');
      await manager.query('UPDATE outbox_message SET attempts = attempts + 1, last_error = $2 WHERE id = $1', [
        row.id,
        reason.slice(0, MAX_ERROR_LENGTH),
      ]);
    }
    if (dispatched.length > 0) {
      await manager.query('UPDATE outbox_message SET dispatched_at = now(), last_error = NULL WHERE id = ANY($1::bigint[])', [dispatched]);
    }
    return { picked: rows.length, dispatched: dispatched.length, failed: rows.length - dispatched.length };
  }

  private async enqueueRow(row: PendingRow): Promise<void> {
    const queue = this.queues.get(row.queue);
    if (!queue) throw new Error(`this worker knows no queue named "${row.queue}"`);
    await queue.add(row.job_name, row.payload, { ...jobOptionsFor(row.queue), jobId: jobIdFromKey(row.job_key) });
  }

  /**
   * Scoring work that was dispatched but whose job no longer exists in Redis (Redis restarted without
   * persistence, or someone removed the job) would otherwise wait forever: the outbox row is marked
   * dispatched and nothing else looks at it. An assessment still SUBMITTED, with no run for its current
   * submission, whose latest scoring row was dispatched more than OUTBOX_STALE_SECONDS ago and whose job is
   * in none of BullMQ's states, is re-enqueued under the same derived job id. Adding twice is harmless: the
   * id makes BullMQ keep one job, and the scoring service is a no-op once the submission is scored.
   * Jobs that exist (waiting, active, delayed, completed) are left alone: a live one will run. A failed job
   * has normally moved its assessment to SCORING_FAILED already; one that BullMQ failed on its own (it stalled
   * more often than allowed, e.g. each attempt killed the worker) has not, so it is marked failed here with
   * BullMQ's reason, where staff see it and can retry.
   */
  async reconcileLostScoringJobs(olderThanSeconds = this.config.OUTBOX_STALE_SECONDS): Promise<number> {
    const queue = this.queues.get(QueueName.SCORING);
    if (!queue) return 0;
    // Unscored submissions first (few, by the status index), then one pass over the scoring rows to find the
    // latest row of each (a staff retry adds a row under a new key); only rows dispatched long enough ago count.
    // A batch at random: behind a backlog of live jobs larger than a batch, each pass still looks at others.
    const candidates = (await this.dataSource.query(
      `WITH unscored AS (
         SELECT a.id::text AS assessment_id, a.submission_number FROM assessment a
          WHERE a.status = 'SUBMITTED'
            AND NOT EXISTS (SELECT 1 FROM score_run r WHERE r.assessment_id = a.id AND r.submission_number = a.submission_number AND r.trigger = 'SUBMISSION')
       ), latest AS (
         SELECT DISTINCT ON (u.assessment_id) m.job_name, m.job_key, m.payload, m.dispatched_at
           FROM outbox_message m
           JOIN unscored u ON m.payload->>'assessmentId' = u.assessment_id AND (m.payload->>'submissionNumber')::int = u.submission_number
          WHERE m.queue = $1
          ORDER BY u.assessment_id, m.id DESC
       )
       SELECT job_name, job_key, payload FROM latest WHERE dispatched_at < now() - make_interval(secs => $2) ORDER BY random() LIMIT $3`,
      [QueueName.SCORING, olderThanSeconds, BATCH_SIZE],
    )) as Omit<PendingRow, 'id' | 'queue'>[];
    let requeued = 0;
    for (const row of candidates) {
      const jobId = jobIdFromKey(row.job_key);
      const state = await queue.getJobState(jobId);
      if (state === 'failed') await this.failAbandoned(queue, jobId, row.payload);
      if (state !== 'unknown') continue;
      await queue.add(row.job_name, row.payload, { ...jobOptionsFor(QueueName.SCORING), jobId });
      requeued += 1;
    }
    return requeued;
  }

  /**
   * A re-scoring still RUNNING whose items have not moved for OUTBOX_STALE_SECONDS has lost item jobs (Redis
   * restarted without persistence): its fan-out runs again, as a new job. It enqueues every PENDING item under
   * the item's own derived job id, so jobs that still exist are not duplicated and lost ones come back; items
   * whose job BullMQ failed on its own are settled FAILED (RescoringService.fanOut, `recover`).
   */
  async reconcileStalledRescorings(olderThanSeconds = this.config.OUTBOX_STALE_SECONDS): Promise<string[]> {
    const queue = this.queues.get(QueueName.RESCORING);
    if (!queue) return [];
    const stalled = (await this.dataSource.query(
      `SELECT r.id FROM rescoring r
        WHERE r.status = 'RUNNING'
          AND coalesce((SELECT max(i.settled_at) FROM rescoring_item i WHERE i.rescoring_id = r.id), r.requested_at) < now() - make_interval(secs => $1)`,
      [olderThanSeconds],
    )) as { id: string }[];
    for (const { id } of stalled) {
      await queue.add('rescore-fan-out', { rescoringId: id, recover: true }, { ...jobOptionsFor(QueueName.RESCORING), jobId: jobIdFromKey(`${rescoreFanOutJobKey(id)}:again-${Date.now()}`) });
    }
    return stalled.map(({ id }) => id);
  }

  /** A scoring job BullMQ failed without the scoring service seeing its last attempt. */
  private async failAbandoned(queue: Queue, jobId: string, payload: Record<string, unknown>): Promise<void> {
    const job = await queue.getJob(jobId);
    const reason = job?.failedReason || 'the scoring job failed in the queue';
    if (await this.scoring.markFailed(payload as JobData<'score-assessment'>, reason)) {
      this.logger.warn({ jobId, reason }, 'scoring job failed in the queue without a final attempt; assessment marked SCORING_FAILED');
    }
  }

  private report(message: string, result: DispatchResult): void {
    if (result.picked > 0) this.logger.debug({ ...result }, message);
  }
}
