import { canonicalPayload, parseCertificatePayload } from '@assay/certificates';
import { CertificateLevel, ProductCategory, Tier, type QuestionnaireDefinition } from '@assay/domain';
import { certificatePayloadFrom, type CertificateSource } from './certificate-payload.builder.js';

const definition = {
  themes: [
    { code: 'T1', title: { en: 'Governance', fr: 'Gouvernance', es: 'Gobernanza' }, questions: [] },
    { code: 'T2', title: { en: 'Impact assessment', fr: "Évaluation d'impact", es: 'Evaluación de impacto' }, questions: [] },
  ],
} as unknown as QuestionnaireDefinition;

const source = (overrides: Partial<CertificateSource> = {}): CertificateSource => ({
  serial: 'ASSAY-2026-7K3F9QXD',
  issuerName: 'Security Technology Accountability Association',
  supplier: { id: '7d4f7c1e-5b0b-4d4e-9d0a-3f1c2b7a9e10', legalName: 'Sentinel Analytics SA', country: 'CH' },
  products: [{ id: '00000000-0000-4000-8000-000000000001', name: 'Sentinel Perimeter', category: ProductCategory.VIDEO_ANALYTICS_CCTV }],
  level: CertificateLevel.CERTIFIED,
  conditions: null,
  issuedAt: new Date('2026-05-04T10:00:00.000Z'),
  validUntil: new Date('2027-05-04T10:00:00.000Z'),
  methodologyVersion: 'assay-v1',
  run: {
    themes: [
      { code: 'T1', score: 83.3333, weight: 1, applicableQuestions: 3 },
      { code: 'T2', score: null, weight: 1, applicableQuestions: 0 },
    ],
    maturity: 83.3333,
    tier: Tier.LOW,
  },
  override: null,
  definition,
  publicBaseUrl: 'https://assay.example.org/',
  ...overrides,
});

describe('the payload of a certificate', () => {
  it('is a valid payload whose canonical form is stable', () => {
    const payload = certificatePayloadFrom(source());
    expect(parseCertificatePayload(payload)).toEqual(payload);
    expect(canonicalPayload(certificatePayloadFrom(source()))).toBe(canonicalPayload(payload));
  });

  it('prints scores to one decimal and keeps a theme with no applicable question as null', () => {
    const payload = certificatePayloadFrom(source());
    expect(payload.themes).toEqual([
      { code: 'T1', title: { en: 'Governance', fr: 'Gouvernance', es: 'Gobernanza' }, score: 83.3 },
      { code: 'T2', title: { en: 'Impact assessment', fr: "Évaluation d'impact", es: 'Evaluación de impacto' }, score: null },
    ]);
    expect(payload.maturity).toBe(83.3);
  });

  it('shows the effective scores when a reviewer override is in force', () => {
    const payload = certificatePayloadFrom(source({ run: { ...source().run, tier: Tier.HIGH, maturity: 72 }, override: { tier: Tier.MEDIUM, maturity: null } }));
    expect([payload.tier, payload.maturity]).toEqual([Tier.MEDIUM, 72]);
  });

  it('points the verification URL at /verify/<serial> whatever the base URL ends with', () => {
    expect(certificatePayloadFrom(source()).verificationUrl).toBe('https://assay.example.org/verify/ASSAY-2026-7K3F9QXD');
    expect(certificatePayloadFrom(source({ publicBaseUrl: 'http://localhost:3000' })).verificationUrl).toBe('http://localhost:3000/verify/ASSAY-2026-7K3F9QXD');
  });

  it('names a theme the questionnaire does not know by its code rather than leaving it blank', () => {
    const run = { ...source().run, themes: [{ code: 'T99', score: 50, weight: 1, applicableQuestions: 1 }] };
    expect(certificatePayloadFrom(source({ run })).themes[0]!.title).toEqual({ en: 'T99', fr: 'T99', es: 'T99' });
  });

  it('writes the instants as Date#toISOString does (one spelling per instant)', () => {
    const payload = certificatePayloadFrom(source());
    expect([payload.issuedAt, payload.validUntil]).toEqual(['2026-05-04T10:00:00.000Z', '2027-05-04T10:00:00.000Z']);
  });
});
