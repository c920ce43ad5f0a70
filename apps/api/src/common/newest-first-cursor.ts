import { isUUID } from 'class-validator';
import { badInput, type FieldError } from '@assay/domain';
import { decodeCursorPair, encodeCursorPair, toPage, type Connection } from './opaque-cursor.js';

/**
 * Where a page of a newest-first list ends: (created_at, id) of its last row. The timestamp travels as the
 * database's own text with microseconds (a JS Date would drop them and skip or repeat rows created in the
 * same millisecond). Select it with `cursorTimestampSql(alias)`.
 */
export interface NewestFirstCursor {
  createdAt: string;
  id: string;
}

/** SQL text of a row's created_at, in UTC with microseconds: what a cursor carries. */
export const cursorTimestampSql = (alias: string) => `to_char(${alias}.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** The SQL condition "after the cursor" in newest-first order, given the placeholders of its two values. */
export const afterCursorSql = (alias: string, createdAtParam: string, idParam: string) =>
  `(${alias}.created_at, ${alias}.id) < (${createdAtParam}::timestamptz, ${idParam}::uuid)`;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** Opaque to clients: base64url of the JSON [createdAt, id]. */
export function encodeNewestFirstCursor(cursor: NewestFirstCursor): string {
  return encodeCursorPair(cursor.createdAt, cursor.id);
}

/** The cursor, or null when the text is not one this API wrote. */
export function decodeNewestFirstCursor(text: string): NewestFirstCursor | null {
  const [createdAt, id] = decodeCursorPair(text, 200) ?? [];
  if (typeof createdAt !== 'string' || !TIMESTAMP.test(createdAt) || typeof id !== 'string' || !isUUID(id)) return null;
  return { createdAt, id };
}

export interface PageRequest {
  first: number;
  after: NewestFirstCursor | null;
}

/** Checks `first` (1..max) and `after`; problems are named by argument (`first`, `after`), added to `problems`. */
export function parsePageRequest(first: number, after: string | null | undefined, max: number, problems: FieldError[] = []): PageRequest {
  if (!Number.isInteger(first) || first < 1 || first > max) problems.push({ field: 'first', message: `must be between 1 and ${max}` });
  const cursor = after ? decodeNewestFirstCursor(after) : null;
  if (after && !cursor) problems.push({ field: 'after', message: 'is not a cursor of this list' });
  if (problems.length > 0) throw badInput(problems);
  return { first, after: cursor };
}

export type { Connection } from './opaque-cursor.js';

/** A page of a newest-first list (see `toPage`). */
export function toConnection<T>(rows: T[], first: number, cursorOf: (row: T) => NewestFirstCursor): Connection<T> {
  return toPage(rows, first, (row) => encodeNewestFirstCursor(cursorOf(row)));
}
