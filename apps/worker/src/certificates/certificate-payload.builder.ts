import { CERTIFICATE_PAYLOAD_VERSION, type CertificatePayload } from '@assay/certificates';
import type { CertifiedProduct } from '@assay/database';
import { effectiveScores, type CertificateLevel, type QuestionnaireDefinition, type ThemeScore, type Tier } from '@assay/domain';

/** Everything a certificate's payload is made of, as read from its row, its supplier, its score run and its questionnaire. */
export interface CertificateSource {
  serial: string;
  issuerName: string;
  supplier: { id: string; legalName: string; country: string };
  products: CertifiedProduct[];
  level: CertificateLevel;
  conditions: string | null;
  issuedAt: Date;
  validUntil: Date;
  methodologyVersion: string;
  run: { themes: ThemeScore[]; maturity: number; tier: Tier };
  /** The confirmed override in force on the run, if any (the certificate shows the effective scores). */
  override: { tier: Tier | null; maturity: number | null } | null;
  /** The pinned questionnaire: theme titles in every language. */
  definition: QuestionnaireDefinition;
  publicBaseUrl: string;
}

/** Scores as printed (one decimal) before signing: the payload keeps numbers exactly as given (docs/certificates.md). */
const printed = (score: number) => Math.round(score * 10) / 10;

/** The signed payload of a certificate. Pure: the same source always gives the same payload, hence the same bytes. */
export function certificatePayloadFrom(source: CertificateSource): CertificatePayload {
  const titles = new Map(source.definition.themes.map((theme) => [theme.code, theme.title]));
  const { maturity, tier } = effectiveScores(source.run, source.override);
  return {
    version: CERTIFICATE_PAYLOAD_VERSION,
    serial: source.serial,
    issuer: { name: source.issuerName },
    supplier: { id: source.supplier.id, legalName: source.supplier.legalName, country: source.supplier.country.trim() },
    products: source.products.map(({ id, name, category }) => ({ id, name, category })),
    level: source.level,
    conditions: source.conditions,
    issuedAt: source.issuedAt.toISOString(),
    validUntil: source.validUntil.toISOString(),
    methodologyVersion: source.methodologyVersion,
    themes: source.run.themes.map((theme) => ({
      code: theme.code,
      // A theme the questionnaire no longer names would print its code rather than nothing.
      title: titles.get(theme.code) ?? { en: theme.code, fr: theme.code, es: theme.code },
      score: theme.score === null ? null : printed(theme.score),
    })),
    maturity: printed(maturity),
    tier,
    verificationUrl: `${source.publicBaseUrl.replace(/\/+$/, '')}/verify/${source.serial}`,
  };
}
