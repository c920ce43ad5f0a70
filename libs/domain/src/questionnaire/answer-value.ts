import { isStorableText } from '../storable-text.js';
import { QuestionType, type QuestionDefinition } from './questionnaire.types.js';

/** What a respondent sends for one question: a value, NOT_APPLICABLE, or null to clear the answer. */
export interface AnswerInput {
  value?: unknown;
  notApplicable?: boolean;
}

/** Without a maxLength in the definition (validation requires one), a text answer is still bounded. */
const DEFAULT_TEXT_LIMIT = 10_000;

/**
 * Checks a value against its question's type. Returns null when it is acceptable, otherwise a short
 * message for the respondent. A null (or absent) value without NOT_APPLICABLE clears the answer and is
 * always acceptable; NOT_APPLICABLE is accepted only where the question allows it, and carries no value.
 */
export function checkAnswerValue(question: QuestionDefinition, input: AnswerInput): string | null {
  const value = input.value ?? null;
  if (input.notApplicable === true) {
    if (!question.notApplicableAllowed) return 'This question cannot be answered as not applicable';
    return value === null ? null : 'A not-applicable answer carries no value';
  }
  if (value === null) return null;

  switch (question.type) {
    case QuestionType.BOOLEAN:
      return typeof value === 'boolean' ? null : 'Answer true or false';
    case QuestionType.SINGLE_CHOICE:
      return typeof value === 'string' && optionValues(question).includes(value) ? null : `Choose one of: ${optionValues(question).join(', ')}`;
    case QuestionType.MULTI_CHOICE:
      return checkChoices(question, value);
    case QuestionType.SCALE_0_4:
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4 ? null : 'Answer with a whole number from 0 to 4';
    case QuestionType.NUMBER:
      return checkNumber(question, value);
    case QuestionType.TEXT:
      return checkText(question, value);
    default:
      return 'This question cannot be answered';
  }
}

const optionValues = (question: QuestionDefinition) => (question.options ?? []).map((option) => option.value);

function checkChoices(question: QuestionDefinition, value: unknown): string | null {
  const allowed = optionValues(question);
  if (!Array.isArray(value)) return `Choose one or more of: ${allowed.join(', ')}`;
  if (value.length === 0) return 'Choose at least one option';
  const seen = new Set<unknown>();
  for (const choice of value) {
    if (typeof choice !== 'string' || !allowed.includes(choice)) return `${JSON.stringify(choice)} is not an option; choose from: ${allowed.join(', ')}`;
    if (seen.has(choice)) return `${choice} is chosen twice`;
    seen.add(choice);
  }
  return null;
}

function checkNumber(question: QuestionDefinition, value: unknown): string | null {
  const min = question.min ?? -Infinity;
  const max = question.max ?? Infinity;
  const range = `from ${question.min ?? '-∞'} to ${question.max ?? '∞'}`;
  if (typeof value !== 'number' || !Number.isFinite(value)) return `Answer with a number ${range}`;
  return value >= min && value <= max ? null : `The number must be ${range}`;
}

function checkText(question: QuestionDefinition, value: unknown): string | null {
  const limit = question.maxLength ?? DEFAULT_TEXT_LIMIT;
  if (typeof value !== 'string') return 'Answer with a text';
  if (value.trim() === '') return 'The answer is empty; send null to clear it';
  if (!isStorableText(value)) return 'The answer must not contain NUL characters or unpaired surrogates';
  return value.length <= limit ? null : `The answer is longer than ${limit} characters`;
}
