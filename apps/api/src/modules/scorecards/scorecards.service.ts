import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, type EntityManager, type FindOptionsSelect } from 'typeorm';
import { Assessment, ScoreRun, ScoreRunTrigger, addToOutbox, recordAudit } from '@assay/database';
import { AssessmentEvent, AssessmentStatus, isAssociation, notFound, requireAssociationStaff, transition, type Actor } from '@assay/domain';
import { QueueName, scoringJobKey, type ScoreAssessmentJob } from '@assay/queue';
import { AssessmentAccessService } from '../assessments/assessment-access.service.js';
import { PinnedQuestionnaires } from '../assessments/pinned-questionnaires.js';
import type { CertificateEligibilityType, ScorecardType } from './dto/scorecard.type.js';
import { eligibilityView, scorecardView, type ConfirmedOverride } from './scorecard.view.js';

/** Once a reviewer has decided, the provider may see its scores (SPEC §5: "scores once reviewed"). */
const REVIEWED: ReadonlySet<AssessmentStatus> = new Set([AssessmentStatus.APPROVED, AssessmentStatus.REJECTED, AssessmentStatus.CHANGES_REQUESTED]);

/** The summary columns of a run (the history leaves the explanation out). */
const SUMMARY_COLUMNS = Object.fromEntries(
  ['id', 'assessmentId', 'methodologyVersion', 'trigger', 'rescoringId', 'submissionNumber', 'scoredAt', 'inherentRisk', 'maturity', 'residualRisk', 'tier', 'confidence'].map((column) => [column, true]),
) as FindOptionsSelect<ScoreRun>;

export interface ScoreRunLoaders {
  latest: DataLoader<string, ScoreRun | null>;
  history: DataLoader<string, ScoreRun[]>;
  /** The confirmed override in force on each run (by run id). */
  override: DataLoader<string, ConfirmedOverride | null>;
}

interface OverrideRow {
  id: string;
  score_run_id: string;
  tier: ConfirmedOverride['tier'];
  maturity: number | null;
  justification: string;
  proposed_by_user_id: string;
  proposed_by_name: string;
  proposed_at: Date;
  confirmed_by_user_id: string;
  confirmed_by_name: string;
  confirmed_at: Date;
}

/**
 * The confirmed override in force on each of the runs: the latest confirmed one (a later override replaces
 * an earlier one entirely), with the names of its proposer and confirmer. One statement for any number of runs.
 */
export async function confirmedOverrides(manager: EntityManager, runIds: readonly string[]): Promise<Map<string, ConfirmedOverride>> {
  const rows = (await manager.query(
    `SELECT DISTINCT ON (o.score_run_id) o.id, o.score_run_id, o.tier, o.maturity, o.justification,
            o.proposed_by_user_id, p.display_name AS proposed_by_name, o.proposed_at,
            o.confirmed_by_user_id, c.display_name AS confirmed_by_name, o.confirmed_at
       FROM score_override o JOIN "user" p ON p.id = o.proposed_by_user_id JOIN "user" c ON c.id = o.confirmed_by_user_id
      WHERE o.score_run_id = ANY($1::uuid[]) AND o.status = 'CONFIRMED'
      ORDER BY o.score_run_id, o.confirmed_at DESC, o.id DESC`,
    [[...runIds]],
  )) as OverrideRow[];
  return new Map(
    rows.map((row) => [
      row.score_run_id,
      {
        id: row.id,
        scoreRunId: row.score_run_id,
        tier: row.tier,
        maturity: row.maturity,
        justification: row.justification,
        proposedBy: { id: row.proposed_by_user_id, displayName: row.proposed_by_name },
        proposedAt: row.proposed_at,
        confirmedBy: { id: row.confirmed_by_user_id, displayName: row.confirmed_by_name },
        confirmedAt: row.confirmed_at,
      },
    ]),
  );
}

/**
 * Scorecards (the latest submission run of an assessment, explained: re-scoring runs sit in the history and
 * never replace what was reviewed), the history of runs, and the staff retry
 * after SCORING_FAILED. Who may see an assessment is decided where it was read; here only the one extra
 * rule: the provider's own users see scores once the assessment has been reviewed.
 */
@Injectable()
export class ScorecardsService {
  private readonly logger = new Logger(ScorecardsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AssessmentAccessService,
    private readonly pinned: PinnedQuestionnaires,
  ) {}

  /** For a caller who may see the assessment: may they see its scores too? */
  canSeeScores(actor: Actor | null, assessment: Pick<Assessment, 'supplierId' | 'status'>): boolean {
    if (!actor) return false;
    if (isAssociation(actor)) return true;
    if (actor.organisationId === assessment.supplierId) return REVIEWED.has(assessment.status);
    return true;
  }

  /** Per-request batches: the latest run and the history of every assessment of one response. */
  loaders(): ScoreRunLoaders {
    const runs = this.db.getRepository(ScoreRun);
    return {
      latest: new DataLoader(async (ids) => {
        const rows = await runs
          .createQueryBuilder('run')
          .distinctOn(['run.assessment_id'])
          .where('run.assessmentId IN (:...ids)', { ids: [...ids] })
          .andWhere('run.trigger = :trigger', { trigger: ScoreRunTrigger.SUBMISSION })
          .orderBy('run.assessmentId')
          .addOrderBy('run.scoredAt', 'DESC')
          .addOrderBy('run.id', 'DESC')
          .getMany();
        const byAssessment = new Map(rows.map((run) => [run.assessmentId, run]));
        return ids.map((id) => byAssessment.get(id) ?? null);
      }),
      history: new DataLoader(async (ids) => {
        const rows = await runs.find({ select: SUMMARY_COLUMNS, where: { assessmentId: In([...ids]) }, order: { scoredAt: 'DESC', id: 'DESC' } });
        return ids.map((id) => rows.filter((run) => run.assessmentId === id));
      }),
      override: new DataLoader(async (runIds) => {
        const byRun = await confirmedOverrides(this.db.manager, runIds);
        return runIds.map((id) => byRun.get(id) ?? null);
      }),
    };
  }

  async view(run: ScoreRun, templateId: string, override: ConfirmedOverride | null = null): Promise<ScorecardType> {
    return scorecardView(run, (await this.pinned.get(templateId)).definition, override);
  }

  /**
   * Certificate eligibility of an assessment (SPEC §3): its latest run, as a confirmed override leaves it, and
   * whether a reviewer approved it. Null before the first scoring. For the certificate issuer (no access check:
   * the caller has decided who may ask) and, per request in batches, for the GraphQL field.
   */
  async eligibilityOf(assessment: Pick<Assessment, 'id' | 'status'>, manager: EntityManager = this.db.manager): Promise<CertificateEligibilityType | null> {
    const run = await manager
      .getRepository(ScoreRun)
      .findOne({ select: { id: true, tier: true, maturity: true, confidence: true, redFlags: true }, where: { assessmentId: assessment.id, trigger: ScoreRunTrigger.SUBMISSION }, order: { scoredAt: 'DESC', id: 'DESC' } });
    if (!run) return null;
    const override = (await confirmedOverrides(manager, [run.id])).get(run.id) ?? null;
    return eligibilityView(run, override, assessment.status);
  }

  /** The scorecard for a download: NOT_FOUND when the caller may not see the assessment, its scores, or there are none yet. */
  async download(actor: Actor | null, assessmentId: string): Promise<ScorecardType> {
    const assessment = await this.access.requireVisible(actor, assessmentId);
    if (!this.canSeeScores(actor, assessment)) throw notFound('Scorecard');
    const loaders = this.loaders();
    const run = await loaders.latest.load(assessment.id);
    if (!run) throw notFound('Scorecard');
    return this.view(run, assessment.templateId, await loaders.override.load(run.id));
  }

  /**
   * SCORING_FAILED → SUBMITTED, with a new scoring job. The job key differs from the failed job's (BullMQ
   * keeps that one under its id), while the run stays unique per submission in the database.
   */
  async retryScoring(actor: Actor | null, assessmentId: string): Promise<Assessment> {
    const caller = requireAssociationStaff(actor);
    return this.db.transaction(async (manager) => {
      const assessment = await this.access.requireVisible(caller, assessmentId, manager, true);
      const status = transition(assessment.status, AssessmentEvent.RETRY_SCORING);
      const { submissionNumber } = assessment;
      const [{ n: previousJobs }] = (await manager.query(`SELECT count(*)::int AS n FROM outbox_message WHERE queue = $1 AND job_key LIKE $2`, [
        QueueName.SCORING,
        `${scoringJobKey(assessment.id, submissionNumber)}%`,
      ])) as [{ n: number }];
      const retry = Math.max(previousJobs, 1);
      const job: ScoreAssessmentJob = { queue: QueueName.SCORING, name: 'score-assessment', data: { assessmentId: assessment.id, submissionNumber } };
      await manager.update(Assessment, { id: assessment.id }, { status, scoringError: null });
      await addToOutbox(manager, { queue: job.queue, jobName: job.name, jobKey: scoringJobKey(assessment.id, submissionNumber, retry), payload: { ...job.data } });
      await recordAudit(manager, {
        action: 'assessment.scoring_retried',
        entityType: 'assessment',
        entityId: assessment.id,
        actorUserId: caller.userId,
        organisationId: assessment.supplierId,
        data: { submissionNumber, retry, previousError: assessment.scoringError },
      });
      this.logger.log({ assessmentId: assessment.id, submissionNumber, retry, userId: caller.userId }, 'scoring retried');
      return Object.assign(assessment, { status, scoringError: null });
    });
  }
}
