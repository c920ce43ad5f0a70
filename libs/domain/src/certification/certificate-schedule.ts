import { CertificateEvent, CertificateStatus, canCertificateTransition } from './certificate-lifecycle.js';

/** Reminders before expiry, in days (SPEC §4): each is sent once. */
export const CERTIFICATE_REMINDER_DAYS = [60, 30] as const;
export type CertificateReminder = (typeof CERTIFICATE_REMINDER_DAYS)[number];

/** A reassessment opens this many days before expiry, so it can be answered, scored and reviewed in time. */
export const REASSESSMENT_LEAD_DAYS = 60;

const DAY_MS = 86_400_000;

/** `days` whole days (of 24 hours) after `instant`. */
export function daysAfter(instant: Date, days: number): Date {
  return new Date(instant.getTime() + days * DAY_MS);
}

/**
 * The window of `valid_until` in which a reminder is due at `now`: after `from` (exclusive) and up to `until`
 * (inclusive). The 60-day reminder is due from 60 days before expiry until the 30-day one takes over, so a run
 * that was missed for a month sends the 30-day reminder alone rather than both at once.
 */
export function reminderWindow(reminder: CertificateReminder, now: Date): { from: Date; until: Date } {
  const later = CERTIFICATE_REMINDER_DAYS.find((days) => days < reminder);
  return { from: daysAfter(now, later ?? 0), until: daysAfter(now, reminder) };
}

export interface ScheduledCertificate {
  status: CertificateStatus;
  validUntil: Date;
  reminder60SentAt: Date | null;
  reminder30SentAt: Date | null;
  reassessmentId: string | null;
}

const SENT: Record<CertificateReminder, (certificate: ScheduledCertificate) => Date | null> = {
  60: (certificate) => certificate.reminder60SentAt,
  30: (certificate) => certificate.reminder30SentAt,
};

/** Whether the certificate's time is up: VALID or SUSPENDED with `validUntil` reached. */
export function certificateExpiryDue(certificate: Pick<ScheduledCertificate, 'status' | 'validUntil'>, now: Date): boolean {
  return canCertificateTransition(certificate.status, CertificateEvent.EXPIRE) && certificate.validUntil.getTime() <= now.getTime();
}

/** The reminder to send now, if any: only a VALID certificate is reminded (a suspended one is not to be relied on). */
export function certificateReminderDue(certificate: ScheduledCertificate, now: Date): CertificateReminder | null {
  if (certificate.status !== CertificateStatus.VALID) return null;
  const until = certificate.validUntil.getTime();
  for (const reminder of CERTIFICATE_REMINDER_DAYS) {
    const window = reminderWindow(reminder, now);
    if (until > window.from.getTime() && until <= window.until.getTime()) return SENT[reminder](certificate) ? null : reminder;
  }
  return null;
}

/** Whether a reassessment should open now: a VALID certificate within its lead time, none opened yet. */
export function reassessmentDue(certificate: ScheduledCertificate, now: Date): boolean {
  const until = certificate.validUntil.getTime();
  return (
    certificate.status === CertificateStatus.VALID &&
    certificate.reassessmentId === null &&
    until > now.getTime() &&
    until <= daysAfter(now, REASSESSMENT_LEAD_DAYS).getTime()
  );
}

/** Every status from which the event is allowed (for the SQL that picks the rows the event applies to). */
export function certificateStatusesAllowing(event: CertificateEvent): CertificateStatus[] {
  return Object.values(CertificateStatus).filter((status) => canCertificateTransition(status, event));
}
