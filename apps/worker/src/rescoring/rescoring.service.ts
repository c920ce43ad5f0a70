import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue, UnrecoverableError } from 'bullmq';
import { DataSource, type EntityManager } from 'typeorm';
import { ScoreRunTrigger, explainedQuestions, insertScoreRuns, recordAudit, type ScoredQuestion } from '@assay/database';
import { RescoringItemStatus, RescoringStatus, isRescorable, rescoringOutcome, type ScoringInput, type ScoringResult } from '@assay/domain';
import { QueueName, jobIdFromKey, jobOptionsFor, rescoreAssessmentJobKey, type JobData, type RescoreAssessmentJob } from '@assay/queue';
import { METHODOLOGY_REGISTRY, type MethodologyRegistry } from '../scoring/methodology-registry.js';
import { ScoringInputLoader, type ScoringTarget } from '../scoring/scoring-input.loader.js';

export type RescoreOutcome = 'DONE' | 'FAILED' | 'SKIPPED';

/** Items enqueued per page of the fan-out: one keyset read and one addBulk (one Redis round trip) each. */
export const FAN_OUT_PAGE_SIZE = 500;
const MAX_ERROR_LENGTH = 2000;

interface RescoringRow {
  id: string;
  methodologyVersion: string;
  status: RescoringStatus;
}

/**
 * Re-scoring in the worker. The fan-out pages through the PENDING items of a re-scoring and enqueues one job
 * per item; each item job scores its assessment under the re-scoring's methodology version and, in one
 * transaction, stores a RESCORE run beside the others and marks the item DONE. Nothing else about the
 * assessment changes: not its status, not its scorecard (the reviewed SUBMISSION run), and nobody is notified.
 *
 * Every job may run twice: item jobs have ids derived from the item, an item that is no longer PENDING is
 * left alone, and the run's partial unique index (one RESCORE run per re-scoring and assessment) backs that up.
 * The item that settles last finishes the re-scoring, under a lock of the re-scoring's row, so exactly once.
 */
@Injectable()
export class RescoringService {
  private readonly logger = new Logger(RescoringService.name);
  private readonly loader = new ScoringInputLoader();

  constructor(
    private readonly db: DataSource,
    @Inject(METHODOLOGY_REGISTRY) private readonly methodologies: MethodologyRegistry,
    @InjectQueue(QueueName.RESCORING) private readonly queue: Queue,
  ) {}

  /**
   * Enqueues a job for every PENDING item (keyset by assessment id); answers how many jobs it added. When the
   * reconciler runs it again (`recover`), an item whose job BullMQ failed on its own (it stalled more often
   * than allowed, so its last attempt never settled the item) is settled FAILED with BullMQ's reason: its job
   * id is taken, re-adding it would do nothing, and the re-scoring would otherwise stay RUNNING.
   */
  async fanOut({ rescoringId, recover = false }: JobData<'rescore-fan-out'>): Promise<number> {
    const rescoring = await this.rescoring(this.db.manager, rescoringId);
    if (rescoring?.status !== RescoringStatus.RUNNING) {
      this.logger.log({ rescoringId, status: rescoring?.status }, 're-scoring fan-out has nothing to do');
      return 0;
    }
    let enqueued = 0;
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const page = (await this.db.query(
        `SELECT assessment_id AS "assessmentId" FROM rescoring_item
          WHERE rescoring_id = $1 AND status = 'PENDING' AND assessment_id > $2
          ORDER BY assessment_id LIMIT $3`,
        [rescoringId, after, FAN_OUT_PAGE_SIZE],
      )) as { assessmentId: string }[];
      if (page.length === 0) break;
      if (recover) await this.settleAbandoned(rescoringId, page.map(({ assessmentId }) => assessmentId));
      await this.queue.addBulk(page.map(({ assessmentId }) => this.itemJob(rescoringId, assessmentId)));
      enqueued += page.length;
      after = page.at(-1)!.assessmentId;
      if (page.length < FAN_OUT_PAGE_SIZE) break;
    }
    // Nothing pending (every item settled before a repeated fan-out): make sure the re-scoring is finished.
    if (enqueued === 0) await this.db.transaction((manager) => this.finishIfSettled(manager, rescoringId));
    this.logger.log({ rescoringId, methodologyVersion: rescoring.methodologyVersion, enqueued }, 're-scoring fanned out');
    return enqueued;
  }

  /**
   * One attempt of an item job. A methodology that throws fails the item at once (a pure function gives the
   * same answer on every attempt) and the job is not retried; any other error (the database, a lost
   * connection) is retried by BullMQ, and the last attempt fails the item with it.
   */
  async rescore(data: JobData<'rescore-assessment'>, lastAttempt: boolean): Promise<RescoreOutcome> {
    try {
      return await this.rescoreOnce(data);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const final = lastAttempt || error instanceof MethodologyError;
      this.logger.warn({ ...data, lastAttempt: final, reason: message }, 're-scoring attempt failed');
      if (!final) throw error;
      // Staff read the item's error: a methodology's own message says what is wrong with the answers; anything
      // else (database, Redis) stays in the logs above rather than showing SQL or driver text.
      const shown = error instanceof MethodologyError ? message : 'the re-scoring failed on its last attempt (an infrastructure error; the worker log has the details)';
      await this.settleFailed(data.rescoringId, data.assessmentId, shown);
      throw error instanceof MethodologyError ? new UnrecoverableError(message) : error;
    }
  }

  private async rescoreOnce({ rescoringId, assessmentId }: JobData<'rescore-assessment'>): Promise<RescoreOutcome> {
    const [item] = (await this.db.query(
      `SELECT i.status::text AS status, r.methodology_version AS "methodologyVersion"
         FROM rescoring_item i JOIN rescoring r ON r.id = i.rescoring_id
        WHERE i.rescoring_id = $1 AND i.assessment_id = $2`,
      [rescoringId, assessmentId],
    )) as { status: RescoringItemStatus; methodologyVersion: string }[];
    if (item?.status !== RescoringItemStatus.PENDING) return this.skip(rescoringId, assessmentId, item?.status);

    const target = await this.loader.target(this.db.manager, assessmentId);
    const reopened = this.reopened(target);
    if (reopened) return this.settleFailed(rescoringId, assessmentId, reopened);
    const input = await this.loader.load(this.db.manager, target!);
    const result = this.score(item.methodologyVersion, input);
    const questions = explainedQuestions(result, input);

    return this.db.transaction(async (manager) => {
      // Under the assessment's lock: its answers are still those of the submission the input was read for
      // (they reopen only through CHANGES_REQUESTED, and a resubmission raises the submission number).
      const locked = await this.loader.target(manager, assessmentId, true);
      const moved = this.reopened(locked) ?? (locked!.submissionNumber === target!.submissionNumber ? null : 'the assessment was resubmitted while it was being re-scored');
      if (moved) return this.markFailed(manager, rescoringId, assessmentId, moved);
      const runId = await this.insertRun(manager, rescoringId, locked!, result, questions);
      const [, updated] = (await manager.query(
        `UPDATE rescoring_item SET status = 'DONE', score_run_id = $3, error = NULL, settled_at = now()
          WHERE rescoring_id = $1 AND assessment_id = $2 AND status = 'PENDING'`,
        [rescoringId, assessmentId, runId],
      )) as [unknown, number];
      if (updated === 0) return this.skip(rescoringId, assessmentId, 'settled meanwhile');
      await this.finishIfSettled(manager, rescoringId);
      this.logger.debug({ rescoringId, assessmentId, scoreRunId: runId, tier: result.tier }, 'assessment re-scored');
      return 'DONE' as const;
    });
  }

  /** The methodology's result; its failures are told apart from the database's (see `rescore`). */
  private score(version: string, input: ScoringInput): ScoringResult {
    try {
      return this.methodologies.byVersion(version).score(input);
    } catch (error) {
      throw new MethodologyError(`methodology ${version} could not score the assessment: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** Why the assessment can no longer be re-scored, or null while its answers are frozen since its scored submission. */
  private reopened(target: ScoringTarget | undefined): string | null {
    if (!target) return 'the assessment no longer exists';
    return isRescorable(target.status) ? null : `the assessment is ${target.status} now: its answers are no longer those of its scored submission`;
  }

  private async settleAbandoned(rescoringId: string, assessmentIds: string[]): Promise<void> {
    for (const assessmentId of assessmentIds) {
      const job = await this.queue.getJob(jobIdFromKey(rescoreAssessmentJobKey(rescoringId, assessmentId)));
      if (job && (await job.getState()) === 'failed') {
        await this.settleFailed(rescoringId, assessmentId, `the re-scoring job failed in the queue: ${job.failedReason || 'no reason given'}`);
      }
    }
  }

  private settleFailed(rescoringId: string, assessmentId: string, message: string): Promise<RescoreOutcome> {
    return this.db.transaction((manager) => this.markFailed(manager, rescoringId, assessmentId, message));
  }

  /** PENDING → FAILED with the error (a settled item stays as it is), then finishes the re-scoring if it was the last. */
  private async markFailed(manager: EntityManager, rescoringId: string, assessmentId: string, message: string): Promise<RescoreOutcome> {
    const error = message.slice(0, MAX_ERROR_LENGTH);
    const [, updated] = (await manager.query(
      `UPDATE rescoring_item SET status = 'FAILED', error = $3, settled_at = now()
        WHERE rescoring_id = $1 AND assessment_id = $2 AND status = 'PENDING'`,
      [rescoringId, assessmentId, error],
    )) as [unknown, number];
    if (updated === 0) return this.skip(rescoringId, assessmentId, 'settled meanwhile');
    await this.finishIfSettled(manager, rescoringId);
    this.logger.error({ rescoringId, assessmentId, reason: error }, 're-scoring of an assessment failed');
    return 'FAILED';
  }

  /**
   * Finishes the re-scoring when no item is pending. The row lock comes first and the count after it, in a
   * statement of its own: two items settling at once take turns, and the second one's count (a fresh snapshot
   * under READ COMMITTED) sees the first one's commit, so whichever settles last finishes it, once.
   * NO KEY UPDATE, not UPDATE: every item transaction already holds a KEY SHARE lock on the row (its run's
   * foreign key), and FOR UPDATE would wait for the others' KEY SHARE while they wait for it (a deadlock).
   */
  private async finishIfSettled(manager: EntityManager, rescoringId: string): Promise<void> {
    const rescoring = await this.rescoring(manager, rescoringId, true);
    if (rescoring?.status !== RescoringStatus.RUNNING) return;
    const [counts] = (await manager.query(
      `SELECT count(*) FILTER (WHERE status = 'PENDING')::int AS pending, count(*) FILTER (WHERE status = 'FAILED')::int AS failed,
              count(*)::int AS total
         FROM rescoring_item WHERE rescoring_id = $1`,
      [rescoringId],
    )) as { pending: number; failed: number; total: number }[];
    const status = rescoringOutcome(counts!);
    if (status === RescoringStatus.RUNNING) return;
    await manager.query('UPDATE rescoring SET status = $2, finished_at = now() WHERE id = $1', [rescoringId, status]);
    await recordAudit(manager, {
      action: 'rescoring.finished',
      entityType: 'rescoring',
      entityId: rescoringId,
      data: { methodologyVersion: rescoring.methodologyVersion, status, total: counts!.total, failed: counts!.failed },
    });
    this.logger.log({ rescoringId, methodologyVersion: rescoring.methodologyVersion, status, ...counts }, 're-scoring finished');
  }

  private async rescoring(manager: EntityManager, rescoringId: string, lock = false): Promise<RescoringRow | undefined> {
    const [row] = (await manager.query(
      `SELECT id, methodology_version AS "methodologyVersion", status::text AS status FROM rescoring WHERE id = $1${lock ? ' FOR NO KEY UPDATE' : ''}`,
      [rescoringId],
    )) as RescoringRow[];
    return row;
  }

  /** The RESCORE run's id: the one inserted now, or the one an earlier attempt of the same item inserted. */
  private async insertRun(manager: EntityManager, rescoringId: string, target: ScoringTarget, result: ScoringResult, questions: ScoredQuestion[]): Promise<string> {
    const inserted = await insertScoreRuns(manager, [
      { assessmentId: target.id, submissionNumber: target.submissionNumber, trigger: ScoreRunTrigger.RESCORE, rescoringId, result, questions },
    ]);
    const runId = inserted.get(target.id);
    if (runId) return runId;
    const [existing] = (await manager.query(`SELECT id FROM score_run WHERE rescoring_id = $1 AND assessment_id = $2 AND trigger = 'RESCORE'`, [
      rescoringId,
      target.id,
    ])) as { id: string }[];
    return existing!.id;
  }

  private itemJob(rescoringId: string, assessmentId: string) {
    const job: RescoreAssessmentJob = { queue: QueueName.RESCORING, name: 'rescore-assessment', data: { rescoringId, assessmentId } };
    return { name: job.name, data: job.data, opts: { ...jobOptionsFor(QueueName.RESCORING), jobId: jobIdFromKey(rescoreAssessmentJobKey(rescoringId, assessmentId)) } };
  }

  private skip(rescoringId: string, assessmentId: string, status: string | undefined): 'SKIPPED' {
    this.logger.log({ rescoringId, assessmentId, status }, 're-scoring job has nothing to do');
    return 'SKIPPED';
  }
}

/** The methodology itself threw: deterministic, so retrying cannot help. */
class MethodologyError extends Error {
  override readonly name = 'MethodologyError';
}
