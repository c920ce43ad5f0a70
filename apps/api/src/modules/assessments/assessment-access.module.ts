import { Module } from '@nestjs/common';
import { AssessmentAccessService } from './assessment-access.service.js';

/** Shared by the assessments, evidence and sharing modules. */
@Module({
  providers: [AssessmentAccessService],
  exports: [AssessmentAccessService],
})
export class AssessmentAccessModule {}
