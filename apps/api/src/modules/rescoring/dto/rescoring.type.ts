import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RescoringStatus } from '@assay/domain';
import { PageInfoType } from '../../../common/page-info.type.js';
import { StaffMemberType } from '../../scorecards/dto/scorecard.type.js';

@ObjectType('RescoringFailure', { description: 'An assessment a re-scoring could not score, and why' })
export class RescoringFailureType {
  @Field(() => ID)
  assessmentId: string;

  @Field()
  error: string;

  @Field()
  failedAt: Date;
}

@ObjectType('Rescoring', {
  description:
    'A re-scoring of every scored assessment under one methodology version, and its progress. Its runs sit beside the others ' +
    '(Assessment.scoreRuns, trigger RESCORE); scorecards, statuses and certificates keep the reviewed submission run.',
})
export class RescoringType {
  @Field(() => ID)
  id: string;

  @Field()
  methodologyVersion: string;

  @Field(() => StaffMemberType)
  requestedBy: StaffMemberType;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while running' })
  finishedAt: Date | null;

  @Field(() => RescoringStatus)
  status: RescoringStatus;

  @Field(() => Int, { description: 'Assessments it scores: those SCORED, UNDER_REVIEW, APPROVED or REJECTED when it was requested' })
  total: number;

  @Field(() => Int)
  done: number;

  @Field(() => Int)
  failed: number;

  @Field(() => Int)
  pending: number;
}

@ObjectType('RescoringConnection')
export class RescoringConnectionType {
  @Field(() => [RescoringType])
  nodes: RescoringType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;
}
