import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import {
  Assessment,
  AssessmentProduct,
  DEFAULT_QUESTIONNAIRE_KEY,
  NotificationKind,
  latestPublishedTemplate,
  notifyCertificateWatchers,
  recordAuditEvents,
  syncCertifiedMembership,
  notifyOrganisations,
  recordAudit,
  type QuestionnaireTemplate,
} from '@assay/database';
import {
  AssessmentStatus,
  CertificateEvent,
  CertificateStatus,
  REASSESSMENT_LEAD_DAYS,
  carryOverAnswers,
  certificateStatusesAllowing,
  daysAfter,
  reminderWindow,
  type CertificateReminder,
  type PreviousAnswer,
} from '@assay/domain';

/** Rows one transaction takes: a long backlog (after downtime) goes in several short transactions. */
const BATCH_SIZE = 100;

const REMINDER_COLUMN: Record<CertificateReminder, string> = { 60: 'reminder60_sent_at', 30: 'reminder30_sent_at' };

export interface CertificateLifecycleSummary {
  expired: number;
  reminded60: number;
  reminded30: number;
  reassessmentsOpened: number;
  /** Certificates due a reassessment that could not have one this run (no published questionnaire, no product left, an error): tried again next run. */
  reassessmentsDeferred: number;
}

/** A certificate row as the steps read it. */
interface CertificateRow {
  id: string;
  serial: string;
  supplierId: string;
  assessmentId: string;
  validUntil: Date;
  supplierName: string;
}

const RETURNING = `c.id, c.serial, c.supplier_id AS "supplierId", c.assessment_id AS "assessmentId", c.valid_until AS "validUntil",
  (SELECT o.legal_name FROM organisation o WHERE o.id = c.supplier_id) AS "supplierName"`;

/**
 * What happens to certificates as time passes (SPEC §4), run by the repeatable `certificate-lifecycle` job:
 *  1. expiry: VALID or SUSPENDED certificates whose valid-until has come become EXPIRED (audited, watchers told);
 *  2. reminders 60 and 30 days before expiry, to the supplier and everyone following it, each once;
 *  3. reassessment: 60 days before expiry a new assessment of the same scope opens on the newest questionnaire,
 *     starting from the certified answers, and the supplier is told.
 * Every step claims its rows with `FOR UPDATE SKIP LOCKED` and marks them in the same transaction as the
 * notifications it sends, so two runs at once (two workers) split the work and a second run finds nothing left.
 * `now` is a parameter so tests can move the clock.
 */
@Injectable()
export class CertificateLifecycleService {
  private readonly logger = new Logger(CertificateLifecycleService.name);

  constructor(private readonly db: DataSource) {}

  async run(now: Date = new Date()): Promise<CertificateLifecycleSummary> {
    const expired = await this.expireDue(now);
    const reminded60 = await this.sendReminders(60, now);
    const reminded30 = await this.sendReminders(30, now);
    const { opened, deferred } = await this.openReassessments(now);
    const summary = { expired, reminded60, reminded30, reassessmentsOpened: opened, reassessmentsDeferred: deferred };
    this.logger.log({ ...summary, now: now.toISOString() }, 'certificate lifecycle run');
    return summary;
  }

  /** Step 1: EXPIRED once valid-until has come; the statuses that may expire are the status machine's. */
  async expireDue(now: Date): Promise<number> {
    return this.inBatches(async (manager) => {
      const rows = (await manager.query(
        `WITH due AS (
           SELECT id, status AS from_status FROM certificate
            WHERE status = ANY($2::certificate_status[]) AND valid_until <= $1
            ORDER BY valid_until LIMIT $3 FOR UPDATE SKIP LOCKED)
         UPDATE certificate c SET status = $4::certificate_status, status_changed_at = $1, status_changed_by_user_id = NULL
           FROM due WHERE c.id = due.id
         RETURNING ${RETURNING}, due.from_status AS "fromStatus"`,
        [now, certificateStatusesAllowing(CertificateEvent.EXPIRE), BATCH_SIZE, CertificateStatus.EXPIRED],
      )) as [(CertificateRow & { fromStatus: CertificateStatus })[], number];
      for (const certificate of rows[0]) {
        await syncCertifiedMembership(manager, certificate.supplierId);
        await notifyCertificateWatchers(manager, certificate, NotificationKind.CERTIFICATE_EXPIRED, { ...this.about(certificate), status: CertificateStatus.EXPIRED });
        this.logger.log({ certificateId: certificate.id, serial: certificate.serial, fromStatus: certificate.fromStatus }, 'certificate expired');
      }
      // Last, and in one statement: the audit chain's lock (which every audited write waits for) is held only
      // from here to the commit, not across the batch.
      await recordAuditEvents(
        manager,
        rows[0].map((certificate) => ({
          action: 'certificate.expired',
          entityType: 'certificate',
          entityId: certificate.id,
          organisationId: certificate.supplierId,
          data: { serial: certificate.serial, fromStatus: certificate.fromStatus, toStatus: CertificateStatus.EXPIRED, validUntil: certificate.validUntil.toISOString() },
        })),
      );
      return rows[0].length;
    });
  }

  /** Step 2: one reminder, marked sent in the transaction that writes its notifications. */
  async sendReminders(reminder: CertificateReminder, now: Date): Promise<number> {
    const window = reminderWindow(reminder, now);
    const column = REMINDER_COLUMN[reminder];
    return this.inBatches(async (manager) => {
      const rows = (await manager.query(
        `WITH due AS (
           SELECT id FROM certificate
            WHERE status = $1::certificate_status AND valid_until > $2 AND valid_until <= $3 AND ${column} IS NULL
            ORDER BY valid_until LIMIT $5 FOR UPDATE SKIP LOCKED)
         UPDATE certificate c SET ${column} = $4 FROM due WHERE c.id = due.id
         RETURNING ${RETURNING}`,
        [CertificateStatus.VALID, window.from, window.until, now, BATCH_SIZE],
      )) as [CertificateRow[], number];
      for (const certificate of rows[0]) {
        await notifyCertificateWatchers(manager, certificate, NotificationKind.CERTIFICATE_EXPIRING, {
          ...this.about(certificate),
          daysBefore: reminder,
          validUntil: certificate.validUntil.toISOString(),
        });
      }
      if (rows[0].length > 0) this.logger.log({ reminder, certificates: rows[0].length }, 'expiry reminders sent');
      return rows[0].length;
    });
  }

  /**
   * Step 3: one certificate per transaction, so one that cannot be reassessed (no published questionnaire, no
   * product left) is deferred to the next run without holding back the others.
   */
  async openReassessments(now: Date): Promise<{ opened: number; deferred: number }> {
    const deferred: string[] = [];
    let opened = 0;
    for (;;) {
      let pickedId: string | null = null;
      try {
        const outcome = await this.db.transaction(async (manager) => {
          const [certificate] = (await manager.query(
            `SELECT ${RETURNING} FROM certificate c
              WHERE c.status = $1::certificate_status AND c.reassessment_id IS NULL AND c.valid_until > $2 AND c.valid_until <= $3
                AND c.id <> ALL($4::uuid[])
              ORDER BY c.valid_until LIMIT 1 FOR UPDATE SKIP LOCKED`,
            [CertificateStatus.VALID, now, daysAfter(now, REASSESSMENT_LEAD_DAYS), deferred],
          )) as CertificateRow[];
          if (!certificate) return 'none' as const;
          pickedId = certificate.id;
          return (await this.openReassessment(manager, certificate, now)) ? ('opened' as const) : ('deferred' as const);
        });
        if (outcome === 'none') break;
        if (outcome === 'opened') opened += 1;
        else deferred.push(pickedId!);
      } catch (error) {
        if (!pickedId) throw error; // the database itself failed: the job retries
        this.logger.error({ certificateId: pickedId, reason: error instanceof Error ? error.message : String(error) }, 'reassessment could not open; deferred to the next run');
        deferred.push(pickedId);
      }
    }
    return { opened, deferred: deferred.length };
  }

  /**
   * The same scope (the products still the supplier's), the same requester, so whoever followed the certified
   * assessment follows its renewal; opened by the system (no requesting user); due when the certificate expires.
   */
  private async openReassessment(manager: EntityManager, certificate: CertificateRow, now: Date): Promise<boolean> {
    const certified = await manager.findOneOrFail(Assessment, { where: { id: certificate.assessmentId }, relations: { template: true } });
    const template = await this.newestTemplate(manager, certified.template!.key);
    if (!template) {
      this.logger.warn({ certificateId: certificate.id, templateKey: certified.template!.key }, 'no published questionnaire to reassess on');
      return false;
    }
    const products = (await manager.query(
      `SELECT p.id FROM assessment_product ap JOIN product p ON p.id = ap.product_id WHERE ap.assessment_id = $1 AND p.supplier_id = $2 ORDER BY p.id`,
      [certified.id, certificate.supplierId],
    )) as { id: string }[];
    if (products.length === 0) {
      this.logger.warn({ certificateId: certificate.id }, 'no product of the certified scope is left to reassess');
      return false;
    }
    const dueDate = certificate.validUntil.toISOString().slice(0, 10);
    const reassessment = await manager.save(
      manager.create(Assessment, {
        supplierId: certificate.supplierId,
        templateId: template.id,
        status: AssessmentStatus.REQUESTED,
        requesterKind: certified.requesterKind,
        requestedByOrganisationId: certified.requestedByOrganisationId,
        requestedByUserId: null,
        workingGroupId: certified.workingGroupId,
        dueDate,
      }),
    );
    await manager.insert(AssessmentProduct, products.map((product) => ({ assessmentId: reassessment.id, productId: product.id })));
    const { carried, dropped } = await this.carryOver(manager, certified.id, reassessment.id, template, now);
    await manager.query('UPDATE certificate SET reassessment_id = $2 WHERE id = $1', [certificate.id, reassessment.id]);

    await recordAudit(manager, {
      action: 'assessment.requested',
      entityType: 'assessment',
      entityId: reassessment.id,
      organisationId: certified.requestedByOrganisationId,
      data: {
        supplierId: certificate.supplierId,
        productIds: products.map((product) => product.id),
        templateId: template.id,
        templateKey: template.key,
        templateVersion: template.version,
        requesterKind: certified.requesterKind,
        workingGroupId: certified.workingGroupId,
        dueDate,
        reassessmentOf: { certificateId: certificate.id, serial: certificate.serial, assessmentId: certified.id },
        carriedOverAnswers: carried,
        droppedAnswers: dropped,
      },
    });
    await recordAudit(manager, {
      action: 'certificate.reassessment_opened',
      entityType: 'certificate',
      entityId: certificate.id,
      organisationId: certificate.supplierId,
      data: { serial: certificate.serial, reassessmentId: reassessment.id },
    });
    await notifyOrganisations(manager, [certificate.supplierId], NotificationKind.REASSESSMENT_OPENED, {
      ...this.about(certificate),
      reassessmentId: reassessment.id,
      dueDate,
      carriedOverAnswers: carried,
    });
    this.logger.log({ certificateId: certificate.id, reassessmentId: reassessment.id, templateVersion: template.version, carried, dropped: dropped.length }, 'reassessment opened');
    return true;
  }

  /**
   * The certified answers still valid on the new questionnaire, copied as version 1 with no author: the
   * provider confirms each by saving it (which records who) or changes it, and must submit again.
   * Evidence is not carried: a renewal asks for current evidence.
   */
  private async carryOver(manager: EntityManager, fromId: string, toId: string, template: QuestionnaireTemplate, now: Date): Promise<{ carried: number; dropped: string[] }> {
    const previous = (await manager.query(
      `SELECT question_code AS "questionCode", value, not_applicable AS "notApplicable", comment FROM answer WHERE assessment_id = $1 ORDER BY question_code`,
      [fromId],
    )) as PreviousAnswer[];
    const { carried, dropped } = carryOverAnswers(template.definition, previous);
    if (carried.length > 0) {
      await manager.query(
        `INSERT INTO answer (assessment_id, question_code, value, not_applicable, comment, answered_by_user_id, answered_at, version)
         SELECT $1, t.code, t.value, t.not_applicable, t.comment, NULL, $6, 1
           FROM unnest($2::varchar[], $3::jsonb[], $4::boolean[], $5::text[]) AS t(code, value, not_applicable, comment)`,
        [
          toId,
          carried.map((answer) => answer.questionCode),
          carried.map((answer) => (answer.value === null ? null : JSON.stringify(answer.value))),
          carried.map((answer) => answer.notApplicable),
          carried.map((answer) => answer.comment),
          now,
        ],
      );
    }
    return { carried: carried.length, dropped };
  }

  /** The newest published version of the certified questionnaire; if every version of it was retired, the default one's. */
  private async newestTemplate(manager: EntityManager, key: string): Promise<QuestionnaireTemplate | null> {
    return (await latestPublishedTemplate(manager, key)) ?? (key === DEFAULT_QUESTIONNAIRE_KEY ? null : latestPublishedTemplate(manager, DEFAULT_QUESTIONNAIRE_KEY));
  }

  private about(certificate: CertificateRow): Record<string, unknown> {
    return { certificateId: certificate.id, serial: certificate.serial, assessmentId: certificate.assessmentId, supplierId: certificate.supplierId, supplierName: certificate.supplierName };
  }

  /** Runs `batch` in its own transaction until a batch comes back short; returns the rows handled. */
  private async inBatches(batch: (manager: EntityManager) => Promise<number>): Promise<number> {
    let total = 0;
    for (;;) {
      const handled = await this.db.transaction(batch);
      total += handled;
      if (handled < BATCH_SIZE) return total;
    }
  }
}
