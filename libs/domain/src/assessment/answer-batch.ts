import { DomainError, ErrorCode, badInput, type FieldError } from '../errors.js';
import { checkAnswerValue } from '../questionnaire/answer-value.js';
import { applicabilityOf, type AssessmentScope, type SavedAnswer } from '../questionnaire/applicability.js';
import type { AnswerValue, QuestionnaireDefinition } from '../questionnaire/questionnaire.types.js';

/** One answer of a `saveAnswers` batch, as the respondent sent it. */
export interface AnswerDraft {
  questionCode: string;
  /** The value as JSON text; null clears the answer (or goes with NOT_APPLICABLE). */
  valueJson: string | null;
  notApplicable: boolean;
  comment: string;
  /** The version the respondent last saw; 0 for a question not answered yet. */
  expectedVersion: number;
}

/** A saved answer with its optimistic-lock version. */
export interface VersionedAnswer extends SavedAnswer {
  version: number;
}

/** An answer ready to be written, with the version it will have. */
export interface AnswerToSave {
  questionCode: string;
  value: AnswerValue | null;
  notApplicable: boolean;
  comment: string;
  version: number;
}

/** Where the problems of one answer are reported: `answers.T6.3`. */
export const answerField = (code: string) => `answers.${code}`;

/**
 * Checks a batch of answers against the pinned questionnaire, the scope and the answers already saved,
 * and returns what to write. All or nothing, in this order:
 *  1. BAD_USER_INPUT for codes that are not questions or repeat in the batch (`answers[i].questionCode`),
 *     values that are not JSON or do not fit their question's type (`answers.<code>`);
 *  2. BAD_USER_INPUT for answers to questions that do not apply, given the scope and the answers as they
 *     will be once the batch is saved (a batch may answer a question and its follow-up together);
 *  3. CONFLICT naming every answer whose expected version is not the saved one (someone saved it since).
 * Clearing an answer (null, not NOT_APPLICABLE) is accepted even where the question no longer applies.
 */
export function checkAnswerBatch(
  definition: QuestionnaireDefinition,
  scope: AssessmentScope,
  saved: ReadonlyMap<string, VersionedAnswer>,
  drafts: readonly AnswerDraft[],
): AnswerToSave[] {
  const questions = new Map(definition.themes.flatMap((theme) => theme.questions.map((question) => [question.code, question] as const)));
  const problems: FieldError[] = [];
  const seen = new Set<string>();
  const parsed: AnswerToSave[] = [];
  for (const [index, draft] of drafts.entries()) {
    const code = draft.questionCode;
    const question = questions.get(code);
    if (!question || seen.has(code)) {
      const message = question ? `${code} is answered twice in this batch` : `${code} is not a question of this questionnaire`;
      problems.push({ field: `answers[${index}].questionCode`, message });
      continue;
    }
    seen.add(code);
    const value = parseValue(draft.valueJson);
    const message =
      value === INVALID_JSON
        ? 'The value must be JSON, e.g. true, "OPTION", ["A","B"], 3 or "text"'
        : checkAnswerValue(question, { value, notApplicable: draft.notApplicable });
    if (message) problems.push({ field: answerField(code), message });
    else parsed.push({ questionCode: code, value: value as AnswerValue | null, notApplicable: draft.notApplicable, comment: draft.comment, version: draft.expectedVersion + 1 });
  }
  if (problems.length > 0) throw badInput(problems);

  const after = new Map<string, SavedAnswer>(saved);
  for (const answer of parsed) after.set(answer.questionCode, answer);
  const applies = applicabilityOf(definition, scope, after);
  for (const answer of parsed) {
    const clears = answer.value === null && !answer.notApplicable;
    if (!clears && !applies(answer.questionCode)) {
      problems.push({ field: answerField(answer.questionCode), message: 'This question does not apply to this assessment (its scope or your other answers)' });
    }
  }
  if (problems.length > 0) throw badInput(problems);

  const stale = drafts.filter((draft) => draft.expectedVersion !== (saved.get(draft.questionCode)?.version ?? 0)).map((draft) => draft.questionCode);
  if (stale.length > 0) throw staleAnswers(stale);
  return parsed;
}

/** CONFLICT naming the answers someone else saved since the respondent read them. */
export function staleAnswers(codes: readonly string[]): DomainError {
  return new DomainError(ErrorCode.CONFLICT, `These answers were changed since you read them: ${codes.join(', ')}. Reload them and try again; nothing was saved.`, {
    fields: codes.map((code) => ({ field: answerField(code), message: 'was changed since you read it' })),
  });
}

const INVALID_JSON = Symbol('invalid JSON');

function parseValue(json: string | null): AnswerValue | null | typeof INVALID_JSON {
  if (json === null) return null;
  try {
    return JSON.parse(json) as AnswerValue | null; // checkAnswerValue checks the shape
  } catch {
    return INVALID_JSON;
  }
}
