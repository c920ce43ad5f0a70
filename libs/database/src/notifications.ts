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

/** Several notifications of one kind, each to every user of its organisations, in one statement. */
export async function notifyOrganisationsEach(
  manager: EntityManager,
  kind: NotificationKind,
  notices: readonly { organisationIds: readonly string[]; data: Record<string, unknown> }[],
): Promise<void> {
  const pairs = notices.flatMap(({ organisationIds, data }) => [...new Set(organisationIds)].map((organisationId) => ({ organisationId, data })));
  if (pairs.length === 0) return;
  await manager.query(
    `INSERT INTO notification (user_id, kind, data)
     SELECT u.id, $1::notification_kind, p.data
       FROM jsonb_to_recordset($2::jsonb) AS p("organisationId" uuid, data jsonb) JOIN "user" u ON u.organisation_id = p."organisationId"`,
    [kind, JSON.stringify(pairs)],
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
