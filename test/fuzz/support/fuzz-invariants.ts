/**
 * What must hold after any call, however hostile: the answer is never a 5xx, shows no stack trace and no SQL,
 * every error carries a code the api documents, and a rejected call leaves the database as it found it.
 */
import type { DataSource } from 'typeorm';
import { ErrorCode } from '@assay/domain';
import type { GraphqlResult } from '@assay/testing';

/** The codes of `formatGraphqlErrors` (domain codes, GraphQL's own rejections as BAD_USER_INPUT) and of the request guard. */
export const KNOWN_CODES: ReadonlySet<string> = new Set<string>([...Object.values(ErrorCode), 'PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE']);

/** Signs of an internal error reaching the caller. Upper-case SQL only: the api's own messages are prose. */
const LEAKS: [string, RegExp][] = [
  ['a stack frame', /^\s*at \S.*(:\d+:\d+\)?|\(native\)|<anonymous>)\s*$/m],
  ['a source path', /[\w/.-]+\.(?:ts|js|mjs|cjs):\d+/],
  ['an internal error name', /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|EvalError|QueryFailedError|EntityNotFoundError|EntityPropertyNotFoundError|TypeORMError)\b/],
  ['an "Error:" prefix', /^(?:[A-Z]\w*)?Error: /m],
  ['SQL', /\bSELECT\b[\s\S]*\bFROM\b|\bINSERT INTO\b|\bUPDATE\s+"?\w+"?\s+SET\b|\bDELETE FROM\b/],
  ['a PostgreSQL message', /relation "[^"]*"|violates (?:not-null|foreign key|unique|check|exclusion) constraint|syntax error at or near|duplicate key value|invalid input syntax for|invalid byte sequence for encoding|column "[^"]*" (?:of relation|does not exist)|value too long for type/],
];

/** Every string of a JSON value (keys too), so a leak is found wherever it hides. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, inner]) => [key, ...strings(inner)]);
  return [];
}

/**
 * What is wrong with one answer of the api to `mutation` (empty when nothing). `sent` holds the strings of the
 * request: GraphQL quotes a rejected value back, and the fuzzer's own text is not a leak.
 */
export function responseProblems(result: GraphqlResult, mutation: string, sent: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (result.status >= 500) problems.push(`HTTP ${result.status}`);
  for (const text of strings(result)) {
    const own = [...sent].reduce((rest, value) => (value.length > 2 ? rest.split(value).join('') : rest), text);
    for (const [what, pattern] of LEAKS) if (pattern.test(own)) problems.push(`${what} in the response: ${JSON.stringify(own.slice(0, 300))}`);
  }
  const errors = result.errors ?? [];
  const data = (result.data as Record<string, unknown> | null | undefined)?.[mutation];
  if (errors.length === 0 && (data === undefined || data === null)) problems.push('neither data nor errors');
  for (const error of errors) {
    const code = error.extensions?.code;
    if (!code || !KNOWN_CODES.has(code)) problems.push(`error without a known code (${String(code)}): ${JSON.stringify(error.message).slice(0, 300)}`);
  }
  return problems;
}

/** The call was refused: errors and no result. */
export const rejected = (result: GraphqlResult, mutation: string): boolean =>
  (result.errors?.length ?? 0) > 0 && ((result.data as Record<string, unknown> | null | undefined)?.[mutation] ?? null) === null;

export interface DatabaseSnapshot {
  /** Per table: row count and a digest of every row's content. */
  tables: Map<string, { rows: number; digest: string }>;
  audit: { events: number; head: string | null };
}

/** One statement over every table of the public schema: row counts, content digests, the audit chain's head. */
export async function snapshotQuery(db: DataSource): Promise<string> {
  const tables = (await db.query(
    `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
  )) as { name: string }[];
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const parts = tables.map(
    ({ name }) =>
      `SELECT '${name.replace(/'/g, "''")}' AS name, count(*)::int AS rows, md5(coalesce(string_agg(md5(t::text), '' ORDER BY md5(t::text)), '')) AS digest FROM ${quote(name)} t`,
  );
  return parts.join('\nUNION ALL\n');
}

export async function snapshotDatabase(db: DataSource, query: string): Promise<DatabaseSnapshot> {
  const [rows, [audit]] = await Promise.all([
    db.query(query) as Promise<{ name: string; rows: number; digest: string }[]>,
    db.query(`SELECT count(*)::int AS events, (SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1) AS head FROM audit_event`) as Promise<
      { events: number; head: string | null }[]
    >,
  ]);
  return { tables: new Map(rows.map((row) => [row.name, { rows: row.rows, digest: row.digest }])), audit: audit! };
}

/** How `after` differs from `before`, one line per changed table (empty when identical). */
export function snapshotDifferences(before: DatabaseSnapshot, after: DatabaseSnapshot): string[] {
  const differences: string[] = [];
  if (before.audit.events !== after.audit.events || before.audit.head !== after.audit.head) {
    differences.push(`audit chain: ${before.audit.events} events (head ${before.audit.head}) → ${after.audit.events} (head ${after.audit.head})`);
  }
  for (const [name, then] of before.tables) {
    const now = after.tables.get(name);
    if (!now) differences.push(`${name}: gone`);
    else if (now.rows !== then.rows) differences.push(`${name}: ${then.rows} rows → ${now.rows}`);
    else if (now.digest !== then.digest) differences.push(`${name}: ${now.rows} rows, content changed`);
  }
  return differences;
}
