import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length } from 'class-validator';
import { trimmed } from '../../../common/input-transforms.js';

@InputType({ description: "An evidence file and the answer (of one assessment's question) it supports" })
export class EvidenceAttachmentInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assessment id' })
  assessmentId: string;

  @Field({ description: 'e.g. T6.3' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 20)
  questionCode: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'must be an evidence file id' })
  evidenceId: string;
}
