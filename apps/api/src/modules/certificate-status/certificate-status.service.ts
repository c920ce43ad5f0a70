import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Certificate, NotificationKind, notifyCertificateWatchers, recordAudit, syncCertifiedMembership } from '@assay/database';
import { CertificateEvent, certificateTransition, effectiveCertificateStatus, notFound, requireAssociationAdmin, type Actor } from '@assay/domain';
import { checkStatusChange } from './certificate-status-input.js';
import { CertificateRepository } from '../certificates/certificate.repository.js';
import type { CertificateView } from '../certificates/certificate.view.js';
import type { CertificateStatusChangeInput } from './dto/certificate-status-change.input.js';

/** The changes an association admin makes by hand (expiry is the worker's). */
export type ManualCertificateEvent = CertificateEvent.SUSPEND | CertificateEvent.REINSTATE | CertificateEvent.REVOKE;

const AUDIT_ACTION: Record<ManualCertificateEvent, string> = {
  [CertificateEvent.SUSPEND]: 'certificate.suspended',
  [CertificateEvent.REINSTATE]: 'certificate.reinstated',
  [CertificateEvent.REVOKE]: 'certificate.revoked',
};

const NOTIFICATION: Record<ManualCertificateEvent, NotificationKind> = {
  [CertificateEvent.SUSPEND]: NotificationKind.CERTIFICATE_SUSPENDED,
  [CertificateEvent.REINSTATE]: NotificationKind.CERTIFICATE_REINSTATED,
  [CertificateEvent.REVOKE]: NotificationKind.CERTIFICATE_REVOKED,
};

/**
 * Suspending, reinstating and revoking certificates (SPEC §4): association admins only, always with a reason.
 * One transaction under the certificate's row lock: the status machine allows it (else CONFLICT naming the
 * status), the row changes, the audit chain records it, and everyone following the supplier is notified.
 */
@Injectable()
export class CertificateStatusService {
  private readonly logger = new Logger(CertificateStatusService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly certificates: CertificateRepository,
  ) {}

  async change(actor: Actor | null, input: CertificateStatusChangeInput, event: ManualCertificateEvent): Promise<CertificateView> {
    // Before any lookup: nobody else learns whether a serial exists.
    const caller = requireAssociationAdmin(actor);
    const { target, reason } = checkStatusChange(input);
    const change = await this.db.transaction(async (manager) => {
      const certificate = await manager.findOne(Certificate, { where: target, lock: { mode: 'pessimistic_write' } });
      if (!certificate) throw notFound('Certificate');
      // A certificate past its validity is EXPIRED whatever the row says until the lifecycle job marks it.
      const status = certificateTransition(effectiveCertificateStatus(certificate.status, certificate.validUntil, new Date()), event);
      const changedAt = new Date();
      // The reason of the last change is kept (a reinstatement's reason replaces the suspension's; both stay on the audit trail).
      await manager.update(Certificate, { id: certificate.id }, { status, statusReason: reason, statusChangedAt: changedAt, statusChangedByUserId: caller.userId });
      await recordAudit(manager, {
        action: AUDIT_ACTION[event],
        entityType: 'certificate',
        entityId: certificate.id,
        actorUserId: caller.userId,
        organisationId: certificate.supplierId,
        data: { serial: certificate.serial, fromStatus: certificate.status, toStatus: status, reason },
      });
      await syncCertifiedMembership(manager, certificate.supplierId);
      const [supplier] = (await manager.query('SELECT legal_name FROM organisation WHERE id = $1', [certificate.supplierId])) as { legal_name: string }[];
      await notifyCertificateWatchers(manager, certificate, NOTIFICATION[event], {
        certificateId: certificate.id,
        serial: certificate.serial,
        assessmentId: certificate.assessmentId,
        supplierId: certificate.supplierId,
        supplierName: supplier?.legal_name,
        status,
        reason,
      });
      // Read back in the transaction, under the lock: the answer is exactly the certificate this change left.
      const updated = await this.certificates.byId(certificate.id, manager);
      if (!updated) throw new Error(`certificate ${certificate.id} vanished under its row lock`);
      return { fromStatus: certificate.status, certificate: updated };
    });
    this.logger.log(
      { certificateId: change.certificate.id, serial: change.certificate.serial, fromStatus: change.fromStatus, status: change.certificate.status, userId: caller.userId },
      'certificate status changed',
    );
    return change.certificate;
  }
}
