import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { AssessmentAccessModule } from './assessment-access.module.js';
import { AssessmentLoaderFactory } from './assessment.loaders.js';
import { AssessmentsResolver } from './assessments.resolver.js';
import { AssessmentsService } from './assessments.service.js';
import { AnswersResolver } from './answers.resolver.js';
import { AnswersService } from './answers.service.js';
import { PinnedQuestionnaires } from './pinned-questionnaires.js';
import { SubmissionService } from './submission.service.js';

/** Requesting assessments, answering them and submitting them (SPEC §3, §4). */
@Module({
  imports: [AssessmentAccessModule, NotificationsModule],
  providers: [PinnedQuestionnaires, AssessmentLoaderFactory, AssessmentsService, AnswersService, SubmissionService, AssessmentsResolver, AnswersResolver],
})
export class AssessmentsModule {}
