import { ErrorCode } from '../errors.js';
import { CertificateEvent, CertificateStatus, certificateTransition, certificateValidUntil } from './certificate-lifecycle.js';

const LEGAL: Record<CertificateStatus, Partial<Record<CertificateEvent, CertificateStatus>>> = {
  VALID: { SUSPEND: CertificateStatus.SUSPENDED, REVOKE: CertificateStatus.REVOKED, EXPIRE: CertificateStatus.EXPIRED },
  SUSPENDED: { REINSTATE: CertificateStatus.VALID, REVOKE: CertificateStatus.REVOKED, EXPIRE: CertificateStatus.EXPIRED },
  REVOKED: {},
  EXPIRED: {},
};

describe('certificate lifecycle', () => {
  for (const status of Object.values(CertificateStatus)) {
    for (const event of Object.values(CertificateEvent)) {
      const next = LEGAL[status][event];
      if (next) {
        it(`${event} moves a ${status} certificate to ${next}`, () => expect(certificateTransition(status, event)).toBe(next));
      } else {
        it(`${event} on a ${status} certificate answers CONFLICT naming ${status}`, () => {
          expect(() => certificateTransition(status, event)).toThrow(expect.objectContaining({ code: ErrorCode.CONFLICT, message: expect.stringContaining(status) }));
        });
      }
    }
  }

  it('is valid for twelve months to the minute', () => {
    expect(certificateValidUntil(new Date('2026-11-24T10:30:00.000Z')).toISOString()).toBe('2027-11-24T10:30:00.000Z');
  });

  it('issued on 29 February, is valid until the last day of February of the next year', () => {
    expect(certificateValidUntil(new Date('2028-02-29T12:00:00.000Z')).toISOString()).toBe('2029-02-28T12:00:00.000Z');
  });
});
