import {
  QuestionType,
  applicabilityOf,
  type AnswerValue,
  type AssessmentScope,
  type QuestionDefinition,
  type QuestionnaireDefinition,
  type SavedAnswer,
} from '@assay/domain';

const flagged = (question: QuestionDefinition, value: string | boolean) =>
  (question.redFlags ?? []).some((rule) => ('equals' in rule.when ? rule.when.equals === value : rule.when.includes === value));

/** The best answer a diligent provider could give: full points, never a red flag. */
export function favourableValue(question: QuestionDefinition): AnswerValue {
  const options = (question.options ?? []).filter((option) => !flagged(question, option.value));
  switch (question.type) {
    case QuestionType.BOOLEAN:
      return !flagged(question, true);
    case QuestionType.SINGLE_CHOICE:
      return options.reduce((best, option) => (option.points > best.points ? option : best)).value;
    case QuestionType.MULTI_CHOICE:
      return options.filter((option) => option.points > 0).map((option) => option.value);
    case QuestionType.SCALE_0_4:
      return 4;
    case QuestionType.NUMBER:
      return question.target ?? question.max ?? 0;
    case QuestionType.TEXT:
      return 'Described in our published human-rights policy, section 4.';
  }
}

/**
 * Favourable answers to every question that applies, in questionnaire order; answering one question can
 * make its follow-ups apply, so applicability is worked out again until nothing new applies.
 */
export function favourableAnswers(definition: QuestionnaireDefinition, scope: AssessmentScope): Map<string, AnswerValue> {
  const answers = new Map<string, SavedAnswer>();
  for (;;) {
    const applies = applicabilityOf(definition, scope, answers);
    const next = definition.themes.flatMap((theme) => theme.questions).filter((q) => applies(q.code) && !answers.has(q.code));
    if (next.length === 0) break;
    for (const question of next) answers.set(question.code, { value: favourableValue(question), notApplicable: false });
  }
  return new Map([...answers].map(([code, answer]) => [code, answer.value as AnswerValue]));
}
