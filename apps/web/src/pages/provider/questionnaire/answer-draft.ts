/** An answer as the respondent edits it: the value as JSON text (as saveAnswers takes it), NOT_APPLICABLE, a comment. */
export interface AnswerDraft {
  value: string | null;
  notApplicable: boolean;
  comment: string;
}

export const EMPTY_DRAFT: AnswerDraft = { value: null, notApplicable: false, comment: '' };

export function sameDraft(a: AnswerDraft | undefined, b: AnswerDraft | undefined): boolean {
  return a?.value === b?.value && a?.notApplicable === b?.notApplicable && a?.comment === b?.comment;
}

/** The parsed value of a draft (null when unanswered or not JSON). */
export function parseValue(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

/**
 * The JSON text of a control's value: an empty choice list, an empty text or an empty number field clears the
 * answer (null) rather than saving something the api would refuse.
 */
export function encodeValue(value: boolean | string | number | string[] | null): string | null {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return JSON.stringify(value);
}
