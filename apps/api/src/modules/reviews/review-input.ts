import { isUUID } from 'class-validator';
import { MAX_CERTIFICATE_CONDITIONS_LENGTH, badInput, Tier, type FieldError } from '@assay/domain';
import type { QuestionComment } from '@assay/database';

export const MAX_COMMENT_LENGTH = 10_000;
export const MAX_QUESTION_COMMENTS = 200;
export const MIN_JUSTIFICATION_LENGTH = 20;

/** Trimmed text of at least `min` characters (1: not blank) and at most `max`, or a problem for `field`. */
function text(value: unknown, field: string, problems: FieldError[], min = 1, max = MAX_COMMENT_LENGTH): string | null {
  if (typeof value !== 'string' || value.trim().length < min) {
    problems.push({ field, message: min > 1 ? `must be at least ${min} characters (not counting surrounding spaces)` : 'must not be blank' });
    return null;
  }
  const trimmed = value.trim();
  if (trimmed.length > max) problems.push({ field, message: `must be at most ${max} characters` });
  return trimmed;
}

const optionalText = (value: string | null | undefined, field: string, problems: FieldError[], max = MAX_COMMENT_LENGTH): string | null =>
  value === null || value === undefined || value.trim() === '' ? null : text(value, field, problems, 1, max);

function done<T>(problems: FieldError[], value: T): T {
  if (problems.length > 0) throw badInput(problems);
  return value;
}

export function checkApproval(input: { comment?: string | null; conditions?: string | null }): { comment: string | null; conditions: string | null } {
  const problems: FieldError[] = [];
  // Conditions are printed on the certificate and signed: the payload's limit applies.
  return done(problems, {
    comment: optionalText(input.comment, 'input.comment', problems),
    conditions: optionalText(input.conditions, 'input.conditions', problems, MAX_CERTIFICATE_CONDITIONS_LENGTH),
  });
}

export function checkRejection(input: { comment: string }): { comment: string } {
  const problems: FieldError[] = [];
  return done(problems, { comment: text(input.comment, 'input.comment', problems) ?? '' });
}

/** The general comment, and the per-question ones: each code must be a question of the pinned questionnaire. */
export function checkChangeRequest(
  input: { comment: string; questionComments?: readonly { questionCode: string; comment: string }[] | null },
  questionExists: (code: string) => boolean,
): { comment: string; questionComments: QuestionComment[] } {
  const problems: FieldError[] = [];
  const comment = text(input.comment, 'input.comment', problems) ?? '';
  const list = input.questionComments ?? [];
  if (list.length > MAX_QUESTION_COMMENTS) problems.push({ field: 'input.questionComments', message: `must list at most ${MAX_QUESTION_COMMENTS} comments` });
  const unknown: string[] = [];
  const questionComments = list.slice(0, MAX_QUESTION_COMMENTS).flatMap((entry, index) => {
    const field = `input.questionComments[${index}]`;
    const code = typeof entry.questionCode === 'string' ? entry.questionCode.trim() : '';
    if (!questionExists(code)) {
      unknown.push(code);
      problems.push({ field: `${field}.questionCode`, message: `"${code}" is not a question of this assessment's questionnaire` });
    }
    const words = text(entry.comment, `${field}.comment`, problems);
    return words === null ? [] : [{ questionCode: code, comment: words }];
  });
  if (problems.length > 0) {
    throw badInput(problems, unknown.length > 0 ? `Unknown question codes: ${unknown.join(', ')}` : 'The input is not valid');
  }
  return { comment, questionComments };
}

export function checkOverrideProposal(input: { tier?: Tier | null; maturity?: number | null; justification: string }): { tier: Tier | null; maturity: number | null; justification: string } {
  const problems: FieldError[] = [];
  const tier = input.tier ?? null;
  const maturity = input.maturity ?? null;
  if (tier === null && maturity === null) problems.push({ field: 'input', message: 'must override the tier, the maturity, or both' });
  if (maturity !== null && !(Number.isFinite(maturity) && maturity >= 0 && maturity <= 100)) problems.push({ field: 'input.maturity', message: 'must be between 0 and 100' });
  const justification = text(input.justification, 'input.justification', problems, MIN_JUSTIFICATION_LENGTH) ?? '';
  return done(problems, { tier, maturity, justification });
}

export function checkOptionalId(value: string | null | undefined, field: string, problems: FieldError[]): string | null {
  if (value === null || value === undefined) return null;
  if (!isUUID(value)) problems.push({ field, message: 'must be an id' });
  return value;
}
