import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Answer, Assessment, QuestionnaireTemplate } from '@assay/database';
import { applicabilityOf, assessmentProgress, missingRequired, type Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import type { GraphqlContext } from '../../graphql/graphql-context.js';
import { QuestionnaireTemplateType } from '../questionnaires/dto/questionnaire-template.type.js';
import { questionView } from '../questionnaires/questionnaire-view.js';
import { ProductType } from '../suppliers/dto/product.type.js';
import { ASSESSMENTS_DEFAULT_PAGE_SIZE, ASSESSMENTS_MAX_PAGE_SIZE } from './assessment-list-query.js';
import { AssessmentLoaderFactory, type ScopeProduct } from './assessment.loaders.js';
import { AssessmentsService } from './assessments.service.js';
import { answerView, type AnswerView } from './answer.view.js';
import { answersByCode, scopeOf } from './answer-state.js';
import { AnswerType } from './dto/answer.type.js';
import { AssessmentFilterInput } from './dto/assessment-filter.input.js';
import {
  AssessmentConnectionType,
  AssessmentOrganisationType,
  AssessmentProgressType,
  AssessmentQuestionType,
  AssessmentType,
  AssessmentWorkingGroupType,
} from './dto/assessment.type.js';
import { RequestAssessmentInput } from './dto/request-assessment.input.js';
import { SubmissionService } from './submission.service.js';
import type { PinnedQuestionnaire } from './pinned-questionnaires.js';

/**
 * Assessments and their fields. Whoever may read an assessment (decided by the query that returned it) may
 * read all of its fields; each field reads in batches for the whole response.
 */
@Resolver(() => AssessmentType)
export class AssessmentsResolver {
  constructor(
    private readonly service: AssessmentsService,
    private readonly submission: SubmissionService,
    private readonly loaders: AssessmentLoaderFactory,
  ) {}

  @Query(() => AssessmentConnectionType, { description: 'The assessments the caller may see, newest first' })
  assessments(
    @CurrentActor() actor: Actor | null,
    @Args('filter', { type: () => AssessmentFilterInput, nullable: true }) filter: AssessmentFilterInput | null,
    @Args('first', { type: () => Int, defaultValue: ASSESSMENTS_DEFAULT_PAGE_SIZE, description: `1 to ${ASSESSMENTS_MAX_PAGE_SIZE}` }) first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page' }) after: string | null,
  ) {
    return this.service.page(actor, filter, first, after);
  }

  @Query(() => AssessmentType)
  assessment(@CurrentActor() actor: Actor | null, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.service.one(actor, id);
  }

  @Mutation(() => AssessmentType, { description: 'By a client, association staff, or an admin of the supplier itself' })
  requestAssessment(@CurrentActor() actor: Actor | null, @Args('input') input: RequestAssessmentInput) {
    return this.service.request(actor, input);
  }

  @Mutation(() => AssessmentType, { description: "By the supplier's users, once every required applicable question is answered; answers then lock" })
  submitAssessment(@CurrentActor() actor: Actor | null, @Args('assessmentId', { type: () => ID }, ParseIdPipe) assessmentId: string) {
    return this.submission.submit(actor, assessmentId);
  }

  @ResolveField(() => AssessmentOrganisationType)
  supplier(@Parent() assessment: Assessment, @Context() context: GraphqlContext) {
    return this.loaders.for(context).organisations.load(assessment.supplierId);
  }

  @ResolveField(() => AssessmentOrganisationType)
  requestedByOrganisation(@Parent() assessment: Assessment, @Context() context: GraphqlContext) {
    return this.loaders.for(context).organisations.load(assessment.requestedByOrganisationId);
  }

  @ResolveField(() => AssessmentWorkingGroupType, { nullable: true })
  workingGroup(@Parent() assessment: Assessment, @Context() context: GraphqlContext) {
    return assessment.workingGroupId ? this.loaders.for(context).workingGroups.load(assessment.workingGroupId) : null;
  }

  @ResolveField(() => [ProductType])
  products(@Parent() assessment: Assessment, @Context() context: GraphqlContext) {
    return this.loaders.for(context).products.load(assessment.id);
  }

  @ResolveField(() => QuestionnaireTemplateType)
  async template(@Parent() assessment: Assessment, @Context() context: GraphqlContext): Promise<QuestionnaireTemplate> {
    return (await this.pinnedOf(assessment, context)).template;
  }

  @ResolveField(() => AssessmentProgressType)
  async progress(@Parent() assessment: Assessment, @Context() context: GraphqlContext): Promise<AssessmentProgressType> {
    const { pinned, products, answers } = await this.stateOf(assessment, context);
    const progress = assessmentProgress(pinned.definition, scopeOf(products), answersByCode(answers));
    return { ...progress.overall, themes: progress.themes };
  }

  @ResolveField(() => [AssessmentQuestionType])
  async questions(
    @Parent() assessment: Assessment,
    @Context() context: GraphqlContext,
    @Args('applicableOnly', { type: () => Boolean, defaultValue: false }) applicableOnly: boolean,
  ): Promise<AssessmentQuestionType[]> {
    const { pinned, products, answers } = await this.stateOf(assessment, context);
    const applies = applicabilityOf(pinned.definition, scopeOf(products), answersByCode(answers));
    return [...pinned.questions.values()]
      .map(({ question, themeCode }) => ({ themeCode, applicable: applies(question.code), question: questionView(question) }))
      .filter((entry) => entry.applicable || !applicableOnly);
  }

  @ResolveField(() => [AnswerType])
  async answers(@Parent() assessment: Assessment, @Context() context: GraphqlContext): Promise<AnswerView[]> {
    const { pinned, answers } = await this.stateOf(assessment, context);
    const order = new Map([...pinned.questions.keys()].map((code, index) => [code, index]));
    return answers.map(answerView).sort((a, b) => (order.get(a.questionCode) ?? Infinity) - (order.get(b.questionCode) ?? Infinity));
  }

  @ResolveField(() => [String])
  async missingRequired(@Parent() assessment: Assessment, @Context() context: GraphqlContext): Promise<string[]> {
    const { pinned, products, answers } = await this.stateOf(assessment, context);
    return missingRequired(pinned.definition, scopeOf(products), answersByCode(answers));
  }

  private async pinnedOf(assessment: Assessment, context: GraphqlContext): Promise<PinnedQuestionnaire> {
    const pinned = await this.loaders.for(context).templates.load(assessment.templateId);
    if (!pinned) throw new Error(`assessment ${assessment.id} is pinned to a template that does not exist`); // a foreign key forbids it
    return pinned;
  }

  /** What progress, questions, answers and missingRequired derive from: each read once per response for all assessments. */
  private async stateOf(assessment: Assessment, context: GraphqlContext): Promise<{ pinned: PinnedQuestionnaire; products: ScopeProduct[]; answers: Answer[] }> {
    const loaders = this.loaders.for(context);
    const [pinned, products, answers] = await Promise.all([this.pinnedOf(assessment, context), loaders.products.load(assessment.id), loaders.answers.load(assessment.id)]);
    return { pinned, products, answers };
  }
}
