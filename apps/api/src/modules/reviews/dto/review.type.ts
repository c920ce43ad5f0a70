import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ReviewDecision, ScoreOverrideStatus } from '@assay/database';
import { Tier } from '@assay/domain';
import { PageInfoType } from '../../../common/page-info.type.js';
import { AssessmentType } from '../../assessments/dto/assessment.type.js';
import { StaffMemberType } from '../../scorecards/dto/scorecard.type.js';

@ObjectType('ReviewQuestionComment')
export class ReviewQuestionCommentType {
  @Field()
  questionCode: string;

  @Field()
  comment: string;
}

@ObjectType('Review', { description: "A reviewer's decision on one scored submission" })
export class ReviewType {
  @Field(() => ID)
  id: string;

  @Field(() => ReviewDecision)
  decision: ReviewDecision;

  @Field(() => String, { nullable: true })
  comment: string | null;

  @Field(() => [ReviewQuestionCommentType])
  questionComments: ReviewQuestionCommentType[];

  @Field(() => String, { nullable: true, description: 'With an approval: the conditions a CERTIFIED_WITH_CONDITIONS certificate carries' })
  conditions: string | null;

  @Field(() => Int)
  submissionNumber: number;

  @Field(() => ID)
  scoreRunId: string;

  @Field(() => StaffMemberType)
  reviewer: StaffMemberType;

  @Field()
  decidedAt: Date;
}

@ObjectType('ReviewClaim', { description: 'Who is reviewing an assessment (association staff only)' })
export class ReviewClaimType {
  @Field(() => StaffMemberType)
  claimedBy: StaffMemberType;

  @Field()
  claimedAt: Date;
}

@ObjectType('ScoreOverride', { description: 'A proposed change of the tier and/or maturity of a score run; it counts once another reviewer confirms it' })
export class ScoreOverrideType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assessmentId: string;

  @Field(() => ID)
  scoreRunId: string;

  @Field(() => ScoreOverrideStatus)
  status: ScoreOverrideStatus;

  @Field(() => Tier, { nullable: true })
  tier: Tier | null;

  @Field(() => Float, { nullable: true })
  maturity: number | null;

  @Field()
  justification: string;

  @Field(() => StaffMemberType)
  proposedBy: StaffMemberType;

  @Field()
  proposedAt: Date;

  @Field(() => StaffMemberType, { nullable: true })
  confirmedBy: StaffMemberType | null;

  @Field(() => Date, { nullable: true })
  confirmedAt: Date | null;

  @Field(() => StaffMemberType, { nullable: true })
  withdrawnBy: StaffMemberType | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;
}

@ObjectType('ReviewQueueItem')
export class ReviewQueueItemType {
  @Field(() => AssessmentType)
  assessment: AssessmentType;

  @Field({ description: 'When the current submission was scored: the queue is oldest first by it' })
  scoredAt: Date;

  @Field(() => Tier, { description: 'Effective (after a confirmed override)' })
  tier: Tier;

  @Field(() => Float, { description: 'Effective (after a confirmed override)' })
  maturity: number;

  @Field()
  overridden: boolean;

  @Field({ description: 'An override waits for a second person to confirm it' })
  overridePending: boolean;

  @Field(() => ReviewClaimType, { nullable: true })
  claim: ReviewClaimType | null;
}

@ObjectType('ReviewQueueConnection')
export class ReviewQueueConnectionType {
  @Field(() => [ReviewQueueItemType])
  nodes: ReviewQueueItemType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;
}
