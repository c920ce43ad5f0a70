import { Field, ID, InputType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';

@InputType()
export class IssueCertificateInput {
  @Field(() => ID, { description: 'An APPROVED assessment whose effective scores are eligible' })
  @IsUUID('all', { message: 'must be an assessment id' })
  assessmentId: string;
}
