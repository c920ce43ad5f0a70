import { isUUID } from 'class-validator';
import { badInput, isCountryCode, type FieldError, type MembershipStatus, type ProductCategory } from '@assay/domain';
import { decodeCursorPair, encodeCursorPair } from '../../common/opaque-cursor.js';

export const DIRECTORY_DEFAULT_PAGE_SIZE = 20;
export const DIRECTORY_MAX_PAGE_SIZE = 50;
export const DIRECTORY_MAX_TEXT_LENGTH = 200;

/** Where a page ends in the directory's order (legal name, then id). */
export interface DirectoryCursor {
  legalName: string;
  id: string;
}

export interface DirectoryFilter {
  category?: ProductCategory | null;
  certified?: boolean | null;
  country?: string | null;
  membershipStatus?: MembershipStatus | null;
  text?: string | null;
}

/** A checked directory request: what the repository runs. */
export interface DirectoryQuery {
  category: ProductCategory | null;
  /** Only suppliers holding a VALID certificate still within its validity. */
  certified: boolean;
  country: string | null;
  membershipStatus: MembershipStatus | null;
  /** An ILIKE pattern (wildcards of the user's text escaped), or null for no text filter. */
  textPattern: string | null;
  first: number;
  after: DirectoryCursor | null;
}

/** Opaque to clients: base64url of the JSON [legalName, id] of the last supplier of a page. */
export function encodeCursor(cursor: DirectoryCursor): string {
  return encodeCursorPair(cursor.legalName, cursor.id);
}

/** The cursor, or null when the text is not one this API wrote. */
export function decodeCursor(text: string): DirectoryCursor | null {
  const [legalName, id] = decodeCursorPair(text) ?? [];
  if (typeof legalName !== 'string' || typeof id !== 'string' || !isUUID(id)) return null;
  return { legalName, id };
}

/** `text` matched literally inside a LIKE/ILIKE pattern (backslash is the escape character). */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** Validates a directory request; every problem is named by its argument (`filter.country`, `first`, `after`). */
export function parseDirectoryQuery(filter: DirectoryFilter | null | undefined, first: number, after: string | null | undefined): DirectoryQuery {
  const problems: FieldError[] = [];
  const country = filter?.country ?? null;
  if (country !== null && !isCountryCode(country)) {
    problems.push({ field: 'filter.country', message: 'must be an ISO 3166-1 alpha-2 country code (e.g. FR)' });
  }
  const text = filter?.text?.trim() ?? '';
  if (text.length > DIRECTORY_MAX_TEXT_LENGTH) {
    problems.push({ field: 'filter.text', message: `must be at most ${DIRECTORY_MAX_TEXT_LENGTH} characters` });
  }
  if (!Number.isInteger(first) || first < 1 || first > DIRECTORY_MAX_PAGE_SIZE) {
    problems.push({ field: 'first', message: `must be between 1 and ${DIRECTORY_MAX_PAGE_SIZE}` });
  }
  const cursor = after ? decodeCursor(after) : null;
  if (after && !cursor) problems.push({ field: 'after', message: 'is not a cursor from this directory' });
  if (problems.length > 0) throw badInput(problems);
  return {
    category: filter?.category ?? null,
    certified: filter?.certified ?? false,
    country,
    membershipStatus: filter?.membershipStatus ?? null,
    textPattern: text ? containsPattern(text) : null,
    first,
    after: cursor,
  };
}
