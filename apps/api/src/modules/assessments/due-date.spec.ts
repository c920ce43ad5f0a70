import { DomainError } from '@assay/domain';
import { checkDueDate } from './due-date.js';

const TODAY = new Date('2026-03-15T23:30:00Z');

function messageOf(text: string): string | null {
  try {
    checkDueDate(text, TODAY);
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    expect(error.details.fields?.[0]?.field).toBe('input.dueDate');
    return error.details.fields![0]!.message;
  }
}

describe('a due date', () => {
  it('may be today (in UTC) and up to two years ahead to the day', () => {
    expect(messageOf('2026-03-15')).toBeNull();
    expect(messageOf('2028-03-15')).toBeNull();
  });

  it('may not be in the past or further than two years', () => {
    expect(messageOf('2026-03-14')).toBe('must be today or later');
    expect(messageOf('2028-03-16')).toMatch(/at most 2 years ahead/);
  });

  it.each(['2026-02-30', '2026-13-01', '15/04/2026', '2026-4-1', ''])('refuses %p, which is not a calendar date', (text) => {
    expect(messageOf(text)).toMatch(/calendar date/);
  });
});
