import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { TemplateStatus, type QuestionnaireTemplate } from '@assay/database';
import type { Actor } from '@assay/domain';
import { CurrentActor } from '../../common/actor.decorator.js';
import { ParseIdPipe } from '../../common/parse-id.pipe.js';
import { ImportQuestionnaireInput, ReplaceDraftDefinitionInput } from './dto/questionnaire.input.js';
import { LocalizedTextType, QuestionnaireTemplateType, ThemeType } from './dto/questionnaire-template.type.js';
import { QuestionnaireFormat } from './questionnaire-document.js';
import { themeView } from './questionnaire-view.js';
import { QuestionnairesService } from './questionnaires.service.js';

const ID_ARG = { type: () => ID };

@Resolver(() => QuestionnaireTemplateType)
export class QuestionnairesResolver {
  constructor(private readonly service: QuestionnairesService) {}

  @Query(() => [QuestionnaireTemplateType], { description: 'Association staff: every version; anyone else signed in: PUBLISHED versions' })
  questionnaireTemplates(
    @CurrentActor() actor: Actor | null,
    @Args('key', { type: () => String, nullable: true }) key?: string | null,
    @Args('status', { type: () => TemplateStatus, nullable: true }) status?: TemplateStatus | null,
  ) {
    return this.service.list(actor, { key, status });
  }

  @Query(() => QuestionnaireTemplateType, { description: 'Drafts are seen by association staff only' })
  questionnaireTemplate(@CurrentActor() actor: Actor | null, @Args('id', ID_ARG, ParseIdPipe) id: string) {
    return this.service.findOne(actor, id);
  }

  @Query(() => String, { description: 'Association staff: the version as one document in the questionnaire format' })
  exportQuestionnaire(
    @CurrentActor() actor: Actor | null,
    @Args('id', ID_ARG, ParseIdPipe) id: string,
    @Args('format', { type: () => QuestionnaireFormat }) format: QuestionnaireFormat,
  ) {
    return this.service.export(actor, id, format);
  }

  @Mutation(() => QuestionnaireTemplateType, { description: "Association admins: a new DRAFT version of the document's key" })
  importQuestionnaire(@CurrentActor() actor: Actor | null, @Args('input') input: ImportQuestionnaireInput) {
    return this.service.import(actor, input);
  }

  @Mutation(() => QuestionnaireTemplateType, { description: 'Association admins: a new DRAFT copying a PUBLISHED or RETIRED version' })
  createDraftFromTemplate(@CurrentActor() actor: Actor | null, @Args('templateId', ID_ARG, ParseIdPipe) templateId: string) {
    return this.service.createDraftFrom(actor, templateId);
  }

  @Mutation(() => QuestionnaireTemplateType, { description: "Association admins: a DRAFT's new definition (published versions are immutable)" })
  replaceDraftDefinition(@CurrentActor() actor: Actor | null, @Args('input') input: ReplaceDraftDefinitionInput) {
    return this.service.replaceDraft(actor, input);
  }

  @Mutation(() => QuestionnaireTemplateType, { description: 'Association admins: DRAFT → PUBLISHED; from then on it never changes' })
  publishTemplate(@CurrentActor() actor: Actor | null, @Args('templateId', ID_ARG, ParseIdPipe) templateId: string) {
    return this.service.publish(actor, templateId);
  }

  @Mutation(() => QuestionnaireTemplateType, { description: 'Association admins: PUBLISHED → RETIRED; assessments pinned to it keep it' })
  retireTemplate(@CurrentActor() actor: Actor | null, @Args('templateId', ID_ARG, ParseIdPipe) templateId: string) {
    return this.service.retire(actor, templateId);
  }

  @Mutation(() => Boolean, { description: 'Association admins: deletes a DRAFT version' })
  deleteDraft(@CurrentActor() actor: Actor | null, @Args('templateId', ID_ARG, ParseIdPipe) templateId: string) {
    return this.service.deleteDraft(actor, templateId);
  }

  // The parent template was returned by an access-checked query or mutation above.
  @ResolveField(() => LocalizedTextType, { nullable: true })
  description(@Parent() template: QuestionnaireTemplate) {
    return template.definition.description ?? null;
  }

  @ResolveField(() => [ThemeType])
  themes(@Parent() template: QuestionnaireTemplate) {
    return template.definition.themes.map(themeView);
  }
}
