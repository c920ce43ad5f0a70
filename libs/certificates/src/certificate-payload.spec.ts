import { canonicalPayload, CertificatePayloadError, parseCertificatePayload } from './certificate-payload.js';
import { samplePayload } from './certificate.fixtures.js';

/** The same object with its keys in reverse order, at every depth. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reverseKeys(inner)]));
  return value;
}

describe('canonical certificate payload (RFC 8785)', () => {
  it('is the same bytes whatever order the keys were written in', () => {
    const payload = samplePayload();
    const reversed = reverseKeys(payload) as typeof payload;
    expect(JSON.stringify(reversed)).not.toBe(JSON.stringify(payload));
    expect(canonicalPayload(reversed)).toBe(canonicalPayload(payload));
  });

  it('sorts keys and writes no whitespace', () => {
    const canonical = canonicalPayload(samplePayload());
    expect(canonical.startsWith('{"conditions":')).toBe(true);
    expect(canonical).not.toMatch(/":\s|,\s"/);
    expect(canonical.indexOf('"issuedAt"')).toBeLessThan(canonical.indexOf('"issuer"'));
  });

  it('writes numbers in their shortest form and keeps non-Latin text as UTF-8, not escapes', () => {
    const canonical = canonicalPayload(samplePayload({ maturity: 80, supplier: { id: 's', legalName: 'Ασπίδα Α.Ε.', country: 'GR' } }));
    expect(canonical).toContain('"maturity":80,');
    expect(canonical).toContain('"legalName":"Ασπίδα Α.Ε."');
  });

  it('round-trips: parsing the canonical bytes and canonicalising again gives the same bytes', () => {
    const canonical = canonicalPayload(samplePayload());
    expect(canonicalPayload(parseCertificatePayload(JSON.parse(canonical)))).toBe(canonical);
  });

  it('refuses a payload with an unknown field, a wrong version or an out-of-range score, naming each', () => {
    const bad = { ...samplePayload(), version: 2, extra: true, maturity: 140 };
    expect(() => parseCertificatePayload(bad)).toThrow(CertificatePayloadError);
    try {
      parseCertificatePayload(bad);
    } catch (error) {
      const problems = (error as CertificatePayloadError).problems.join('\n');
      expect(problems).toMatch(/version/);
      expect(problems).toMatch(/maturity/);
      expect(problems).toMatch(/extra/);
    }
  });

  it('refuses instants in any other spelling than Date#toISOString, so one instant has one canonical form', () => {
    expect(() => parseCertificatePayload(samplePayload({ issuedAt: '2026-03-01T10:30:00+01:00' }))).toThrow(/issuedAt/);
  });
});
