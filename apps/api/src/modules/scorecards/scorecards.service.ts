import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, In, type FindOptionsSelect } from 'typeorm';
import { Assessment, ScoreRun, addToOutbox, recordAudit } from '@assay/database';
import { AssessmentEvent, AssessmentStatus, isAssociation, notFound, requireAssociationStaff, transition, type Actor } from '@assay/domain';
import { QueueName, scoringJobKey, type ScoreAssessmentJob } from '@assay/queue';
import { AssessmentAccessService } from '../assessments/assessment-access.service.js';
import { PinnedQuestionnaires } from '../assessments/pinned-questionnaires.js';
import type { ScorecardType } from './dto/scorecard.type.js';
import { scorecardView } from './scorecard.view.js';

/** Once a reviewer has decided, the provider may see its scores (SPEC §5: "scores once reviewed"). */
const REVIEWED: ReadonlySet<AssessmentStatus> = new Set([AssessmentStatus.APPROVED, AssessmentStatus.REJECTED, AssessmentStatus.CHANGES_REQUESTED]);

/** The summary columns of a run (the history leaves the explanation out). */
const SUMMARY_COLUMNS = Object.fromEntries(
  ['id', 'assessmentId', 'methodologyVersion', 'trigger', 'submissionNumber', 'scoredAt', 'inherentRisk', 'maturity', 'residualRisk', 'tier', 'confidence'].map((column) => [column, true]),
) as FindOptionsSelect<ScoreRun>;

export interface ScoreRunLoaders {
  latest: DataLoader<string, ScoreRun | null>;
  history: DataLoader<string, ScoreRun[]>;
}

/**
 * Scorecards (the latest score run of an assessment, explained), the history of runs, and the staff retry
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
    };
  }

  async view(run: ScoreRun, templateId: string): Promise<ScorecardType> {
    return scorecardView(run, (await this.pinned.get(templateId)).definition);
  }

  /** The scorecard for a download: NOT_FOUND when the caller may not see the assessment, its scores, or there are none yet. */
  async download(actor: Actor | null, assessmentId: string): Promise<ScorecardType> {
    const assessment = await this.access.requireVisible(actor, assessmentId);
    if (!this.canSeeScores(actor, assessment)) throw notFound('Scorecard');
    const run = await this.loaders().latest.load(assessment.id);
    if (!run) throw notFound('Scorecard');
    return this.view(run, assessment.templateId);
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
