import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { EvidenceFileType } from '../../evidence/dto/evidence-file.type.js';

@ObjectType('AnswerAuthor', { description: 'Who saved an answer' })
export class AnswerAuthorType {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

/** `answeredBy` and `evidence` are resolved in batches by AnswersResolver. */
@ObjectType('Answer')
export class AnswerType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assessmentId: string;

  @Field()
  questionCode: string;

  @Field(() => String, { nullable: true, description: 'The value as JSON (see AnswerInput.value); null when NOT_APPLICABLE or cleared' })
  value: string | null;

  @Field()
  notApplicable: boolean;

  @Field()
  comment: string;

  @Field(() => Int, { description: 'Pass it back as expectedVersion when saving this answer again' })
  version: number;

  @Field()
  answeredAt: Date;

  @Field(() => AnswerAuthorType, { nullable: true })
  answeredBy: AnswerAuthorType | null;

  @Field(() => [EvidenceFileType], { description: 'Attached evidence (upload with POST /evidence, then attachEvidence)' })
  evidence: EvidenceFileType[];
}
