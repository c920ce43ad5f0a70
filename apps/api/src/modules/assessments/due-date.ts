import { badInput } from '@assay/domain';

/** How far ahead a due date may be. */
export const MAX_DUE_YEARS = 2;

/** `YYYY-MM-DD` of a UTC day. */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Checks a due date written YYYY-MM-DD: a real calendar day, from today (UTC) to MAX_DUE_YEARS ahead.
 * Problems are named `field`.
 */
export function checkDueDate(text: string, today: Date, field = 'input.dueDate'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!day || isoDay(day) !== text) throw badInput([{ field, message: 'must be a calendar date written YYYY-MM-DD' }]);
  const first = isoDay(today);
  const limit = new Date(Date.UTC(today.getUTCFullYear() + MAX_DUE_YEARS, today.getUTCMonth(), today.getUTCDate()));
  if (text < first) throw badInput([{ field, message: 'must be today or later' }]);
  if (text > isoDay(limit)) throw badInput([{ field, message: `must be at most ${MAX_DUE_YEARS} years ahead (${isoDay(limit)})` }]);
  return text;
}
