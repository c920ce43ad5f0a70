import { CertificateStatus } from './certificate-lifecycle.js';
import { CERTIFICATE_SERIAL_PATTERN, certificateSerial, effectiveCertificateStatus, normaliseSerial } from './certificate-serial.js';

const ISSUED = new Date('2026-05-04T10:00:00.000Z');

describe('certificate serials', () => {
  it('all-zero randomness gives eight zeros after the year of issue', () => {
    expect(certificateSerial(ISSUED, new Uint8Array(5))).toBe('ASSAY-2026-00000000');
  });

  it('all-one randomness gives eight Zs (the last character of the alphabet)', () => {
    expect(certificateSerial(ISSUED, new Uint8Array(5).fill(255))).toBe('ASSAY-2026-ZZZZZZZZ');
  });

  it('reads the 40 bits most significant first, five at a time', () => {
    // 0x01 0x23 0x45 0x67 0x89 = 00000 00100 10001 10100 01010 11001 11100 01001 → 0 4 H M A S W 9
    expect(certificateSerial(ISSUED, Uint8Array.from([0x01, 0x23, 0x45, 0x67, 0x89]))).toBe('ASSAY-2026-04HMASW9');
  });

  it('takes the year in UTC: just after midnight on 1 January UTC is the new year', () => {
    expect(certificateSerial(new Date('2026-12-31T23:59:59.999Z'), new Uint8Array(5))).toMatch(/^ASSAY-2026-/);
    expect(certificateSerial(new Date('2027-01-01T00:00:00.000Z'), new Uint8Array(5))).toMatch(/^ASSAY-2027-/);
  });

  it('never uses I, L, O or U, and always matches the public pattern', () => {
    for (let i = 0; i < 200; i += 1) {
      const serial = certificateSerial(ISSUED, Uint8Array.from({ length: 5 }, (_, j) => (i * 37 + j * 91) % 256));
      expect(serial).toMatch(CERTIFICATE_SERIAL_PATTERN);
      expect(serial.slice(11)).not.toMatch(/[ILOU]/);
    }
  });

  it('refuses randomness of the wrong size', () => {
    expect(() => certificateSerial(ISSUED, new Uint8Array(4))).toThrow(RangeError);
  });
});

describe('a serial as typed', () => {
  it('is trimmed and upper-cased', () => {
    expect(normaliseSerial('  assay-2026-7k3f9qxd ')).toBe('ASSAY-2026-7K3F9QXD');
  });

  it.each([
    ['too short', 'ASSAY-2026-7K3F9QX'],
    ['too long', 'ASSAY-2026-7K3F9QXDD'],
    ['a letter Crockford leaves out (U)', 'ASSAY-2026-7K3F9QXU'],
    ['another prefix', 'OTHER-2026-7K3F9QXD'],
    ['a two-digit year', 'ASSAY-26-7K3F9QXD'],
    ['markup', 'ASSAY-2026-<script>'],
    ['empty', ''],
  ])('is refused when %s', (_what, text) => {
    expect(normaliseSerial(text)).toBeNull();
  });
});

describe('the status a certificate has now', () => {
  const until = new Date('2027-05-04T10:00:00.000Z');

  it('VALID before its end stays VALID', () => {
    expect(effectiveCertificateStatus(CertificateStatus.VALID, until, new Date('2027-05-04T09:59:59.999Z'))).toBe(CertificateStatus.VALID);
  });

  it('VALID at the very instant it ends is EXPIRED, before the lifecycle job has marked it', () => {
    expect(effectiveCertificateStatus(CertificateStatus.VALID, until, until)).toBe(CertificateStatus.EXPIRED);
  });

  it('SUSPENDED past its end is EXPIRED too', () => {
    expect(effectiveCertificateStatus(CertificateStatus.SUSPENDED, until, new Date('2028-01-01T00:00:00.000Z'))).toBe(CertificateStatus.EXPIRED);
  });

  it('REVOKED stays REVOKED after its end (a revocation is never hidden by an expiry)', () => {
    expect(effectiveCertificateStatus(CertificateStatus.REVOKED, until, new Date('2028-01-01T00:00:00.000Z'))).toBe(CertificateStatus.REVOKED);
  });
});
