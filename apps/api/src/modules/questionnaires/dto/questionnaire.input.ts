import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { MAX_DOCUMENT_BYTES, QuestionnaireFormat } from '../questionnaire-document.js';

@InputType({ description: 'A whole questionnaire as one document in the questionnaire format (docs/questionnaire-format.md)' })
export class ImportQuestionnaireInput {
  // A first gate on characters; the service checks the UTF-8 size too.
  @Field({ description: 'The document, at most 2 MB' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_DOCUMENT_BYTES)
  content: string;

  @Field(() => QuestionnaireFormat)
  @IsEnum(QuestionnaireFormat)
  format: QuestionnaireFormat;
}

@InputType({ description: "A draft's new definition; its `key` must stay the draft's" })
export class ReplaceDraftDefinitionInput extends ImportQuestionnaireInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'must be a questionnaire template id' })
  templateId: string;
}
