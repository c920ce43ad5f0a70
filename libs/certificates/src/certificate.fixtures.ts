import { ProductCategory, Tier } from '@assay/domain';
import { CERTIFICATE_PAYLOAD_VERSION, CertificateLevel, type CertificatePayload } from './certificate-payload.js';

const CATEGORIES = Object.values(ProductCategory);

/** A full certificate (10 products, 10 themes by default) as the specs and the benchmark render it. */
export function samplePayload(overrides: Partial<CertificatePayload> = {}, counts: { products?: number; themes?: number } = {}): CertificatePayload {
  const products = counts.products ?? 10;
  const themes = counts.themes ?? 10;
  return {
    version: CERTIFICATE_PAYLOAD_VERSION,
    serial: 'ASSAY-2026-000042',
    issuer: { name: 'International Security Technology Association' },
    supplier: { id: '7d4f7c1e-5b0b-4d4e-9d0a-3f1c2b7a9e10', legalName: 'Sentinel Analytics SA', country: 'CH' },
    products: Array.from({ length: products }, (_, index) => ({
      id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
      name: `Sentinel Vision ${index + 1} edge analytics appliance`,
      category: CATEGORIES[index % CATEGORIES.length]!,
    })),
    level: CertificateLevel.CERTIFIED_WITH_CONDITIONS,
    conditions: 'Publish the bias-testing results of the face-matching model within six months, and extend the grievance mechanism to people filmed in public spaces.',
    issuedAt: '2026-03-01T09:30:00.000Z',
    validUntil: '2027-03-01T09:30:00.000Z',
    methodologyVersion: 'v1',
    themes: Array.from({ length: themes }, (_, index) => ({
      code: `T${index + 1}`,
      title: { en: `Theme ${index + 1} of the questionnaire`, fr: `Thème ${index + 1} du questionnaire`, es: `Tema ${index + 1} del cuestionario` },
      score: index === 9 ? null : 55 + ((index * 7) % 45),
    })),
    maturity: 76.4,
    tier: Tier.MEDIUM,
    verificationUrl: 'https://assay.example.org/verify/ASSAY-2026-000042',
    ...overrides,
  };
}
