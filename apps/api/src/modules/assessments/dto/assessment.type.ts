import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { RequesterKind } from '@assay/database';
import { AssessmentStatus } from '@assay/domain';
import { PageInfoType } from '../../../common/page-info.type.js';
import { QuestionnaireTemplateType, TemplateQuestionType } from '../../questionnaires/dto/questionnaire-template.type.js';
import { ProductType } from '../../suppliers/dto/product.type.js';
import { AnswerType } from './answer.type.js';

@ObjectType('AssessmentOrganisation', { description: 'An organisation an assessment names: the supplier or the requester' })
export class AssessmentOrganisationType {
  @Field(() => ID)
  id: string;

  @Field()
  legalName: string;
}

@ObjectType('AssessmentWorkingGroup')
export class AssessmentWorkingGroupType {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}

@ObjectType('ThemeProgress')
export class ThemeProgressType {
  @Field()
  code: string;

  @Field(() => Int)
  answered: number;

  @Field(() => Int)
  required: number;
}

@ObjectType('AssessmentProgress', { description: 'Answered out of the required questions that apply to the scope and the answers so far' })
export class AssessmentProgressType {
  @Field(() => Int)
  answered: number;

  @Field(() => Int)
  required: number;

  @Field(() => [ThemeProgressType])
  themes: ThemeProgressType[];
}

@ObjectType('AssessmentQuestion', { description: 'A question of the pinned questionnaire, as it stands for this assessment' })
export class AssessmentQuestionType {
  @Field()
  themeCode: string;

  @Field({ description: 'Whether it applies to the scope and the answers so far; inapplicable questions take no answer' })
  applicable: boolean;

  @Field(() => TemplateQuestionType)
  question: TemplateQuestionType;
}

/** Everything but the scalar columns is resolved in batches by AssessmentsResolver. */
@ObjectType('Assessment')
export class AssessmentType {
  @Field(() => ID)
  id: string;

  @Field(() => AssessmentStatus)
  status: AssessmentStatus;

  @Field(() => AssessmentOrganisationType)
  supplier: AssessmentOrganisationType;

  @Field(() => [ProductType], { description: 'The scope' })
  products: ProductType[];

  @Field(() => QuestionnaireTemplateType, { description: 'The pinned questionnaire version' })
  template: QuestionnaireTemplateType;

  @Field(() => RequesterKind)
  requesterKind: RequesterKind;

  @Field(() => AssessmentOrganisationType)
  requestedByOrganisation: AssessmentOrganisationType;

  @Field(() => AssessmentWorkingGroupType, { nullable: true })
  workingGroup: AssessmentWorkingGroupType | null;

  @Field({ description: 'ISO date' })
  dueDate: string;

  @Field(() => Int, { description: 'How many times it was submitted' })
  submissionNumber: number;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field(() => AssessmentProgressType)
  progress: AssessmentProgressType;

  @Field(() => [AssessmentQuestionType], { description: 'Every question of the pinned version, in questionnaire order' })
  questions: AssessmentQuestionType[];

  @Field(() => [AnswerType], { description: 'In questionnaire order' })
  answers: AnswerType[];

  @Field(() => [String], { description: 'Codes of the required applicable questions still unanswered: submission waits for them' })
  missingRequired: string[];
}

@ObjectType('AssessmentConnection')
export class AssessmentConnectionType {
  @Field(() => [AssessmentType])
  nodes: AssessmentType[];

  @Field(() => PageInfoType)
  pageInfo: PageInfoType;
}
