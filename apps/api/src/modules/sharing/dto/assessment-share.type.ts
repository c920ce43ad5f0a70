import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('AssessmentShare', { description: "A provider's grant of an assessment to a client or a working group; a withdrawn one stays in the history" })
export class AssessmentShareType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assessmentId: string;

  @Field(() => ID, { nullable: true })
  clientOrganisationId: string | null;

  @Field(() => String, { nullable: true })
  clientOrganisationName: string | null;

  @Field(() => ID, { nullable: true })
  workingGroupId: string | null;

  @Field(() => String, { nullable: true })
  workingGroupName: string | null;

  @Field(() => ID)
  grantedByUserId: string;

  @Field(() => String, { nullable: true })
  grantedByName: string | null;

  @Field()
  grantedAt: Date;

  @Field(() => ID, { nullable: true })
  withdrawnByUserId: string | null;

  @Field(() => String, { nullable: true })
  withdrawnByName: string | null;

  @Field(() => Date, { nullable: true })
  withdrawnAt: Date | null;

  @Field({ description: 'Not withdrawn: the target sees the assessment through it' })
  active: boolean;
}
