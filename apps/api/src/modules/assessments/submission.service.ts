import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Assessment, NotificationKind, addToOutbox, recordAudit } from '@assay/database';
import { AssessmentEvent, answerField, badInput, missingRequired, requireActor, transition, type Actor } from '@assay/domain';
import { QueueName, scoringJobKey, type ScoreAssessmentJob } from '@assay/queue';
import { NotificationsService } from '../notifications/notifications.service.js';
import { AssessmentAccessService } from './assessment-access.service.js';
import { loadAnswerState } from './answer-state.js';
import { PinnedQuestionnaires } from './pinned-questionnaires.js';

/**
 * Submission: the provider's own users hand in their answers. Refused while required applicable questions
 * are unanswered; on success the answers lock and, in the same transaction, the outbox receives the scoring
 * job that the scoring worker consumes.
 */
@Injectable()
export class SubmissionService {
  private readonly logger = new Logger(SubmissionService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AssessmentAccessService,
    private readonly pinned: PinnedQuestionnaires,
    private readonly notifications: NotificationsService,
  ) {}

  async submit(actor: Actor | null, assessmentId: string): Promise<Assessment> {
    const caller = requireActor(actor);
    return this.db.transaction(async (manager) => {
      const assessment = await this.access.requireAnswerable(caller, assessmentId, manager, true);
      const status = transition(assessment.status, AssessmentEvent.SUBMIT);
      const { definition } = await this.pinned.get(assessment.templateId, manager);
      const { scope, saved } = await loadAnswerState(manager, assessment.id);
      const missing = missingRequired(definition, scope, saved);
      if (missing.length > 0) {
        throw badInput(
          missing.map((code) => ({ field: answerField(code), message: 'is required' })),
          `Required questions are unanswered: ${missing.join(', ')}`,
        );
      }

      const submissionNumber = assessment.submissionNumber + 1;
      const submittedAt = new Date();
      await manager.update(Assessment, { id: assessment.id }, { status, submissionNumber, submittedAt });
      const job: ScoreAssessmentJob = { queue: QueueName.SCORING, name: 'score-assessment', data: { assessmentId: assessment.id, submissionNumber } };
      await addToOutbox(manager, { queue: job.queue, jobName: job.name, jobKey: scoringJobKey(assessment.id, submissionNumber), payload: { ...job.data } });
      await recordAudit(manager, {
        action: 'assessment.submitted',
        entityType: 'assessment',
        entityId: assessment.id,
        actorUserId: caller.userId,
        organisationId: assessment.supplierId,
        data: { submissionNumber, answers: saved.size },
      });
      const [supplier] = (await manager.query('SELECT legal_name FROM organisation WHERE id = $1', [assessment.supplierId])) as { legal_name: string }[];
      await this.notifications.notifyOrganisationsAndAssociation(manager, [assessment.requestedByOrganisationId], NotificationKind.ASSESSMENT_SUBMITTED, {
        assessmentId: assessment.id,
        supplierId: assessment.supplierId,
        supplierName: supplier?.legal_name,
        submissionNumber,
      });
      this.logger.log({ assessmentId: assessment.id, submissionNumber, userId: caller.userId }, 'assessment submitted');
      return Object.assign(assessment, { status, submissionNumber, submittedAt });
    });
  }
}
