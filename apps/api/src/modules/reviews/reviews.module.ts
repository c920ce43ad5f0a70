import { Module } from '@nestjs/common';
import { AssessmentAccessModule } from '../assessments/assessment-access.module.js';
import { PinnedQuestionnaires } from '../assessments/pinned-questionnaires.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ScorecardsModule } from '../scorecards/scorecards.module.js';
import { ReviewQueueService } from './review-queue.service.js';
import { ReviewReads } from './review-reads.js';
import { ReviewsResolver } from './reviews.resolver.js';
import { ReviewsService } from './reviews.service.js';
import { ScoreOverridesService } from './score-overrides.service.js';

/** The association's review work (SPEC §3 "Review", §4): queue, claims, decisions, four-eyes overrides. */
@Module({
  imports: [AssessmentAccessModule, NotificationsModule, ScorecardsModule],
  providers: [PinnedQuestionnaires, ReviewQueueService, ReviewReads, ReviewsService, ScoreOverridesService, ReviewsResolver],
})
export class ReviewsModule {}
