import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationKind } from '@assay/database';
import type { UserRole } from '@assay/domain';

/**
 * Writes in-app notifications inside the caller's transaction, one multi-row statement for all recipients,
 * so a notification exists exactly when the change it announces does.
 */
@Injectable()
export class NotificationsService {
  /** Every user of the given organisations (optionally only some roles). */
  async notifyOrganisations(
    manager: EntityManager,
    organisationIds: readonly string[],
    kind: NotificationKind,
    data: Record<string, unknown>,
    roles?: readonly UserRole[],
  ): Promise<void> {
    if (organisationIds.length === 0) return;
    await manager.query(
      `INSERT INTO notification (user_id, kind, data)
       SELECT u.id, $2::notification_kind, $3::jsonb FROM "user" u
       WHERE u.organisation_id = ANY($1::uuid[]) AND ($4::user_role[] IS NULL OR u.role = ANY($4::user_role[]))`,
      [organisationIds, kind, data, roles ?? null],
    );
  }
}
