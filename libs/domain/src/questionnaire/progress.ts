import { applicabilityOf, type AnswersByCode, type AssessmentScope, type SavedAnswer } from './applicability.js';
import type { QuestionDefinition, QuestionnaireDefinition } from './questionnaire.types.js';

export interface ProgressCount {
  answered: number;
  required: number;
}

export interface AssessmentProgress {
  overall: ProgressCount;
  themes: (ProgressCount & { code: string })[];
}

/**
 * How far an assessment is: per theme and overall, how many of the applicable required questions are
 * answered (a value, or NOT_APPLICABLE where the question allows it) out of how many there are.
 */
export function assessmentProgress(definition: QuestionnaireDefinition, scope: AssessmentScope, answers: AnswersByCode): AssessmentProgress {
  const applies = applicabilityOf(definition, scope, answers);
  const themes = definition.themes.map((theme) => {
    const required = theme.questions.filter((question) => question.required && applies(question.code));
    return { code: theme.code, answered: required.filter((question) => isAnswered(question, answers.get(question.code))).length, required: required.length };
  });
  const overall = themes.reduce((sum, theme) => ({ answered: sum.answered + theme.answered, required: sum.required + theme.required }), {
    answered: 0,
    required: 0,
  });
  return { overall, themes };
}

/** The codes, in questionnaire order, of the applicable required questions still unanswered: what blocks submission. */
export function missingRequired(definition: QuestionnaireDefinition, scope: AssessmentScope, answers: AnswersByCode): string[] {
  const applies = applicabilityOf(definition, scope, answers);
  return definition.themes.flatMap((theme) =>
    theme.questions
      .filter((question) => question.required && applies(question.code) && !isAnswered(question, answers.get(question.code)))
      .map((question) => question.code),
  );
}

function isAnswered(question: QuestionDefinition, answer: SavedAnswer | undefined): boolean {
  if (!answer) return false;
  if (answer.notApplicable) return question.notApplicableAllowed;
  return answer.value !== null;
}
