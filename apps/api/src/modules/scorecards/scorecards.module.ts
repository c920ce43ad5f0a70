import { Module } from '@nestjs/common';
import { BearerActorGuard } from '../../common/rest-actor.js';
import { AssessmentAccessModule } from '../assessments/assessment-access.module.js';
import { PinnedQuestionnaires } from '../assessments/pinned-questionnaires.js';
import { AuthModule } from '../auth/auth.module.js';
import { ScorecardsController } from './scorecards.controller.js';
import { ScorecardsResolver } from './scorecards.resolver.js';
import { ScorecardsService } from './scorecards.service.js';

/** Scorecards and score-run history (GraphQL and CSV/JSON downloads), and the staff retry of failed scoring. */
@Module({
  imports: [AuthModule, AssessmentAccessModule],
  controllers: [ScorecardsController],
  providers: [PinnedQuestionnaires, ScorecardsService, ScorecardsResolver, BearerActorGuard],
  exports: [ScorecardsService],
})
export class ScorecardsModule {}
