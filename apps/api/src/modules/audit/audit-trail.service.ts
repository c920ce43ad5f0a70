import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput, requireAssociationAdmin, type Actor, type FieldError } from '@assay/domain';
import { decodeCursorPair, encodeCursorPair, toPage, type Connection } from '../../common/opaque-cursor.js';
import type { AuditEventType } from './dto/audit-event.type.js';

export const AUDIT_TRAIL_DEFAULT_PAGE_SIZE = 50;
export const AUDIT_TRAIL_MAX_PAGE_SIZE = 200;
const CURSOR_TAG = 'audit';

interface AuditRow {
  id: string;
  occurred_at: Date;
  action: string;
  entity_type: string;
  entity_id: string;
  actor_user_id: string | null;
  actor_name: string | null;
  organisation_id: string | null;
  data: Record<string, unknown>;
  hash: string;
}

/**
 * The audit trail of one entity (e.g. `assessment` and its id: requested, answered, submitted, scored,
 * claimed, overridden, decided), newest first, for association admins. The whole chain's integrity is
 * checked by `npm run audit:verify`; this only reads.
 */
@Injectable()
export class AuditTrailService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async page(actor: Actor | null, entityType: string, entityId: string, first: number, after: string | null | undefined): Promise<Connection<AuditEventType>> {
    requireAssociationAdmin(actor);
    const problems: FieldError[] = [];
    if (entityType.length === 0 || entityType.length > 60) problems.push({ field: 'entityType', message: 'must be 1 to 60 characters' });
    if (entityId.length === 0 || entityId.length > 100) problems.push({ field: 'entityId', message: 'must be 1 to 100 characters' });
    if (!Number.isInteger(first) || first < 1 || first > AUDIT_TRAIL_MAX_PAGE_SIZE) problems.push({ field: 'first', message: `must be between 1 and ${AUDIT_TRAIL_MAX_PAGE_SIZE}` });
    const [tag, afterId] = after ? (decodeCursorPair(after, 200) ?? []) : [CURSOR_TAG, null];
    if (tag !== CURSOR_TAG || (afterId !== null && (typeof afterId !== 'string' || !/^\d{1,19}$/.test(afterId)))) problems.push({ field: 'after', message: 'is not a cursor of this list' });
    if (problems.length > 0) throw badInput(problems);

    const rows = (await this.db.query(
      `SELECT e.id, e.occurred_at, e.action, e.entity_type, e.entity_id, e.actor_user_id, u.display_name AS actor_name, e.organisation_id, e.data, e.hash
         FROM audit_event e LEFT JOIN "user" u ON u.id = e.actor_user_id
        WHERE e.entity_type = $1 AND e.entity_id = $2 AND ($3::bigint IS NULL OR e.id < $3::bigint)
        ORDER BY e.id DESC LIMIT $4`,
      [entityType, entityId, afterId, first + 1],
    )) as AuditRow[];
    return toPage(
      rows.map((row) => ({
        id: row.id,
        occurredAt: row.occurred_at,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        actor: row.actor_user_id ? { id: row.actor_user_id, displayName: row.actor_name } : null,
        organisationId: row.organisation_id,
        data: JSON.stringify(row.data),
        hash: row.hash,
      })),
      first,
      (event) => encodeCursorPair(CURSOR_TAG, event.id),
    );
  }
}
