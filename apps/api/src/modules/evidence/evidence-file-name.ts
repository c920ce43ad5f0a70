import { defaultExtension } from './evidence-content-type.js';

export const FILE_NAME_MAX_CHARACTERS = 255;

// C0 and C1 controls, DEL, and the bidirectional overrides that can make `evil‮fdp.exe` read as `evil.exe.pdf`.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name shown to people (it never becomes a path): the last segment of whatever path was sent, without
 * control characters, at most 255 characters, keeping a short extension when it has to be cut.
 */
export function sanitiseFileName(raw: string | undefined, contentType: string): string {
  const lastSegment = (raw ?? '').normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = lastSegment.replace(UNSAFE_CHARACTERS, '').trim();
  const name = cleaned === '.' || cleaned === '..' || cleaned.replace(/\./g, '') === '' ? '' : cleaned;
  if (name === '') return `evidence.${defaultExtension(contentType)}`;
  const characters = Array.from(name); // code points, so a cut never splits a surrogate pair
  if (characters.length <= FILE_NAME_MAX_CHARACTERS) return name;
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? Array.from(name.slice(dot)) : [];
  if (extension.length === 0 || extension.length > 16) return characters.slice(0, FILE_NAME_MAX_CHARACTERS).join('');
  return characters.slice(0, FILE_NAME_MAX_CHARACTERS - extension.length).join('') + extension.join('');
}

/** RFC 6266 / 5987: an ASCII fallback for old clients and the exact name, percent-encoded, for the rest. */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
