import { isUUID } from 'class-validator';
import { badInput, type FieldError } from '@assay/domain';

export const MAX_STATUS_REASON_LENGTH = 2000;
/** Serials are upper-case letters, digits and `-` (docs/certificates.md); what a person types is upper-cased. */
const SERIAL = /^[A-Z0-9-]{1,64}$/;

export type CertificateTarget = { id: string } | { serial: string };

/** The certificate named (by id or serial, exactly one) and the trimmed reason; BAD_USER_INPUT naming each problem. */
export function checkStatusChange(input: { certificateId?: string | null; serial?: string | null; reason?: unknown }): { target: CertificateTarget; reason: string } {
  const problems: FieldError[] = [];
  const id = input.certificateId?.trim() || null;
  const serial = input.serial?.trim().toUpperCase() || null;
  let target: CertificateTarget | null = null;
  if (Boolean(id) === Boolean(serial)) {
    const message = 'give exactly one of certificateId and serial';
    problems.push({ field: 'input.certificateId', message }, { field: 'input.serial', message });
  } else if (id) {
    if (isUUID(id)) target = { id };
    else problems.push({ field: 'input.certificateId', message: 'must be a certificate id (a UUID)' });
  } else if (serial) {
    if (SERIAL.test(serial)) target = { serial };
    else problems.push({ field: 'input.serial', message: 'must be a certificate serial: letters, digits and "-", at most 64' });
  }
  const reason = typeof input.reason === 'string' ? input.reason.trim() : '';
  if (reason === '') problems.push({ field: 'input.reason', message: 'must not be blank' });
  else if (reason.length > MAX_STATUS_REASON_LENGTH) problems.push({ field: 'input.reason', message: `must be at most ${MAX_STATUS_REASON_LENGTH} characters` });
  if (problems.length > 0 || !target) throw badInput(problems, 'Name one certificate and say why');
  return { target, reason };
}
