import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Allow, IsUUID } from 'class-validator';
import { ProductCategory, Tier } from '@assay/domain';
import { RequesterKind } from '@assay/database';

/**
 * The text fields are checked by the services (`review-input.ts`), so each problem is named by its place in
 * the input (`input.comment`, `input.questionComments[2].questionCode`); `@Allow` keeps them through the
 * global whitelist.
 */
@InputType()
export class ReviewQueueFilterInput {
  @Field(() => Tier, { nullable: true, description: 'The effective tier (after a confirmed override)' })
  @Allow()
  tier?: Tier | null;

  @Field(() => ProductCategory, { nullable: true, description: 'A product of that category is in scope' })
  @Allow()
  category?: ProductCategory | null;

  @Field(() => RequesterKind, { nullable: true })
  @Allow()
  requesterKind?: RequesterKind | null;

  @Field(() => ID, { nullable: true, description: 'The organisation that requested the assessment' })
  @Allow()
  requestedByOrganisationId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only claimed (UNDER_REVIEW); false: only unclaimed (SCORED)' })
  @Allow()
  claimed?: boolean | null;
}

@InputType()
export class QuestionCommentInput {
  @Field()
  @Allow()
  questionCode: string;

  @Field()
  @Allow()
  comment: string;
}

@InputType()
export class ApproveAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assessment id' })
  assessmentId: string;

  @Field(() => String, { nullable: true })
  @Allow()
  comment?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when the effective scores give CERTIFIED_WITH_CONDITIONS: the conditions the certificate carries' })
  @Allow()
  conditions?: string | null;
}

@InputType()
export class RejectAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assessment id' })
  assessmentId: string;

  @Field({ description: 'Why: the provider and the requester read it' })
  @Allow()
  comment: string;
}

@InputType()
export class RequestAssessmentChangesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assessment id' })
  assessmentId: string;

  @Field({ description: 'What to change, in general' })
  @Allow()
  comment: string;

  @Field(() => [QuestionCommentInput], { nullable: true, description: 'What to change where: codes of the pinned questionnaire' })
  @Allow()
  questionComments?: QuestionCommentInput[] | null;
}

@InputType()
export class ProposeScoreOverrideInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assessment id' })
  assessmentId: string;

  @Field(() => Tier, { nullable: true })
  @Allow()
  tier?: Tier | null;

  @Field(() => Float, { nullable: true, description: '0 to 100' })
  @Allow()
  maturity?: number | null;

  @Field({ description: 'Why the methodology got it wrong (at least 20 characters); kept on the score with both names' })
  @Allow()
  justification: string;
}
