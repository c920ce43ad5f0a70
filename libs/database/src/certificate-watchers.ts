import type { EntityManager } from 'typeorm';
import type { NotificationKind } from './entities/notification.entity.js';
import { notifyOrganisations } from './notifications.js';

/**
 * The organisations that follow a supplier's certificate (issue 6: "clients watching the supplier — their
 * working group's watch-list, or an assessment shared with them — are notified of every status change"):
 * the supplier itself; the organisation that requested the certified assessment, and the members of the
 * working group it was requested for; members of every working group whose watch-list holds the supplier;
 * and every client organisation (directly or through its working group) with a live share of one of the
 * supplier's assessments. One statement, each organisation once.
 */
export async function certificateWatcherOrganisations(manager: EntityManager, supplierId: string, assessmentId: string): Promise<string[]> {
  const rows = (await manager.query(
    `SELECT $1::uuid AS id
     UNION SELECT a.requested_by_organisation_id FROM assessment a WHERE a.id = $2
     UNION SELECT m.organisation_id FROM assessment a JOIN working_group_member m ON m.working_group_id = a.working_group_id WHERE a.id = $2
     UNION SELECT m.organisation_id FROM working_group_watch w JOIN working_group_member m ON m.working_group_id = w.working_group_id
            WHERE w.supplier_id = $1
     UNION SELECT coalesce(s.client_organisation_id, m.organisation_id)
             FROM assessment_share s JOIN assessment a ON a.id = s.assessment_id
             LEFT JOIN working_group_member m ON m.working_group_id = s.working_group_id
            WHERE a.supplier_id = $1 AND s.withdrawn_at IS NULL AND coalesce(s.client_organisation_id, m.organisation_id) IS NOT NULL`,
    [supplierId, assessmentId],
  )) as { id: string }[];
  return rows.map((row) => row.id);
}

/** Tells every watcher of the certificate's supplier, inside the caller's transaction. */
export async function notifyCertificateWatchers(
  manager: EntityManager,
  certificate: { supplierId: string; assessmentId: string },
  kind: NotificationKind,
  data: Record<string, unknown>,
): Promise<void> {
  await notifyOrganisations(manager, await certificateWatcherOrganisations(manager, certificate.supplierId, certificate.assessmentId), kind, data);
}
