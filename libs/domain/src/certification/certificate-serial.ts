import { CertificateStatus } from './certificate-lifecycle.js';

/** Crockford's base32 alphabet: digits and upper-case letters without I, L, O and U (nothing to misread). */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Random characters after the year: 8 × 5 bits = 40 bits, so a collision is rare (and retried on insert). */
export const SERIAL_RANDOM_LENGTH = 8;
/** Bytes of randomness a serial needs (5 × 8 bits = 40 bits = 8 characters). */
export const SERIAL_RANDOM_BYTES = 5;

/** `ASSAY-<year>-<8 Crockford base32 characters>`, e.g. `ASSAY-2026-7K3F9QXD`: what issueCertificate writes and /verify accepts. */
export const CERTIFICATE_SERIAL_PATTERN = /^ASSAY-\d{4}-[0-9A-HJKMNP-TV-Z]{8}$/;

/**
 * A certificate serial from the year of issue and 5 random bytes (the caller draws them from node:crypto, so
 * this stays pure and testable). Each character is 5 bits of the 40, most significant first.
 */
export function certificateSerial(issuedAt: Date, random: Uint8Array): string {
  if (random.length !== SERIAL_RANDOM_BYTES) throw new RangeError(`a serial needs exactly ${SERIAL_RANDOM_BYTES} random bytes`);
  let bits = 0n;
  for (const byte of random) bits = (bits << 8n) | BigInt(byte);
  let chars = '';
  for (let index = SERIAL_RANDOM_LENGTH - 1; index >= 0; index -= 1) chars += CROCKFORD_ALPHABET[Number((bits >> BigInt(index * 5)) & 31n)];
  return `ASSAY-${issuedAt.getUTCFullYear()}-${chars}`;
}

/**
 * The serial as people type it (surrounding spaces, lower case) in the one spelling the database holds, or
 * null when it cannot be a serial (wrong length or characters): the caller answers BAD_USER_INPUT.
 */
export function normaliseSerial(text: string): string | null {
  const serial = text.trim().toUpperCase();
  return serial.length <= 64 && CERTIFICATE_SERIAL_PATTERN.test(serial) ? serial : null;
}

/**
 * The status a certificate has for anyone asking now: a VALID or SUSPENDED certificate whose validity has
 * ended is EXPIRED, even before the lifecycle job has written it (the job runs periodically; the answer must
 * not depend on when it last ran).
 */
export function effectiveCertificateStatus(status: CertificateStatus, validUntil: Date, now: Date = new Date()): CertificateStatus {
  const live = status === CertificateStatus.VALID || status === CertificateStatus.SUSPENDED;
  return live && validUntil.getTime() <= now.getTime() ? CertificateStatus.EXPIRED : status;
}
