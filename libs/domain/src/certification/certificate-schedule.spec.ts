import { CertificateEvent, CertificateStatus } from './certificate-lifecycle.js';
import {
  certificateExpiryDue,
  certificateReminderDue,
  certificateStatusesAllowing,
  daysAfter,
  reassessmentDue,
  reminderWindow,
  type ScheduledCertificate,
} from './certificate-schedule.js';

const NOW = new Date('2027-06-15T09:00:00.000Z');
const HOUR = 3_600_000;

/** A VALID certificate expiring `days` days after NOW, nothing sent, no reassessment. */
function expiringIn(days: number, overrides: Partial<ScheduledCertificate> = {}): ScheduledCertificate {
  return { status: CertificateStatus.VALID, validUntil: daysAfter(NOW, days), reminder60SentAt: null, reminder30SentAt: null, reassessmentId: null, ...overrides };
}

describe('certificate schedule: expiry', () => {
  it('a VALID certificate whose valid-until is now has expired', () => {
    expect(certificateExpiryDue(expiringIn(0), NOW)).toBe(true);
  });

  it('a VALID certificate with one hour left has not expired', () => {
    expect(certificateExpiryDue({ status: CertificateStatus.VALID, validUntil: new Date(NOW.getTime() + HOUR) }, NOW)).toBe(false);
  });

  it('a SUSPENDED certificate expires too (suspension does not stop the clock)', () => {
    expect(certificateExpiryDue(expiringIn(-1, { status: CertificateStatus.SUSPENDED }), NOW)).toBe(true);
  });

  it('a REVOKED certificate past its date stays REVOKED', () => {
    expect(certificateExpiryDue(expiringIn(-10, { status: CertificateStatus.REVOKED }), NOW)).toBe(false);
  });

  it('an EXPIRED certificate is not expired twice', () => {
    expect(certificateExpiryDue(expiringIn(-10, { status: CertificateStatus.EXPIRED }), NOW)).toBe(false);
  });

  it('the statuses the expiry job picks are exactly VALID and SUSPENDED', () => {
    expect(certificateStatusesAllowing(CertificateEvent.EXPIRE).sort()).toEqual([CertificateStatus.SUSPENDED, CertificateStatus.VALID]);
  });
});

describe('certificate schedule: reminders', () => {
  it('61 days before expiry, nothing is due', () => {
    expect(certificateReminderDue(expiringIn(61), NOW)).toBeNull();
  });

  it('exactly 60 days before expiry, the 60-day reminder is due', () => {
    expect(certificateReminderDue(expiringIn(60), NOW)).toBe(60);
  });

  it('45 days before expiry, the 60-day reminder is still due if it was never sent (the job was down)', () => {
    expect(certificateReminderDue(expiringIn(45), NOW)).toBe(60);
  });

  it('45 days before expiry with the 60-day reminder sent, nothing is due', () => {
    expect(certificateReminderDue(expiringIn(45, { reminder60SentAt: daysAfter(NOW, -15) }), NOW)).toBeNull();
  });

  it('exactly 30 days before expiry, the 30-day reminder is due', () => {
    expect(certificateReminderDue(expiringIn(30, { reminder60SentAt: daysAfter(NOW, -30) }), NOW)).toBe(30);
  });

  it('29 days before expiry with no reminder sent yet, only the 30-day reminder is due (no late 60-day one)', () => {
    expect(certificateReminderDue(expiringIn(29), NOW)).toBe(30);
  });

  it('10 days before expiry with both sent, nothing is due', () => {
    expect(certificateReminderDue(expiringIn(10, { reminder60SentAt: daysAfter(NOW, -50), reminder30SentAt: daysAfter(NOW, -20) }), NOW)).toBeNull();
  });

  it('a SUSPENDED certificate 30 days before expiry is not reminded', () => {
    expect(certificateReminderDue(expiringIn(30, { status: CertificateStatus.SUSPENDED }), NOW)).toBeNull();
  });

  it('an expired certificate is not reminded', () => {
    expect(certificateReminderDue(expiringIn(0), NOW)).toBeNull();
  });

  it('the two windows meet without a gap or an overlap', () => {
    const sixty = reminderWindow(60, NOW);
    const thirty = reminderWindow(30, NOW);
    expect(sixty.from).toEqual(thirty.until);
    expect(thirty.from).toEqual(NOW);
    expect(sixty.until).toEqual(daysAfter(NOW, 60));
  });

  it('every hour of the last 70 days agrees with the windows the SQL uses', () => {
    for (let hours = 0; hours <= 70 * 24; hours += 1) {
      const certificate = { ...expiringIn(0), validUntil: new Date(NOW.getTime() + hours * HOUR) };
      const due = certificateReminderDue(certificate, NOW);
      const inWindow = ([60, 30] as const).find((days) => {
        const window = reminderWindow(days, NOW);
        return certificate.validUntil > window.from && certificate.validUntil <= window.until;
      });
      expect(due).toBe(inWindow ?? null);
    }
  });
});

describe('certificate schedule: reassessment', () => {
  it('61 days before expiry, no reassessment yet', () => {
    expect(reassessmentDue(expiringIn(61), NOW)).toBe(false);
  });

  it('60 days before expiry, a reassessment opens', () => {
    expect(reassessmentDue(expiringIn(60), NOW)).toBe(true);
  });

  it('20 days before expiry, a reassessment still opens if none was (the job was down)', () => {
    expect(reassessmentDue(expiringIn(20), NOW)).toBe(true);
  });

  it('once opened, it does not open again', () => {
    expect(reassessmentDue(expiringIn(50, { reassessmentId: 'a1b2' }), NOW)).toBe(false);
  });

  it('a SUSPENDED certificate gets no reassessment (reinstate it first)', () => {
    expect(reassessmentDue(expiringIn(50, { status: CertificateStatus.SUSPENDED }), NOW)).toBe(false);
  });

  it('an expired certificate gets no reassessment: a new request starts over', () => {
    expect(reassessmentDue(expiringIn(0), NOW)).toBe(false);
  });
});
