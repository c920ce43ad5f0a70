import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Assessment, NotificationKind, Review, ReviewDecision, recordAudit, type QuestionComment } from '@assay/database';
import {
  AssessmentEvent,
  badInput,
  conflict,
  forbidden,
  isAssociationAdmin,
  requireAssociationStaff,
  transition,
  AssessmentStatus,
  type Actor,
} from '@assay/domain';
import { AssessmentAccessService } from '../assessments/assessment-access.service.js';
import { PinnedQuestionnaires } from '../assessments/pinned-questionnaires.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ScorecardsService } from '../scorecards/scorecards.service.js';
import type { ApproveAssessmentInput, RejectAssessmentInput, RequestAssessmentChangesInput } from './dto/review-inputs.input.js';
import { checkApproval, checkChangeRequest, checkRejection } from './review-input.js';

interface Decision {
  event: AssessmentEvent.APPROVE | AssessmentEvent.REJECT | AssessmentEvent.REQUEST_CHANGES;
  decision: ReviewDecision;
  comment: string | null;
  questionComments: QuestionComment[];
  conditions: string | null;
}

const AUDIT_ACTION: Record<ReviewDecision, string> = {
  [ReviewDecision.APPROVE]: 'assessment.approved',
  [ReviewDecision.REJECT]: 'assessment.rejected',
  [ReviewDecision.REQUEST_CHANGES]: 'assessment.changes_requested',
};

/**
 * Reviews (SPEC §3, §4): association reviewers and admins claim a scored assessment, then the claimant
 * approves, rejects or requests changes. Only the claimant decides (an admin may release someone else's
 * claim, then claim it): two reviewers never decide the same assessment at once. Every step writes an
 * audit event, and decisions notify the provider (and the requester), in the transaction of the change.
 */
@Injectable()
export class ReviewsService {
  private readonly logger = new Logger(ReviewsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AssessmentAccessService,
    private readonly pinned: PinnedQuestionnaires,
    private readonly notifications: NotificationsService,
    private readonly scorecards: ScorecardsService,
  ) {}

  /** SCORED → UNDER_REVIEW, claimed by the caller. */
  async claim(actor: Actor | null, assessmentId: string): Promise<Assessment> {
    const caller = requireAssociationStaff(actor);
    return this.db.transaction(async (manager) => {
      const assessment = await this.access.requireVisible(caller, assessmentId, manager, true);
      if (assessment.claimedByUserId) throw conflict(`The review is already claimed by ${await this.nameOf(manager, assessment.claimedByUserId)}`);
      const status = transition(assessment.status, AssessmentEvent.START_REVIEW);
      const claimedAt = new Date();
      await manager.update(Assessment, { id: assessment.id }, { status, claimedByUserId: caller.userId, claimedAt });
      await this.audit(manager, caller, assessment, 'assessment.review_claimed', {});
      this.logger.log({ assessmentId: assessment.id, userId: caller.userId }, 'review claimed');
      return Object.assign(assessment, { status, claimedByUserId: caller.userId, claimedAt });
    });
  }

  /** UNDER_REVIEW → SCORED, back in the queue: by the claimant, or an association admin. */
  async release(actor: Actor | null, assessmentId: string): Promise<Assessment> {
    const caller = requireAssociationStaff(actor);
    return this.db.transaction(async (manager) => {
      const assessment = await this.access.requireVisible(caller, assessmentId, manager, true);
      const status = transition(assessment.status, AssessmentEvent.RELEASE);
      if (assessment.claimedByUserId !== caller.userId && !isAssociationAdmin(caller)) {
        throw forbidden('Only the reviewer who claimed this review, or an association admin, may release it');
      }
      await manager.update(Assessment, { id: assessment.id }, { status, claimedByUserId: null, claimedAt: null });
      await this.audit(manager, caller, assessment, 'assessment.review_released', { claimedByUserId: assessment.claimedByUserId });
      this.logger.log({ assessmentId: assessment.id, userId: caller.userId, claimedByUserId: assessment.claimedByUserId }, 'review released');
      return Object.assign(assessment, { status, claimedByUserId: null, claimedAt: null });
    });
  }

  async approve(actor: Actor | null, input: ApproveAssessmentInput): Promise<Assessment> {
    const { comment, conditions } = checkApproval(input);
    return this.decide(actor, input.assessmentId, AssessmentEvent.APPROVE, async (manager, assessment) => {
      // Approving a score that is not eligible is the reviewer's call; a conditional level needs its conditions.
      // The level is the one the approval would give: asked as if approved.
      const eligibility = await this.scorecards.eligibilityOf({ id: assessment.id, status: AssessmentStatus.APPROVED }, manager);
      if (eligibility?.level === 'CERTIFIED_WITH_CONDITIONS' && !conditions) {
        throw badInput(
          [{ field: 'input.conditions', message: 'is required: the effective scores give CERTIFIED_WITH_CONDITIONS' }],
          'Write the conditions the certificate will carry (level CERTIFIED_WITH_CONDITIONS)',
        );
      }
      return { decision: ReviewDecision.APPROVE, comment, questionComments: [], conditions };
    });
  }

  async reject(actor: Actor | null, input: RejectAssessmentInput): Promise<Assessment> {
    const { comment } = checkRejection(input);
    return this.decide(actor, input.assessmentId, AssessmentEvent.REJECT, () => ({ decision: ReviewDecision.REJECT, comment, questionComments: [], conditions: null }));
  }

  /** Answers reopen; the provider's next submission is scored as a new run and comes back to the queue. */
  async requestChanges(actor: Actor | null, input: RequestAssessmentChangesInput): Promise<Assessment> {
    return this.decide(actor, input.assessmentId, AssessmentEvent.REQUEST_CHANGES, async (_manager, assessment) => {
      const { questions } = await this.pinned.get(assessment.templateId);
      const { comment, questionComments } = checkChangeRequest(input, (code) => questions.has(code));
      return { decision: ReviewDecision.REQUEST_CHANGES, comment, questionComments, conditions: null };
    });
  }

  /**
   * The shared steps of a decision, in one transaction under the assessment's row lock: the state allows
   * it, the caller holds the claim, no override waits for confirmation; then the review row, the status,
   * the audit event and the notifications.
   */
  private async decide(
    actor: Actor | null,
    assessmentId: string,
    event: Decision['event'],
    build: (manager: EntityManager, assessment: Assessment) => Omit<Decision, 'event'> | Promise<Omit<Decision, 'event'>>,
  ): Promise<Assessment> {
    const caller = requireAssociationStaff(actor);
    return this.db.transaction(async (manager) => {
      const assessment = await this.access.requireVisible(caller, assessmentId, manager, true);
      const status = transition(assessment.status, event);
      if (assessment.claimedByUserId !== caller.userId) {
        const holder = assessment.claimedByUserId ? await this.nameOf(manager, assessment.claimedByUserId) : 'nobody';
        throw conflict(`Only the reviewer who claimed this review decides; it is claimed by ${holder}`);
      }
      const [run] = (await manager.query(
        `SELECT r.id, EXISTS (SELECT 1 FROM score_override o WHERE o.score_run_id = r.id AND o.status = 'PENDING') AS pending
           FROM score_run r WHERE r.assessment_id = $1 AND r.trigger = 'SUBMISSION' ORDER BY r.scored_at DESC, r.id DESC LIMIT 1`,
        [assessment.id],
      )) as { id: string; pending: boolean }[];
      if (!run) throw new Error(`assessment ${assessment.id} is ${assessment.status} without a score run`); // scoring always writes one
      if (run.pending) throw conflict('An override of this score waits for confirmation: confirm or withdraw it before deciding');
      const decision: Decision = { event, ...(await build(manager, assessment)) };

      const review = await manager.save(
        manager.create(Review, {
          assessmentId: assessment.id,
          scoreRunId: run.id,
          submissionNumber: assessment.submissionNumber,
          reviewerUserId: caller.userId,
          decision: decision.decision,
          comment: decision.comment,
          questionComments: decision.questionComments,
          conditions: decision.conditions,
        }),
      );
      await manager.update(Assessment, { id: assessment.id }, { status, claimedByUserId: null, claimedAt: null });
      await this.audit(manager, caller, assessment, AUDIT_ACTION[decision.decision], {
        reviewId: review.id,
        scoreRunId: run.id,
        submissionNumber: assessment.submissionNumber,
        questionComments: decision.questionComments.length,
        conditions: decision.conditions,
      });
      await this.notify(manager, assessment, decision, review.id);
      this.logger.log({ assessmentId: assessment.id, reviewId: review.id, decision: decision.decision, userId: caller.userId }, 'review decided');
      return Object.assign(assessment, { status, claimedByUserId: null, claimedAt: null });
    });
  }

  /** Changes requested: the provider's users. Approved or rejected: the provider's and the requester's users. */
  private async notify(manager: EntityManager, assessment: Assessment, decision: Decision, reviewId: string): Promise<void> {
    const [supplier] = (await manager.query('SELECT legal_name FROM organisation WHERE id = $1', [assessment.supplierId])) as { legal_name: string }[];
    const data = { assessmentId: assessment.id, supplierId: assessment.supplierId, supplierName: supplier?.legal_name, reviewId };
    if (decision.decision === ReviewDecision.REQUEST_CHANGES) {
      await this.notifications.notifyOrganisations(manager, [assessment.supplierId], NotificationKind.CHANGES_REQUESTED, {
        ...data,
        questionComments: decision.questionComments.length,
      });
      return;
    }
    const kind = decision.decision === ReviewDecision.APPROVE ? NotificationKind.ASSESSMENT_APPROVED : NotificationKind.ASSESSMENT_REJECTED;
    await this.notifications.notifyOrganisations(manager, [...new Set([assessment.supplierId, assessment.requestedByOrganisationId])], kind, data);
  }

  private audit(manager: EntityManager, caller: Actor, assessment: { id: string; supplierId: string; status: AssessmentStatus }, action: string, data: Record<string, unknown>) {
    return recordAudit(manager, {
      action,
      entityType: 'assessment',
      entityId: assessment.id,
      actorUserId: caller.userId,
      organisationId: assessment.supplierId,
      data: { fromStatus: assessment.status, ...data },
    });
  }

  private async nameOf(manager: EntityManager, userId: string): Promise<string> {
    const [user] = (await manager.query('SELECT display_name FROM "user" WHERE id = $1', [userId])) as { display_name: string }[];
    return user?.display_name ?? 'a former reviewer';
  }
}
