/**
 * Cursors of cursor-paginated lists: opaque to clients, base64url of a JSON pair (the sort key of the last
 * row of a page and its id). Each list checks the decoded pair's types itself.
 */
export function encodeCursorPair(first: string, second: string): string {
  return Buffer.from(JSON.stringify([first, second]), 'utf8').toString('base64url');
}

/** The pair, or null when the text is not base64url JSON of a two-element array (at most `maxLength` characters). */
export function decodeCursorPair(text: string, maxLength = 1000): [unknown, unknown] | null {
  if (text.length > maxLength || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  return Array.isArray(decoded) && decoded.length === 2 ? (decoded as [unknown, unknown]) : null;
}

export interface Connection<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

/**
 * Turns `first + 1` fetched rows into a page: the extra row only says that a next page exists; the cursor
 * is the encoded sort key of the page's last row.
 */
export function toPage<T>(rows: T[], first: number, cursorOf: (row: T) => string): Connection<T> {
  const nodes = rows.slice(0, first);
  const last = nodes.at(-1);
  return { nodes, pageInfo: { endCursor: last ? cursorOf(last) : null, hasNextPage: rows.length > first } };
}
