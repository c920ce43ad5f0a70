import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { TemplateStatus } from '@assay/database';
import { QuestionType } from '@assay/domain';

@ObjectType('LocalizedText', { description: 'A text in the three languages of the platform' })
export class LocalizedTextType {
  @Field()
  en: string;

  @Field()
  fr: string;

  @Field()
  es: string;
}

@ObjectType('QuestionOption')
export class QuestionOptionType {
  @Field({ description: 'Stable value stored in answers, e.g. `QUARTERLY`' })
  value: string;

  @Field(() => LocalizedTextType)
  label: LocalizedTextType;

  @Field(() => Float, { description: 'Score of choosing it, in [0, 1]' })
  points: number;
}

@ObjectType('RedFlagRule', { description: 'An answer that is a knock-out whatever the rest says' })
export class RedFlagRuleType {
  @Field()
  id: string;

  @Field(() => LocalizedTextType)
  label: LocalizedTextType;

  @Field({ description: 'When the flag is raised, as JSON in the questionnaire format: `{"equals": …}` or `{"includes": "…"}`' })
  whenJson: string;
}

@ObjectType('Question')
export class TemplateQuestionType {
  @Field({ description: 'Stable code, e.g. `T6.3`: answers, conditions and reviews refer to it' })
  code: string;

  @Field(() => QuestionType)
  type: QuestionType;

  @Field(() => LocalizedTextType)
  text: LocalizedTextType;

  @Field(() => LocalizedTextType, { nullable: true })
  help: LocalizedTextType | null;

  @Field(() => [QuestionOptionType], { description: 'SINGLE_CHOICE and MULTI_CHOICE; empty otherwise' })
  options: QuestionOptionType[];

  @Field(() => Float, { nullable: true, description: 'NUMBER only' })
  min: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER only' })
  max: number | null;

  @Field(() => Float, { nullable: true, description: 'NUMBER only: the value that scores 1 (default: max)' })
  target: number | null;

  @Field(() => Int, { nullable: true, description: 'TEXT only' })
  maxLength: number | null;

  @Field(() => Int, { description: '1 to 3' })
  weight: number;

  @Field()
  required: boolean;

  @Field()
  evidenceExpected: boolean;

  @Field()
  notApplicableAllowed: boolean;

  @Field(() => [String], { description: 'Public references, e.g. `ICoC §21`, `UNGP 17`, `CM/Rec(2024)5 P6`' })
  references: string[];

  @Field(() => String, {
    nullable: true,
    description: 'When the question applies, as JSON in the questionnaire format (a recursive condition); null: always',
  })
  applicableWhenJson: string | null;

  @Field(() => [RedFlagRuleType])
  redFlags: RedFlagRuleType[];
}

@ObjectType('Theme', { description: 'A section of a questionnaire, e.g. T7 Privacy and data protection' })
export class ThemeType {
  @Field()
  code: string;

  @Field(() => LocalizedTextType)
  title: LocalizedTextType;

  @Field(() => LocalizedTextType, { nullable: true })
  description: LocalizedTextType | null;

  @Field(() => [TemplateQuestionType])
  questions: TemplateQuestionType[];
}

/** `description` and `themes` are resolved from the stored definition by QuestionnairesResolver. */
@ObjectType('QuestionnaireTemplate', { description: 'One version of a questionnaire; PUBLISHED and RETIRED versions never change' })
export class QuestionnaireTemplateType {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Identifies the questionnaire across its versions, e.g. `assay-default`' })
  key: string;

  @Field(() => Int)
  version: number;

  @Field(() => TemplateStatus)
  status: TemplateStatus;

  @Field(() => LocalizedTextType)
  title: LocalizedTextType;

  @Field(() => Int)
  questionCount: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;

  @Field(() => Date, { nullable: true })
  retiredAt: Date | null;
}
