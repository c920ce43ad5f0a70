import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '@assay/config';
import {
  CERTIFICATE_KEYS,
  CertificatePdfRenderer,
  SIGNATURE_ALGORITHM,
  parseCertificatePayload,
  signCertificate,
  type SignedCertificate,
  type SigningKeyRing,
} from '@assay/certificates';
import { CertificateLanguage, recordAudit, type CertifiedProduct } from '@assay/database';
import type { CertificateLevel, QuestionnaireDefinition, ThemeScore, Tier } from '@assay/domain';
import type { JobData } from '@assay/queue';
import { certificatePayloadFrom } from './certificate-payload.builder.js';

export type RenderingOutcome = 'RENDERED' | 'SKIPPED';

interface StoredCertificate {
  id: string;
  supplier_id: string;
  signed_payload: string | null;
  signature: string | null;
  signing_key_id: string | null;
  rendered_at: Date | null;
}

interface SourceRow {
  serial: string;
  products: CertifiedProduct[];
  level: CertificateLevel;
  conditions: string | null;
  methodology_version: string;
  issued_at: Date;
  valid_until: Date;
  supplier_id: string;
  supplier_legal_name: string;
  supplier_country: string;
  issuer_name: string;
  themes: ThemeScore[];
  maturity: number;
  tier: Tier;
  override_tier: Tier | null;
  override_maturity: number | null;
  has_override: boolean;
  definition: QuestionnaireDefinition;
}

/**
 * Signs an issued certificate once and renders its PDFs in every language (SPEC §7). Every step may run twice
 * (a retried or duplicated job, two workers at once) without a second signature: the signed payload is written
 * only where none is stored yet, and every rendering uses the stored bytes, so a certificate never carries two
 * different signed payloads. Once rendered_at is set, the job does nothing.
 */
@Injectable()
export class CertificateRenderingService {
  private readonly logger = new Logger(CertificateRenderingService.name);

  constructor(
    private readonly db: DataSource,
    @Inject(CERTIFICATE_KEYS) private readonly keys: SigningKeyRing,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly renderer: CertificatePdfRenderer,
  ) {}

  async render({ certificateId }: JobData<'render-certificate'>): Promise<RenderingOutcome> {
    const stored = await this.stored(this.db.manager, certificateId);
    if (!stored || stored.rendered_at) {
      this.logger.log({ certificateId, exists: Boolean(stored) }, 'certificate render job has nothing to do');
      return 'SKIPPED';
    }
    const signed = await this.signOnce(stored);
    const documents: { language: CertificateLanguage; pdf: Buffer; sha256: string }[] = [];
    for (const language of Object.values(CertificateLanguage)) {
      const pdf = await this.renderer.render(signed, { language });
      documents.push({ language, pdf, sha256: createHash('sha256').update(pdf).digest('hex') });
    }

    return this.db.transaction(async (manager) => {
      // Under the row lock: a duplicate job that got here first has stored its documents and set rendered_at.
      const locked = await this.stored(manager, certificateId, true);
      if (!locked || locked.rendered_at) return 'SKIPPED' as const;
      for (const document of documents) {
        await manager.query(
          `INSERT INTO certificate_document (certificate_id, language, pdf, size_bytes, sha256) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (certificate_id, language) DO NOTHING`,
          [certificateId, document.language, document.pdf, document.pdf.length, document.sha256],
        );
      }
      await manager.query('UPDATE certificate SET rendered_at = now() WHERE id = $1', [certificateId]);
      await recordAudit(manager, {
        action: 'certificate.rendered',
        entityType: 'certificate',
        entityId: certificateId,
        organisationId: locked.supplier_id,
        data: { signingKeyId: signed.signature.keyId, documents: documents.map(({ language, pdf, sha256 }) => ({ language, sizeBytes: pdf.length, sha256 })) },
      });
      this.logger.log({ certificateId, serial: signed.payload.serial, keyId: signed.signature.keyId, bytes: documents.map((d) => d.pdf.length) }, 'certificate rendered');
      return 'RENDERED' as const;
    });
  }

  /** The stored signed payload, or a new one signed now and stored unless another run stored one first. */
  private async signOnce(stored: StoredCertificate): Promise<SignedCertificate> {
    if (stored.signed_payload) return fromStored(stored);
    const signed = signCertificate(certificatePayloadFrom(await this.source(stored.id)), this.keys);
    const updated = (await this.db.query(
      `UPDATE certificate SET signed_payload = $2, signature = $3, signing_key_id = $4 WHERE id = $1 AND signed_payload IS NULL RETURNING id`,
      [stored.id, signed.canonical, signed.signature.signature, signed.signature.keyId],
    )) as [unknown[], number];
    if (updated[1] === 1) {
      this.logger.log({ certificateId: stored.id, serial: signed.payload.serial, keyId: signed.signature.keyId }, 'certificate signed');
      return signed;
    }
    // Another run signed it between our read and our write: its bytes are the certificate's.
    return fromStored((await this.stored(this.db.manager, stored.id))!);
  }

  private async stored(manager: EntityManager, certificateId: string, lock = false): Promise<StoredCertificate | undefined> {
    const [row] = (await manager.query(
      `SELECT id, supplier_id, signed_payload, signature, signing_key_id, rendered_at FROM certificate WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [certificateId],
    )) as StoredCertificate[];
    return row;
  }

  /** The certificate with its supplier, the issuing association, its score run (and override in force) and pinned questionnaire: one statement. */
  private async source(certificateId: string) {
    const [row] = (await this.db.query(
      `SELECT c.serial, c.products, c.level, c.conditions, c.methodology_version, c.issued_at, c.valid_until,
              s.id AS supplier_id, s.legal_name AS supplier_legal_name, s.country AS supplier_country, issuer.legal_name AS issuer_name,
              r.themes, r.maturity, r.tier, o.tier AS override_tier, o.maturity AS override_maturity, o.id IS NOT NULL AS has_override, t.definition
         FROM certificate c
         JOIN organisation s ON s.id = c.supplier_id
         JOIN "user" u ON u.id = c.issued_by_user_id JOIN organisation issuer ON issuer.id = u.organisation_id
         JOIN score_run r ON r.id = c.score_run_id
         JOIN assessment a ON a.id = c.assessment_id JOIN questionnaire_template t ON t.id = a.template_id
         LEFT JOIN LATERAL (SELECT id, tier, maturity FROM score_override WHERE score_run_id = r.id AND status = 'CONFIRMED'
                             ORDER BY confirmed_at DESC, id DESC LIMIT 1) o ON TRUE
        WHERE c.id = $1`,
      [certificateId],
    )) as SourceRow[];
    if (!row) throw new Error(`certificate ${certificateId} has no source rows`); // foreign keys guarantee them
    return {
      serial: row.serial,
      issuerName: row.issuer_name,
      supplier: { id: row.supplier_id, legalName: row.supplier_legal_name, country: row.supplier_country },
      products: row.products,
      level: row.level,
      conditions: row.conditions,
      issuedAt: row.issued_at,
      validUntil: row.valid_until,
      methodologyVersion: row.methodology_version,
      run: { themes: row.themes, maturity: row.maturity, tier: row.tier },
      override: row.has_override ? { tier: row.override_tier, maturity: row.override_maturity } : null,
      definition: row.definition,
      publicBaseUrl: this.config.PUBLIC_BASE_URL,
    };
  }
}

function fromStored(row: StoredCertificate): SignedCertificate {
  const canonical = row.signed_payload!;
  return {
    payload: parseCertificatePayload(JSON.parse(canonical)),
    canonical,
    signature: { algorithm: SIGNATURE_ALGORITHM, keyId: row.signing_key_id!, signature: row.signature! },
  };
}
