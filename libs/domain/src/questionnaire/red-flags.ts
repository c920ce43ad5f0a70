import { applicabilityOf, type AnswersByCode, type AssessmentScope } from './applicability.js';
import type { AnswerValue, LocalizedText, QuestionnaireDefinition, RedFlagRule } from './questionnaire.types.js';

export interface RaisedRedFlag {
  questionCode: string;
  ruleId: string;
  label: LocalizedText;
}

/**
 * The red flags the answers raise, in questionnaire order. Only applicable questions with a value count:
 * an unanswered, NOT_APPLICABLE or inapplicable question raises nothing.
 */
export function raisedRedFlags(definition: QuestionnaireDefinition, scope: AssessmentScope, answers: AnswersByCode): RaisedRedFlag[] {
  const applies = applicabilityOf(definition, scope, answers);
  return definition.themes.flatMap((theme) =>
    theme.questions.flatMap((question) => {
      const answer = answers.get(question.code);
      if (!question.redFlags?.length || !answer || answer.notApplicable || answer.value === null || !applies(question.code)) return [];
      const value = answer.value;
      return question.redFlags
        .filter((rule) => matches(rule, value))
        .map((rule) => ({ questionCode: question.code, ruleId: rule.id, label: rule.label }));
    }),
  );
}

function matches(rule: RedFlagRule, value: AnswerValue): boolean {
  if ('includes' in rule.when) return Array.isArray(value) && value.includes(rule.when.includes);
  return !Array.isArray(value) && value === rule.when.equals;
}
