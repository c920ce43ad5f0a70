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
