import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationKind, ScoreRunTrigger, notifyOrganisations, recordAudit, type ScoredQuestion } from '@assay/database';
import { AssessmentEvent, AssessmentStatus, transition, type ScoringResult } from '@assay/domain';
import type { JobData } from '@assay/queue';
import { METHODOLOGY_REGISTRY, type MethodologyRegistry } from './methodology-registry.js';
import { ScoringInputLoader, type ScoringTarget } from './scoring-input.loader.js';

export type ScoringOutcome = 'SCORED' | 'SKIPPED' | 'FAILED';

const MAX_ERROR_LENGTH = 2000;

/**
 * Scores one submission: reads the frozen answers, runs the methodology, and in one transaction stores the
 * run and moves the assessment SUBMITTED → SCORED. Every job may arrive twice (a retried dispatch, a stalled
 * job, the reconciler): the work is a no-op unless the assessment is still SUBMITTED for that very
 * submission number, checked under a row lock, and the run's partial unique index backs that up.
 */
@Injectable()
export class ScoringService {
  private readonly logger = new Logger(ScoringService.name);
  private readonly loader = new ScoringInputLoader();

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

  async score({ assessmentId, submissionNumber }: JobData<'score-assessment'>): Promise<ScoringOutcome> {
    const target = await this.loader.target(this.db.manager, assessmentId);
    if (!this.stillToScore(target, submissionNumber)) return this.skip(assessmentId, submissionNumber, target);
    const methodology = this.methodologies.current();
    const input = await this.loader.load(this.db.manager, target!);
    const result = methodology.score(input);
    // The run keeps the answer each question was scored on: answers reopen after CHANGES_REQUESTED.
    const questions = result.questions.map((question) => ({ ...question, answer: input.answers.get(question.code)?.value ?? null }));

    return this.db.transaction(async (manager) => {
      // Under the lock: a duplicate job running at the same moment waits here, then sees SCORED.
      const locked = await this.loader.target(manager, assessmentId, true);
      if (!this.stillToScore(locked, submissionNumber)) return this.skip(assessmentId, submissionNumber, locked);
      const runId = await this.insertRun(manager, assessmentId, submissionNumber, result, questions);
      if (!runId) return this.skip(assessmentId, submissionNumber, locked);
      const status = transition(locked!.status as AssessmentStatus, AssessmentEvent.SCORE);
      await manager.query('UPDATE assessment SET status = $2, scoring_error = NULL, updated_at = now() WHERE id = $1', [assessmentId, status]);
      await recordAudit(manager, {
        action: 'assessment.scored',
        entityType: 'assessment',
        entityId: assessmentId,
        organisationId: locked!.supplierId,
        data: { submissionNumber, scoreRunId: runId, methodologyVersion: result.methodologyVersion, tier: result.tier, residualRisk: result.residualRisk },
      });
      await notifyOrganisations(manager, [...new Set([locked!.supplierId, locked!.requestedByOrganisationId])], NotificationKind.ASSESSMENT_SCORED, {
        assessmentId,
        supplierId: locked!.supplierId,
        submissionNumber,
      });
      this.logger.log({ assessmentId, submissionNumber, scoreRunId: runId, tier: result.tier }, 'assessment scored');
      return 'SCORED' as const;
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

  /** The run's id, or undefined when the submission already has one (the partial unique index). */
  private async insertRun(
    manager: EntityManager,
    assessmentId: string,
    submissionNumber: number,
    result: ScoringResult,
    questions: ScoredQuestion[],
  ): Promise<string | undefined> {
    const rows = (await manager.query(
      `INSERT INTO score_run (assessment_id, submission_number, methodology_version, trigger, inherent_risk, maturity, residual_risk,
                              tier, confidence, red_flags, themes, product_risks, questions, eligibility)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
       ON CONFLICT (assessment_id, submission_number) WHERE trigger = 'SUBMISSION' DO NOTHING
       RETURNING id`,
      [
        assessmentId,
        submissionNumber,
        result.methodologyVersion,
        ScoreRunTrigger.SUBMISSION,
        result.inherentRisk,
        result.maturity,
        result.residualRisk,
        result.tier,
        result.confidence,
        JSON.stringify(result.redFlags),
        JSON.stringify(result.themes),
        JSON.stringify(result.productRisks),
        JSON.stringify(questions),
        JSON.stringify(result.eligibility),
      ],
    )) as { id: string }[];
    return rows[0]?.id;
  }
}
