import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationKind, ScoreRunTrigger, explainedQuestions, insertScoreRuns, notifyOrganisationsEach, recordAudit, recordAuditEvents, type ScoredQuestion } from '@assay/database';
import { AssessmentEvent, AssessmentStatus, transition, type ScoringResult } from '@assay/domain';
import type { JobData } from '@assay/queue';
import { METHODOLOGY_REGISTRY, type MethodologyRegistry } from './methodology-registry.js';
import { MicroBatcher, type ItemOutcome } from './micro-batcher.js';
import { ScoringInputLoader, type ScoringTarget } from './scoring-input.loader.js';

export type ScoringOutcome = 'SCORED' | 'SKIPPED' | 'FAILED';

const MAX_ERROR_LENGTH = 2000;
/** Jobs stored by one transaction at most; batches form only from jobs that arrive while one is running. */
const MAX_BATCH = 50;

type ScoreData = JobData<'score-assessment'>;

/** A submission scored in memory, waiting to be stored. */
interface Computed {
  item: ScoreData;
  result: ScoringResult;
  questions: ScoredQuestion[];
}

/**
 * Scores submissions: reads the frozen answers, runs the methodology, and in one transaction stores the run
 * and moves the assessment SUBMITTED → SCORED. Jobs that run side by side are stored together (MicroBatcher):
 * the audit chain's lock is then taken once per batch, not once per job. Every job may arrive twice (a retried dispatch, a stalled
 * job, the reconciler): the work is a no-op unless the assessment is still SUBMITTED for that very
 * submission number, checked under a row lock, and the run's partial unique index backs that up.
 */
@Injectable()
export class ScoringService {
  private readonly logger = new Logger(ScoringService.name);
  private readonly loader = new ScoringInputLoader();
  // Two in flight: one batch reads and computes while the one before it writes.
  private readonly batcher = new MicroBatcher<ScoreData, ScoringOutcome>((items) => this.scoreBatch(items), MAX_BATCH, 2);

  constructor(
    private readonly db: DataSource,
    @Inject(METHODOLOGY_REGISTRY) private readonly methodologies: MethodologyRegistry,
  ) {}

  /**
   * One attempt of a scoring job. On the last attempt a failure also moves the assessment to SCORING_FAILED
   * (done here rather than in a `failed` event handler, so it happens before BullMQ records the job as
   * failed: a crash in between leaves a stalled job that is retried, never a failed job with a SUBMITTED
   * assessment). The error is rethrown so BullMQ still retries or records it.
   */
  async process(data: JobData<'score-assessment'>, lastAttempt: boolean): Promise<ScoringOutcome> {
    try {
      return await this.score(data);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.logger.warn({ ...data, lastAttempt, reason: message }, 'scoring attempt failed');
      if (lastAttempt) await this.markFailed(data, message);
      throw error;
    }
  }

  /** Scores one submission, in a batch with the jobs running beside it (see MicroBatcher). */
  score(data: ScoreData): Promise<ScoringOutcome> {
    return this.batcher.submit(data);
  }

  /**
   * Scores a batch of submissions with a fixed number of statements: read the rows and inputs of all (outside
   * any transaction), run the methodology on each, then one transaction stores every run, moves every assessment
   * SUBMITTED → SCORED, and appends their audit events and notifications with one multi-row statement each.
   * If that transaction fails, each submission is stored alone, so one bad submission fails only its own job.
   */
  private async scoreBatch(items: ScoreData[]): Promise<ItemOutcome<ScoringOutcome>[]> {
    const outcomes = new Map<ScoreData, ItemOutcome<ScoringOutcome>>();
    const targets = new Map((await this.loader.targets(this.db.manager, [...new Set(items.map((item) => item.assessmentId))])).map((t) => [t.id, t]));
    const seen = new Set<string>();
    const toScore: ScoreData[] = [];
    for (const item of items) {
      const key = `${item.assessmentId}:${item.submissionNumber}`;
      if (seen.has(key) || !this.stillToScore(targets.get(item.assessmentId), item.submissionNumber)) {
        outcomes.set(item, { ok: true, value: this.skip(item.assessmentId, item.submissionNumber, targets.get(item.assessmentId)) });
      } else toScore.push(item);
      seen.add(key);
    }

    const inputs = toScore.length ? await this.loader.loadMany(this.db.manager, toScore.map((item) => targets.get(item.assessmentId)!)) : new Map();
    const computed: Computed[] = [];
    const methodology = this.methodologies.current();
    for (const item of toScore) {
      try {
        const input = inputs.get(item.assessmentId)!;
        const result = methodology.score(input);
        computed.push({ item, result, questions: explainedQuestions(result, input) });
      } catch (error) {
        outcomes.set(item, { ok: false, error });
      }
    }

    if (computed.length > 0) {
      try {
        for (const [item, outcome] of await this.store(computed)) outcomes.set(item, { ok: true, value: outcome });
      } catch (error) {
        if (computed.length === 1) outcomes.set(computed[0]!.item, { ok: false, error });
        else {
          this.logger.warn({ batch: computed.length, reason: error instanceof Error ? error.message : String(error) }, 'storing a batch failed; storing each run alone');
          for (const one of computed) {
            try {
              for (const [item, outcome] of await this.store([one])) outcomes.set(item, { ok: true, value: outcome });
            } catch (itemError) {
              outcomes.set(one.item, { ok: false, error: itemError });
            }
          }
        }
      }
    }
    return items.map((item) => outcomes.get(item)!);
  }

  /** One transaction for the whole batch; under the row locks, a duplicate job that got there first makes its item SKIPPED. */
  private store(computed: Computed[]): Promise<Map<ScoreData, ScoringOutcome>> {
    return this.db.transaction(async (manager) => {
      const locked = new Map((await this.loader.targets(manager, computed.map(({ item }) => item.assessmentId), true)).map((t) => [t.id, t]));
      const outcomes = new Map<ScoreData, ScoringOutcome>();
      const ready = computed.filter(({ item }) => this.stillToScore(locked.get(item.assessmentId), item.submissionNumber));
      const runIds = await insertScoreRuns(
        manager,
        ready.map(({ item, result, questions }) => ({ ...item, trigger: ScoreRunTrigger.SUBMISSION, result, questions })),
      );
      const scored = ready.filter(({ item }) => runIds.has(item.assessmentId));
      for (const { item } of computed) {
        if (!runIds.has(item.assessmentId)) outcomes.set(item, this.skip(item.assessmentId, item.submissionNumber, locked.get(item.assessmentId)));
      }
      if (scored.length === 0) return outcomes;

      const status = transition(AssessmentStatus.SUBMITTED, AssessmentEvent.SCORE);
      await manager.query('UPDATE assessment SET status = $2, scoring_error = NULL, updated_at = now() WHERE id = ANY($1::uuid[])', [
        scored.map(({ item }) => item.assessmentId),
        status,
      ]);
      await notifyOrganisationsEach(
        manager,
        NotificationKind.ASSESSMENT_SCORED,
        scored.map(({ item }) => {
          const target = locked.get(item.assessmentId)!;
          return {
            organisationIds: [target.supplierId, target.requestedByOrganisationId],
            data: { assessmentId: item.assessmentId, supplierId: target.supplierId, submissionNumber: item.submissionNumber },
          };
        }),
      );
      // Last: the audit chain's lock (every audited write in the system waits for it) is held from here to COMMIT only.
      await recordAuditEvents(
        manager,
        scored.map(({ item, result }) => ({
          action: 'assessment.scored',
          entityType: 'assessment',
          entityId: item.assessmentId,
          organisationId: locked.get(item.assessmentId)!.supplierId,
          data: {
            submissionNumber: item.submissionNumber,
            scoreRunId: runIds.get(item.assessmentId),
            methodologyVersion: result.methodologyVersion,
            tier: result.tier,
            residualRisk: result.residualRisk,
          },
        })),
      );
      for (const { item, result } of scored) {
        this.logger.log({ ...item, scoreRunId: runIds.get(item.assessmentId), tier: result.tier, batch: scored.length }, 'assessment scored');
        outcomes.set(item, 'SCORED');
      }
      return outcomes;
    });
  }

  /** SUBMITTED → SCORING_FAILED with the error, unless the submission was scored or moved on meanwhile. */
  async markFailed({ assessmentId, submissionNumber }: JobData<'score-assessment'>, message: string): Promise<boolean> {
    return this.db.transaction(async (manager) => {
      const locked = await this.loader.target(manager, assessmentId, true);
      if (!this.stillToScore(locked, submissionNumber)) return false;
      if (await this.runExists(manager, assessmentId, submissionNumber)) return false;
      const status = transition(locked!.status as AssessmentStatus, AssessmentEvent.FAIL_SCORING);
      const error = message.slice(0, MAX_ERROR_LENGTH);
      await manager.query('UPDATE assessment SET status = $2, scoring_error = $3, updated_at = now() WHERE id = $1', [assessmentId, status, error]);
      await recordAudit(manager, {
        action: 'assessment.scoring_failed',
        entityType: 'assessment',
        entityId: assessmentId,
        organisationId: locked!.supplierId,
        data: { submissionNumber, error },
      });
      this.logger.error({ assessmentId, submissionNumber, reason: error }, 'scoring failed after the last attempt');
      return true;
    });
  }

  private stillToScore(target: ScoringTarget | undefined, submissionNumber: number): boolean {
    return target?.status === AssessmentStatus.SUBMITTED && target.submissionNumber === submissionNumber;
  }

  private skip(assessmentId: string, submissionNumber: number, target: ScoringTarget | undefined): 'SKIPPED' {
    this.logger.log({ assessmentId, submissionNumber, status: target?.status, currentSubmission: target?.submissionNumber }, 'scoring job has nothing to do');
    return 'SKIPPED';
  }

  private async runExists(manager: EntityManager, assessmentId: string, submissionNumber: number): Promise<boolean> {
    const rows = (await manager.query(`SELECT 1 FROM score_run WHERE assessment_id = $1 AND submission_number = $2 AND trigger = 'SUBMISSION'`, [
      assessmentId,
      submissionNumber,
    ])) as unknown[];
    return rows.length > 0;
  }
}
