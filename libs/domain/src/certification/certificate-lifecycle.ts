import { conflict } from '../errors.js';

/** SPEC §3: CERTIFIED from maturity 80, else CERTIFIED_WITH_CONDITIONS (the reviewer writes the conditions). */
export enum CertificateLevel {
  CERTIFIED = 'CERTIFIED',
  CERTIFIED_WITH_CONDITIONS = 'CERTIFIED_WITH_CONDITIONS',
}

/** SPEC §4: VALID for 12 months → EXPIRED; SUSPENDED and REVOKED by the association with a reason. */
export enum CertificateStatus {
  VALID = 'VALID',
  SUSPENDED = 'SUSPENDED',
  REVOKED = 'REVOKED',
  EXPIRED = 'EXPIRED',
}

export enum CertificateEvent {
  SUSPEND = 'SUSPEND',
  REINSTATE = 'REINSTATE',
  REVOKE = 'REVOKE',
  EXPIRE = 'EXPIRE',
}

/** The reviewer's conditions are printed on the certificate and signed with it: one limit for both. */
export const MAX_CERTIFICATE_CONDITIONS_LENGTH = 4000;

/** How long a certificate is valid from its issue. */
export const CERTIFICATE_VALIDITY_MONTHS = 12;

const { VALID, SUSPENDED, REVOKED, EXPIRED } = CertificateStatus;

/** The whole certificate lifecycle: (state, event) → next state. REVOKED and EXPIRED are final. */
const TRANSITIONS: Readonly<Record<CertificateStatus, Partial<Record<CertificateEvent, CertificateStatus>>>> = Object.freeze({
  [VALID]: { SUSPEND: SUSPENDED, REVOKE: REVOKED, EXPIRE: EXPIRED },
  [SUSPENDED]: { REINSTATE: VALID, REVOKE: REVOKED, EXPIRE: EXPIRED },
  [REVOKED]: {},
  [EXPIRED]: {},
});

/** The next status, or CONFLICT naming the current one and what it allows. */
export function certificateTransition(current: CertificateStatus, event: CertificateEvent): CertificateStatus {
  const next = TRANSITIONS[current][event];
  if (next) return next;
  const allowed = Object.keys(TRANSITIONS[current]);
  throw conflict(
    `Cannot ${event.toLowerCase()}: the certificate is ${current}` + (allowed.length ? ` (allowed now: ${allowed.join(', ')})` : ' (a final state)'),
  );
}

export function canCertificateTransition(current: CertificateStatus, event: CertificateEvent): boolean {
  return TRANSITIONS[current][event] !== undefined;
}

/** The instant a certificate issued at `issuedAt` stops being valid: the same day and time 12 months later (UTC). */
export function certificateValidUntil(issuedAt: Date): Date {
  const until = new Date(issuedAt);
  const day = until.getUTCDate();
  until.setUTCMonth(until.getUTCMonth() + CERTIFICATE_VALIDITY_MONTHS);
  // 29 February + 12 months rolls into March: keep the last day of February instead.
  if (until.getUTCDate() !== day) until.setUTCDate(0);
  return until;
}
