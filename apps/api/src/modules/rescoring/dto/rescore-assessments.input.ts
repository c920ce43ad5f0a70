import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { trimmed } from '../../../common/input-transforms.js';

@InputType()
export class RescoreAssessmentsInput {
  @Field({ description: 'The methodology version to score with, e.g. "assay-v1"' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 40)
  methodologyVersion: string;
}
