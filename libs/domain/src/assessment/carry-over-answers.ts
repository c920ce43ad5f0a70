import { checkAnswerValue } from '../questionnaire/answer-value.js';
import type { AnswerValue, QuestionnaireDefinition } from '../questionnaire/questionnaire.types.js';

export interface PreviousAnswer {
  questionCode: string;
  value: AnswerValue | null;
  notApplicable: boolean;
  comment: string;
}

export interface CarryOver {
  /** What the reassessment starts with, for the provider to confirm or change. */
  carried: PreviousAnswer[];
  /** Codes whose answer stays behind: the question is gone from the new questionnaire, or the answer no longer fits it. */
  dropped: string[];
}

/**
 * The answers of a certified assessment that a reassessment on `definition` (the newest questionnaire) starts
 * with: those whose question code still exists and whose value is still a valid answer to it (an option may
 * have been removed, a bound tightened, NOT_APPLICABLE disallowed). Empty answers carry nothing.
 */
export function carryOverAnswers(definition: QuestionnaireDefinition, previous: readonly PreviousAnswer[]): CarryOver {
  const questions = new Map(definition.themes.flatMap((theme) => theme.questions).map((question) => [question.code, question]));
  const carried: PreviousAnswer[] = [];
  const dropped: string[] = [];
  for (const answer of previous) {
    if (answer.value === null && !answer.notApplicable) continue;
    const question = questions.get(answer.questionCode);
    if (question && checkAnswerValue(question, { value: answer.value, notApplicable: answer.notApplicable }) === null) carried.push(answer);
    else dropped.push(answer.questionCode);
  }
  return { carried, dropped };
}
