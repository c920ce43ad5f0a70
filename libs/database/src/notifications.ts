import type { EntityManager } from 'typeorm';
import type { UserRole } from '@assay/domain';
import type { NotificationKind } from './entities/notification.entity.js';

/**
 * Notifies every user of the given organisations (optionally only some roles) inside the caller's
 * transaction, in one statement, so a notification exists exactly when the change it announces does.
 */
export async function notifyOrganisations(
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

/** Every user of the given organisations and every association user, each user once. */
export async function notifyOrganisationsAndAssociation(
  manager: EntityManager,
  organisationIds: readonly string[],
  kind: NotificationKind,
  data: Record<string, unknown>,
): Promise<void> {
  await manager.query(
    `INSERT INTO notification (user_id, kind, data)
     SELECT u.id, $2::notification_kind, $3::jsonb FROM "user" u JOIN organisation o ON o.id = u.organisation_id
     WHERE u.organisation_id = ANY($1::uuid[]) OR o.kind = 'ASSOCIATION'`,
    [organisationIds, kind, data],
  );
}
