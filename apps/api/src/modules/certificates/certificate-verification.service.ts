import { Injectable } from '@nestjs/common';
import { CertificateStatus, normaliseSerial } from '@assay/domain';
import { CertificateRepository } from './certificate.repository.js';
import { CertificatesService } from './certificates.service.js';

/** What GET /verify/<serial> answers for a certificate that exists (the JSON body, and what the page shows). */
export interface CertificateVerification {
  serial: string;
  status: CertificateStatus;
  supplier: { legalName: string; country: string };
  products: { name: string; category: string }[];
  level: string;
  conditions: string | null;
  issuedAt: string;
  validUntil: string;
  methodologyVersion: string;
  /** For SUSPENDED and REVOKED: when, and the association's reason. */
  statusChangedAt: string | null;
  statusReason: string | null;
  verificationUrl: string;
  checkedAt: string;
}

export type VerificationOutcome =
  | { kind: 'FOUND'; verification: CertificateVerification }
  | { kind: 'UNKNOWN'; serial: string }
  | { kind: 'MALFORMED'; text: string };

const WITHDRAWN: ReadonlySet<CertificateStatus> = new Set([CertificateStatus.SUSPENDED, CertificateStatus.REVOKED]);

/**
 * Public verification of a serial (SPEC §7): the certificate's status now and what it certifies. The contract
 * `npm run cert:verify -- --base-url` relies on: 200 with `status` VALID | EXPIRED | SUSPENDED | REVOKED, 404 with
 * status UNKNOWN. Anonymous: the controller rate-limits it.
 */
@Injectable()
export class CertificateVerificationService {
  constructor(
    private readonly certificates: CertificateRepository,
    private readonly links: CertificatesService,
  ) {}

  async verify(text: string): Promise<VerificationOutcome> {
    const serial = normaliseSerial(text);
    if (!serial) return { kind: 'MALFORMED', text };
    const certificate = await this.certificates.bySerial(serial);
    if (!certificate) return { kind: 'UNKNOWN', serial };
    const withdrawn = WITHDRAWN.has(certificate.status);
    return {
      kind: 'FOUND',
      verification: {
        serial: certificate.serial,
        status: certificate.status,
        supplier: { legalName: certificate.supplier.legalName, country: certificate.supplier.country },
        products: certificate.products.map(({ name, category }) => ({ name, category })),
        level: certificate.level,
        conditions: certificate.conditions,
        issuedAt: certificate.issuedAt.toISOString(),
        validUntil: certificate.validUntil.toISOString(),
        methodologyVersion: certificate.methodologyVersion,
        // A reinstated certificate keeps its last reason in the database; the public sees one only while it applies.
        statusChangedAt: withdrawn ? (certificate.statusChangedAt?.toISOString() ?? null) : null,
        statusReason: withdrawn ? certificate.statusReason : null,
        verificationUrl: this.links.verificationUrl(certificate.serial),
        checkedAt: new Date().toISOString(),
      },
    };
  }
}
