import { Field, ID, InputType } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';

@InputType({ description: 'Give exactly one of clientOrganisationId and workingGroupId' })
export class ShareAssessmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assessment id' })
  assessmentId: string;

  @Field(() => ID, { nullable: true, description: 'A CLIENT organisation' })
  @IsOptional()
  @IsUUID('all', { message: 'must be an organisation id' })
  clientOrganisationId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'must be a working group id' })
  workingGroupId?: string | null;
}
