import type { Capability, DeploymentContext, ProductCategory } from '../taxonomy.js';
import type { AnswerValue, Condition, QuestionDefinition, QuestionnaireDefinition } from './questionnaire.types.js';

/** What an assessment covers: the union over the products in its scope (any product matching is enough). */
export interface AssessmentScope {
  categories: readonly ProductCategory[];
  capabilities: readonly Capability[];
  contexts: readonly DeploymentContext[];
}

/** A saved answer as the rules see it: a value, or NOT_APPLICABLE (then the value is null). */
export interface SavedAnswer {
  value: AnswerValue | null;
  notApplicable: boolean;
}

/** Saved answers by question code. */
export type AnswersByCode = ReadonlyMap<string, SavedAnswer>;

/**
 * Whether a question applies to an assessment. A question with no condition applies. A condition on
 * another question holds only when that question applies itself and has a value (not NOT_APPLICABLE)
 * that matches. Pass the whole definition so that the questions a condition reads are themselves checked
 * for applicability (a follow-up of an inapplicable question is inapplicable, whatever stale answer the
 * first one kept); without it, the answers are taken as they are.
 */
export function isApplicable(
  question: QuestionDefinition,
  scope: AssessmentScope,
  answers: AnswersByCode,
  definition?: QuestionnaireDefinition,
): boolean {
  if (!question.applicableWhen) return true;
  const applies = definition ? applicabilityOf(definition, scope, answers) : () => true;
  return holds(question.applicableWhen, scope, answers, applies);
}

/** The questions that apply to an assessment, in questionnaire order. */
export function applicableQuestions(definition: QuestionnaireDefinition, scope: AssessmentScope, answers: AnswersByCode): QuestionDefinition[] {
  const applies = applicabilityOf(definition, scope, answers);
  return definition.themes.flatMap((theme) => theme.questions.filter((question) => applies(question.code)));
}

/**
 * Applicability of every question of a definition, by code, each worked out once. Conditions may point
 * forwards as well as backwards, so questions are resolved on demand, recursively, with a memo. A cycle
 * (which validation refuses) or an unknown code resolves to "does not apply" instead of looping.
 */
export function applicabilityOf(definition: QuestionnaireDefinition, scope: AssessmentScope, answers: AnswersByCode): (code: string) => boolean {
  const byCode = new Map(definition.themes.flatMap((theme) => theme.questions.map((question) => [question.code, question] as const)));
  const memo = new Map<string, boolean>();
  const resolving = new Set<string>();

  const applies = (code: string): boolean => {
    const known = memo.get(code);
    if (known !== undefined) return known;
    const question = byCode.get(code);
    if (!question || resolving.has(code)) return false;
    resolving.add(code);
    const result = !question.applicableWhen || holds(question.applicableWhen, scope, answers, applies);
    resolving.delete(code);
    memo.set(code, result);
    return result;
  };
  return applies;
}

function holds(condition: Condition, scope: AssessmentScope, answers: AnswersByCode, applies: (code: string) => boolean): boolean {
  if ('capability' in condition) return scope.capabilities.includes(condition.capability);
  if ('context' in condition) return scope.contexts.includes(condition.context);
  if ('category' in condition) return scope.categories.includes(condition.category);
  if ('all' in condition) return condition.all.every((c) => holds(c, scope, answers, applies));
  if ('any' in condition) return condition.any.some((c) => holds(c, scope, answers, applies));
  if ('not' in condition) return !holds(condition.not, scope, answers, applies);

  const answer = answers.get(condition.question);
  if (!answer || answer.notApplicable || answer.value === null || !applies(condition.question)) return false;
  if ('equals' in condition) return !Array.isArray(answer.value) && answer.value === condition.equals;
  return Array.isArray(answer.value) && answer.value.includes(condition.includes);
}
