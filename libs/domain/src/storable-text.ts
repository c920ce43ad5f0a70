/**
 * Text the platform can store: no NUL (PostgreSQL's text and jsonb cannot hold it) and no unpaired UTF-16
 * surrogate (not text at all: validators throw on it and the database driver would silently replace it).
 * Emoji, right-to-left and zero-width marks, combining characters are all fine.
 */
// eslint-disable-next-line no-control-regex -- finding NUL is the point
const NOT_STORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const NOT_STORABLE_TEXT = 'must not contain NUL characters or unpaired surrogates';

export const isStorableText = (text: string): boolean => !NOT_STORABLE.test(text);

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value));

/** Dotted paths from `path` of the strings (values and keys) inside plain data that are not storable text. */
export function unstorableTextPaths(value: unknown, path: string): string[] {
  if (typeof value === 'string') return isStorableText(value) ? [] : [path];
  if (Array.isArray(value)) return value.flatMap((item, index) => unstorableTextPaths(item, `${path}.${index}`));
  if (!isPlainObject(value)) return [];
  return Object.entries(value).flatMap(([key, inner]) => {
    const at = `${path}.${key}`;
    return isStorableText(key) ? unstorableTextPaths(inner, at) : [at];
  });
}
