import canonicalize from 'canonicalize';
import { z } from 'zod';
import { CertificateLevel, MAX_CERTIFICATE_CONDITIONS_LENGTH, ProductCategory, Tier } from '@assay/domain';

/** Bumped when a field is added, removed or changes meaning; a verifier refuses versions it does not know. */
export const CERTIFICATE_PAYLOAD_VERSION = 1;

export { CertificateLevel };

const text = z.string().trim().min(1).max(500);
const localized = z.strictObject({ en: text, fr: text, es: text });
// Instants in UTC with milliseconds, the form Date#toISOString writes: one spelling per instant, so the same
// certificate always canonicalises to the same bytes.
const instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/, 'must be a UTC instant as Date#toISOString writes it');
const score = z.number().min(0).max(100);

/**
 * Everything a certificate asserts, and nothing else: the signature covers exactly this, so what the PDF shows
 * is only trustworthy where it repeats these fields (the verifier prints them from the payload, not the page).
 */
export const certificatePayloadSchema = z.strictObject({
  version: z.literal(CERTIFICATE_PAYLOAD_VERSION),
  serial: z.string().regex(/^[A-Z0-9][A-Z0-9-]{2,63}$/, 'upper-case letters, digits and "-"'),
  issuer: z.strictObject({ name: text }),
  supplier: z.strictObject({ id: text, legalName: text, country: z.string().regex(/^[A-Z]{2}$/, 'ISO 3166-1 alpha-2') }),
  products: z.array(z.strictObject({ id: text, name: text, category: z.enum(ProductCategory) })).min(1).max(200),
  level: z.enum(CertificateLevel),
  /** The reviewer's conditions, in the language they wrote them; null for CERTIFIED. */
  conditions: z.string().trim().min(1).max(MAX_CERTIFICATE_CONDITIONS_LENGTH).nullable(),
  issuedAt: instant,
  validUntil: instant,
  methodologyVersion: text,
  themes: z.array(z.strictObject({ code: z.string().min(1).max(20), title: localized, score: score.nullable() })).max(50),
  maturity: score,
  tier: z.enum(Tier),
  verificationUrl: z.url({ protocol: /^https?$/ }),
});

export type CertificatePayload = z.output<typeof certificatePayloadSchema>;
export type CertificateTheme = CertificatePayload['themes'][number];
export type CertificateProduct = CertificatePayload['products'][number];

export class CertificatePayloadError extends Error {
  override readonly name = 'CertificatePayloadError';

  constructor(readonly problems: string[]) {
    super(`Not a valid certificate payload: ${problems.join('; ')}`);
  }
}

/** Validates `candidate` as a payload (e.g. one parsed from a PDF); throws CertificatePayloadError naming every problem. */
export function parseCertificatePayload(candidate: unknown): CertificatePayload {
  const parsed = certificatePayloadSchema.safeParse(candidate);
  if (parsed.success) return parsed.data;
  throw new CertificatePayloadError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'payload'}: ${issue.message}`));
}

/**
 * The RFC 8785 (JSON Canonicalization Scheme) form of a valid payload: keys sorted, no whitespace, numbers
 * in their shortest round-trip form. These exact UTF-8 bytes are what is signed and what the PDF embeds.
 */
export function canonicalPayload(payload: CertificatePayload): string {
  const canonical = canonicalize(parseCertificatePayload(payload));
  // canonicalize answers undefined only for values JSON cannot hold, which the schema has already refused.
  if (canonical === undefined) throw new CertificatePayloadError(['payload: cannot be written as JSON']);
  return canonical;
}
