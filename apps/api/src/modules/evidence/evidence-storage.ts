import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';

/**
 * Where evidence bytes live (local disk by default; an object store would implement the same three calls).
 * Keys come from `newEvidenceKey()`, never from anything the uploader sent.
 */
export interface EvidenceStorage {
  /** Stores the whole stream under `key`, or nothing: a stream that fails or is aborted leaves no file behind. */
  put(key: string, content: Readable): Promise<void>;
  get(key: string): Readable;
  /** Removes the file; a key with nothing stored is not an error. */
  delete(key: string): Promise<void>;
}

export const EVIDENCE_STORAGE = Symbol('EVIDENCE_STORAGE');

/** `ab/cd/<uuid>`: two levels of sharding keep directories small. */
export const EVIDENCE_KEY_PATTERN = /^([0-9a-f]{2})\/([0-9a-f]{2})\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function newEvidenceKey(): string {
  const id = randomUUID();
  return `${id.slice(0, 2)}/${id.slice(2, 4)}/${id}`;
}
