import { Field, ID, InputType } from '@nestjs/graphql';
import { Allow } from 'class-validator';
import { AssessmentStatus } from '@assay/domain';

/**
 * `@Allow` only keeps the fields through the global whitelist: parseAssessmentListQuery checks them, so a
 * problem is named `filter.<field>` (the global pipe would call every argument `input`).
 */
@InputType()
export class AssessmentFilterInput {
  @Field(() => AssessmentStatus, { nullable: true })
  @Allow()
  status?: AssessmentStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only the assessments of this supplier' })
  @Allow()
  supplierId?: string | null;
}
