import { ErrorCode } from '@assay/domain';
import { MAX_STATUS_REASON_LENGTH, checkStatusChange } from './certificate-status-input.js';

const ID = '0b6a5a52-1c1e-4a55-9d5e-1c3f2d0c9a11';

function fieldsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    return ((error as { details: { fields: { field: string }[] } }).details.fields ?? []).map((f) => f.field);
  }
  throw new Error('expected BAD_USER_INPUT');
}

describe('certificate status change input', () => {
  it('names a certificate by id, with the reason trimmed', () => {
    expect(checkStatusChange({ certificateId: ID, reason: '  Misuse reported  ' })).toEqual({ target: { id: ID }, reason: 'Misuse reported' });
  });

  it('names a certificate by serial, upper-cased as printed', () => {
    expect(checkStatusChange({ serial: ' assay-2026-7k3f ', reason: 'r' })).toEqual({ target: { serial: 'ASSAY-2026-7K3F' }, reason: 'r' });
  });

  it('refuses neither id nor serial', () => {
    expect(fieldsOf(() => checkStatusChange({ reason: 'r' }))).toEqual(['input.certificateId', 'input.serial']);
  });

  it('refuses both id and serial', () => {
    expect(fieldsOf(() => checkStatusChange({ certificateId: ID, serial: 'ASSAY-1', reason: 'r' }))).toEqual(['input.certificateId', 'input.serial']);
  });

  it('refuses an id that is not a UUID (it would reach SQL)', () => {
    expect(fieldsOf(() => checkStatusChange({ certificateId: 'nope', reason: 'r' }))).toEqual(['input.certificateId']);
  });

  it('refuses a serial with other characters', () => {
    expect(fieldsOf(() => checkStatusChange({ serial: "ASSAY'; DROP", reason: 'r' }))).toEqual(['input.serial']);
  });

  it('refuses a blank reason', () => {
    expect(fieldsOf(() => checkStatusChange({ certificateId: ID, reason: ' \n ' }))).toEqual(['input.reason']);
  });

  it('refuses a reason longer than the bound, and accepts one exactly at it', () => {
    expect(fieldsOf(() => checkStatusChange({ certificateId: ID, reason: 'x'.repeat(MAX_STATUS_REASON_LENGTH + 1) }))).toEqual(['input.reason']);
    expect(checkStatusChange({ certificateId: ID, reason: 'x'.repeat(MAX_STATUS_REASON_LENGTH) }).reason).toHaveLength(MAX_STATUS_REASON_LENGTH);
  });
});
