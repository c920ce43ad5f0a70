import { fileTypeFromBuffer } from 'file-type';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content types evidence may have, each with the file-name extensions that honestly announce it. */
export const EVIDENCE_CONTENT_TYPES: Readonly<Record<string, readonly string[]>> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
  [DOCX]: ['docx'],
  [XLSX]: ['xlsx'],
  'text/csv': ['csv'],
  'text/plain': ['txt', 'text', 'log', 'md'],
};

/**
 * How many leading bytes the detection reads. More than file-type's usual 4100: a DOCX or XLSX is a zip, and
 * telling them apart means reading its first entries ([Content_Types].xml), which may run past 4 KiB.
 */
export const SNIFF_BYTES = 64 * 1024;

export type Detection = { allowed: true; contentType: string } | { allowed: false; detected: string };

/**
 * The content type of an upload, from its first bytes (`head`; `complete` when it is the whole file), never
 * from its name or headers. Binary formats are recognised by their signatures. Text has none: it is accepted
 * when it is valid UTF-8 without NUL bytes, as `text/csv` when its name ends in `.csv` (or it was declared
 * `text/csv`), otherwise as `text/plain`.
 */
export async function detectEvidenceType(head: Uint8Array, complete: boolean, declared: { fileName: string; mimeType?: string }): Promise<Detection> {
  const signature = await fileTypeFromBuffer(head);
  if (signature) {
    return signature.mime in EVIDENCE_CONTENT_TYPES ? { allowed: true, contentType: signature.mime } : { allowed: false, detected: signature.mime };
  }
  if (!isUtf8Text(head, complete)) return { allowed: false, detected: 'application/octet-stream' };
  const csv = extensionOf(declared.fileName) === 'csv' || declared.mimeType?.toLowerCase() === 'text/csv';
  return { allowed: true, contentType: csv ? 'text/csv' : 'text/plain' };
}

/** Valid UTF-8 with no NUL byte; a multi-byte character cut off at the end of an incomplete head is fine. */
export function isUtf8Text(head: Uint8Array, complete: boolean): boolean {
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** Lower-cased extension of a file name, without the dot ('' when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
}

/** A sentence for the uploader when the name announces another type than the content has; null when it agrees. */
export function nameMismatch(fileName: string, contentType: string): string | null {
  const extension = extensionOf(fileName);
  const honest = EVIDENCE_CONTENT_TYPES[contentType] ?? [];
  if (extension === '' || honest.includes(extension)) return null;
  return `The file's name ends in .${extension} but its content is ${contentType}; it was stored as ${contentType}`;
}

/** The usual extension of an allowed content type, for uploads whose name says nothing usable. */
export function defaultExtension(contentType: string): string {
  return EVIDENCE_CONTENT_TYPES[contentType]?.[0] ?? 'bin';
}
