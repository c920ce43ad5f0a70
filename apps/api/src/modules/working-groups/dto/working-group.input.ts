import { Field, ID, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, MaxLength, ValidateIf } from 'class-validator';
import { isPresent, trimmed } from '../../../common/input-transforms.js';

export const DESCRIPTION_MAX_LENGTH = 2000;

@InputType()
export class CreateWorkingGroupInput {
  @Field({ description: 'Unique, e.g. "Extractives client working group"' })
  @Transform(trimmed)
  @IsString()
  @Length(2, 200)
  name: string;

  // Optional rather than `defaultValue: ''`: graphql-jit (mercurius `jit`) ignores input-field defaults in variables.
  @Field(() => String, { nullable: true, description: 'Empty when left out' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  description?: string | null;
}

@InputType({ description: 'Only the fields given change' })
export class UpdateWorkingGroupInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a working group id' })
  id: string;

  @Field(() => String, { nullable: true })
  @ValidateIf(isPresent)
  @Transform(trimmed)
  @IsString()
  @Length(2, 200)
  name?: string;

  @Field(() => String, { nullable: true })
  @ValidateIf(isPresent)
  @Transform(trimmed)
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  description?: string;
}
