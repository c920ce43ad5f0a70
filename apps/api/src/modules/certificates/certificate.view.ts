import type { CertifiedProduct } from '@assay/database';
import { effectiveCertificateStatus, type CertificateLevel, type CertificateStatus } from '@assay/domain';

/** A certificate as the API shows it (GraphQL, /verify): the row joined with its supplier's name. */
export interface CertificateView {
  id: string;
  serial: string;
  assessmentId: string;
  supplier: { id: string; legalName: string; country: string };
  products: CertifiedProduct[];
  level: CertificateLevel;
  conditions: string | null;
  methodologyVersion: string;
  issuedAt: Date;
  validUntil: Date;
  /** The status now: VALID or SUSPENDED past valid_until answers EXPIRED, before the lifecycle job writes it. */
  status: CertificateStatus;
  statusReason: string | null;
  statusChangedAt: Date | null;
  /** Signed and rendered in every language (the render job has finished). */
  rendered: boolean;
}

export interface CertificateRow {
  id: string;
  serial: string;
  assessment_id: string;
  supplier_id: string;
  supplier_legal_name: string;
  supplier_country: string;
  products: CertifiedProduct[];
  level: CertificateLevel;
  conditions: string | null;
  methodology_version: string;
  issued_at: Date;
  valid_until: Date;
  status: CertificateStatus;
  status_reason: string | null;
  status_changed_at: Date | null;
  rendered_at: Date | null;
}

/** Raw SQL shared by every read of certificates: `c` is the certificate, `s` its supplier organisation. */
export const CERTIFICATE_COLUMNS =
  'c.id, c.serial, c.assessment_id, c.supplier_id, s.legal_name AS supplier_legal_name, s.country AS supplier_country, c.products, c.level, ' +
  'c.conditions, c.methodology_version, c.issued_at, c.valid_until, c.status, c.status_reason, c.status_changed_at, c.rendered_at';
export const CERTIFICATE_FROM = 'certificate c JOIN organisation s ON s.id = c.supplier_id';

export function toCertificateView(row: CertificateRow, now: Date = new Date()): CertificateView {
  return {
    id: row.id,
    serial: row.serial,
    assessmentId: row.assessment_id,
    supplier: { id: row.supplier_id, legalName: row.supplier_legal_name, country: row.supplier_country.trim() },
    products: row.products,
    level: row.level,
    conditions: row.conditions,
    methodologyVersion: row.methodology_version,
    issuedAt: row.issued_at,
    validUntil: row.valid_until,
    status: effectiveCertificateStatus(row.status, row.valid_until, now),
    statusReason: row.status_reason,
    statusChangedAt: row.status_changed_at,
    rendered: row.rendered_at !== null,
  };
}
