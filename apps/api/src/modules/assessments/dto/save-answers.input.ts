import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsInt, IsOptional, IsString, IsUUID, Length, MaxLength, Min, ValidateNested } from 'class-validator';

export const MAX_ANSWERS_PER_SAVE = 200;
export const MAX_COMMENT_LENGTH = 5000;
/** Bounds the JSON text of one value before it is parsed; a TEXT question's own limit is checked after. */
export const MAX_VALUE_JSON_LENGTH = 20_000;

/** Input fields have no defaults: mercurius' jit ignores input-field defaults given through variables. */
@InputType()
export class AnswerInput {
  @Field({ description: 'The question code, e.g. `T6.3`' })
  @IsString()
  @Length(1, 20)
  questionCode: string;

  @Field(() => String, {
    nullable: true,
    description: 'The value as JSON: true/false, "OPTION", ["A","B"], 0-4, a number, "text"; null clears it (or with notApplicable)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_VALUE_JSON_LENGTH)
  value?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'NOT_APPLICABLE, where the question allows it (default false); the value must then be null' })
  @IsOptional()
  @IsBoolean()
  notApplicable?: boolean | null;

  @Field(() => String, { nullable: true, description: `At most ${MAX_COMMENT_LENGTH} characters. A save replaces the whole answer: send the comment again to keep it` })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_COMMENT_LENGTH)
  comment?: string | null;

  @Field(() => Int, { description: 'The version of the answer the respondent last saw; 0 for a question not answered yet' })
  @IsInt()
  @Min(0)
  expectedVersion: number;
}

@InputType({ description: 'A batch of answers, saved all together or not at all' })
export class SaveAnswersInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be an assessment id' })
  assessmentId: string;

  @Field(() => [AnswerInput], { description: `1 to ${MAX_ANSWERS_PER_SAVE} answers, each question at most once` })
  @IsArray()
  @ArrayMinSize(1, { message: 'must hold at least one answer' })
  @ArrayMaxSize(MAX_ANSWERS_PER_SAVE, { message: `must hold at most ${MAX_ANSWERS_PER_SAVE} answers` })
  @ValidateNested({ each: true })
  @Type(() => AnswerInput)
  answers: AnswerInput[];
}
