import { Module } from '@nestjs/common';
import { RescoringResolver } from './rescoring.resolver.js';
import { RescoringService } from './rescoring.service.js';

/** Re-scoring all scored assessments under a methodology version, and its progress (the work is the worker's). */
@Module({
  providers: [RescoringService, RescoringResolver],
})
export class RescoringModule {}
