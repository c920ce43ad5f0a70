import { randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { Certificate, NotificationKind, addToOutbox, isUniqueViolation, notifyCertificateWatchers, recordAudit, syncCertifiedMembership, type CertifiedProduct } from '@assay/database';
import {
  AssessmentStatus,
  CertificateLevel,
  CertificateStatus,
  SERIAL_RANDOM_BYTES,
  certificateSerial,
  certificateValidUntil,
  conflict,
  requireAssociationStaff,
  type Actor,
} from '@assay/domain';
import { QueueName, certificateRenderJobKey, type RenderCertificateJob } from '@assay/queue';
import { AssessmentAccessService } from '../assessments/assessment-access.service.js';
import { ScorecardsService } from '../scorecards/scorecards.service.js';
import type { CertificateView } from './certificate.view.js';
import { CertificateRepository } from './certificate.repository.js';

/** A serial collision needs two equal draws of 40 random bits in one year; a few tries are more than enough. */
const SERIAL_ATTEMPTS = 5;

/**
 * Issuing certificates (SPEC §4, §7): from an APPROVED assessment whose effective scores are eligible, once per
 * assessment. One transaction, under the assessment's row lock, writes the certificate, the outbox row of its
 * render job (the worker signs it and renders the PDFs), the audit event and the watchers' notifications.
 */
@Injectable()
export class CertificateIssuingService {
  private readonly logger = new Logger(CertificateIssuingService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AssessmentAccessService,
    private readonly scorecards: ScorecardsService,
    private readonly certificates: CertificateRepository,
  ) {}

  async issue(actor: Actor | null, assessmentId: string): Promise<CertificateView> {
    const caller = requireAssociationStaff(actor);
    const id = await this.db.transaction(async (manager) => {
      const assessment = await this.access.requireVisible(caller, assessmentId, manager, true);
      await this.refuseSecondCertificate(manager, assessment.id);
      const eligibility = await this.scorecards.eligibilityOf(assessment, manager);
      if (!eligibility) throw conflict(`Not eligible for a certificate: the assessment is ${assessment.status} and has never been scored`);
      if (!eligibility.eligible || !eligibility.level) {
        throw conflict(`Not eligible for a certificate: ${eligibility.unmet.map((condition) => `${condition.code} (${condition.message})`).join('; ')}`);
      }
      if (assessment.status !== AssessmentStatus.APPROVED) throw conflict(`Not eligible for a certificate: the assessment is ${assessment.status}, not APPROVED`);
      const level = eligibility.level as CertificateLevel;
      const conditions = level === CertificateLevel.CERTIFIED_WITH_CONDITIONS ? await this.approvalConditions(manager, assessment.id) : null;
      const [run] = (await manager.query('SELECT methodology_version FROM score_run WHERE id = $1', [eligibility.scoreRunId])) as { methodology_version: string }[];
      const products = await this.scope(manager, assessment.id);
      if (products.length === 0) throw conflict('Not eligible for a certificate: no product of the scope exists any more');

      const issuedAt = new Date();
      const certificate = await this.insertWithFreshSerial(manager, {
        assessmentId: assessment.id,
        scoreRunId: eligibility.scoreRunId,
        supplierId: assessment.supplierId,
        products,
        level,
        conditions,
        methodologyVersion: run!.methodology_version,
        issuedAt,
        validUntil: certificateValidUntil(issuedAt),
        issuedByUserId: caller.userId,
        status: CertificateStatus.VALID,
      });
      const job: RenderCertificateJob = { queue: QueueName.CERTIFICATES, name: 'render-certificate', data: { certificateId: certificate.id } };
      await addToOutbox(manager, { queue: job.queue, jobName: job.name, jobKey: certificateRenderJobKey(certificate.id), payload: { ...job.data } });
      await recordAudit(manager, {
        action: 'certificate.issued',
        entityType: 'certificate',
        entityId: certificate.id,
        actorUserId: caller.userId,
        organisationId: assessment.supplierId,
        data: {
          serial: certificate.serial,
          assessmentId: assessment.id,
          scoreRunId: eligibility.scoreRunId,
          level,
          conditions,
          products: products.map((product) => product.id),
          validUntil: certificate.validUntil.toISOString(),
        },
      });
      await syncCertifiedMembership(manager, assessment.supplierId);
      const [supplier] = (await manager.query('SELECT legal_name FROM organisation WHERE id = $1', [assessment.supplierId])) as { legal_name: string }[];
      await notifyCertificateWatchers(manager, certificate, NotificationKind.CERTIFICATE_ISSUED, {
        certificateId: certificate.id,
        serial: certificate.serial,
        assessmentId: assessment.id,
        supplierId: assessment.supplierId,
        supplierName: supplier?.legal_name,
        level,
        validUntil: certificate.validUntil.toISOString(),
      });
      this.logger.log({ certificateId: certificate.id, serial: certificate.serial, assessmentId: assessment.id, level, userId: caller.userId }, 'certificate issued');
      return certificate.id;
    });
    return (await this.certificates.byId(id))!;
  }

  /**
   * One certificate per assessment, ever: while one is live the partial unique index refuses a second too, and
   * after a revocation or expiry the same approval must not certify again (a new assessment has to be approved).
   */
  private async refuseSecondCertificate(manager: EntityManager, assessmentId: string): Promise<void> {
    const [existing] = (await manager.query('SELECT serial, status FROM certificate WHERE assessment_id = $1 ORDER BY issued_at DESC LIMIT 1', [assessmentId])) as {
      serial: string;
      status: CertificateStatus;
    }[];
    if (existing) throw conflict(`A certificate was already issued for this assessment: ${existing.serial} (${existing.status})`);
  }

  /** The conditions the reviewer wrote on the latest approval: what a CERTIFIED_WITH_CONDITIONS certificate prints. */
  private async approvalConditions(manager: EntityManager, assessmentId: string): Promise<string> {
    const [review] = (await manager.query(
      `SELECT conditions FROM review WHERE assessment_id = $1 AND decision = 'APPROVE' ORDER BY decided_at DESC, id DESC LIMIT 1`,
      [assessmentId],
    )) as { conditions: string | null }[];
    const conditions = review?.conditions?.trim();
    if (!conditions) throw conflict('Not eligible for a certificate: the level is CERTIFIED_WITH_CONDITIONS but the approval carries no conditions');
    return conditions;
  }

  /** The products of the scope as they are named now: the certificate keeps this snapshot. */
  private async scope(manager: EntityManager, assessmentId: string): Promise<CertifiedProduct[]> {
    return (await manager.query(
      `SELECT p.id, p.name, p.category::text AS category FROM assessment_product ap JOIN product p ON p.id = ap.product_id
        WHERE ap.assessment_id = $1 ORDER BY p.name, p.id`,
      [assessmentId],
    )) as CertifiedProduct[];
  }

  /**
   * Inserts with a new random serial, drawing again on the rare collision. ON CONFLICT on the serial only: any
   * other violation (the live-per-assessment index) still fails, and answers CONFLICT.
   */
  private async insertWithFreshSerial(manager: EntityManager, values: Omit<Certificate, 'id' | 'serial' | 'createdAt' | NullableLater>): Promise<Certificate> {
    for (let attempt = 1; attempt <= SERIAL_ATTEMPTS; attempt += 1) {
      const serial = certificateSerial(values.issuedAt, randomBytes(SERIAL_RANDOM_BYTES));
      let inserted: { id: string }[];
      try {
        inserted = (await manager
          .createQueryBuilder()
          .insert()
          .into(Certificate)
          .values({ ...values, serial })
          // Nothing to overwrite on a conflicting serial: TypeORM writes ON CONFLICT ("serial") DO NOTHING.
          .orUpdate([], ['serial'])
          .returning(['id'])
          .execute()).raw as { id: string }[];
      } catch (error) {
        if (isUniqueViolation(error)) throw conflict('A live certificate already exists for this assessment');
        throw error;
      }
      if (inserted.length > 0) return Object.assign(new Certificate(), values, { id: inserted[0]!.id, serial });
      this.logger.warn({ serial, attempt }, 'certificate serial collision; drawing another');
    }
    throw new Error(`no free certificate serial after ${SERIAL_ATTEMPTS} draws`);
  }
}

/** Columns the lifecycle and the render job fill in later (nullable, or defaulted by the database). */
type NullableLater =
  | 'statusReason'
  | 'statusChangedAt'
  | 'statusChangedByUserId'
  | 'signedPayload'
  | 'signature'
  | 'signingKeyId'
  | 'renderedAt'
  | 'reminder60SentAt'
  | 'reminder30SentAt'
  | 'reassessmentId';
