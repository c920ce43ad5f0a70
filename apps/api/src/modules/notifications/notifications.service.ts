import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUUID } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { NotificationKind, notifyOrganisations, notifyOrganisationsAndAssociation } from '@assay/database';
import { badInput, requireActor, type Actor, type UserRole } from '@assay/domain';
import {
  afterCursorSql,
  cursorTimestampSql,
  parsePageRequest,
  toConnection,
  type Connection,
} from '../../common/newest-first-cursor.js';

export const NOTIFICATIONS_DEFAULT_PAGE_SIZE = 20;
export const NOTIFICATIONS_MAX_PAGE_SIZE = 100;
/** Bounds one markNotificationsRead call; omit `ids` to mark everything. */
export const MAX_IDS_PER_MARK = 500;

export interface NotificationView {
  id: string;
  kind: NotificationKind;
  /** The JSON object, as text. */
  data: string;
  createdAt: Date;
  readAt: Date | null;
  cursorCreatedAt: string;
}

interface NotificationRow {
  id: string;
  kind: NotificationKind;
  data: Record<string, unknown>;
  created_at: Date;
  read_at: Date | null;
  cursor_created_at: string;
}

/**
 * In-app notifications. Writers call `notifyOrganisations` inside their own transaction, one multi-row
 * statement for all recipients, so a notification exists exactly when the change it announces does.
 * Readers only ever see and mark their own: every query is bounded by the caller's user id.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Every user of the given organisations (optionally only some roles), in the caller's transaction. */
  notifyOrganisations(
    manager: EntityManager,
    organisationIds: readonly string[],
    kind: NotificationKind,
    data: Record<string, unknown>,
    roles?: readonly UserRole[],
  ): Promise<void> {
    return notifyOrganisations(manager, organisationIds, kind, data, roles);
  }

  /** Every user of the given organisations and of the association, each user once. */
  notifyOrganisationsAndAssociation(
    manager: EntityManager,
    organisationIds: readonly string[],
    kind: NotificationKind,
    data: Record<string, unknown>,
  ): Promise<void> {
    return notifyOrganisationsAndAssociation(manager, organisationIds, kind, data);
  }

  async page(actor: Actor | null, unreadOnly: boolean, first: number, after: string | null | undefined): Promise<Connection<NotificationView>> {
    const caller = requireActor(actor);
    const request = parsePageRequest(first, after, NOTIFICATIONS_MAX_PAGE_SIZE);
    const params: unknown[] = [caller.userId];
    const where = ['n.user_id = $1'];
    if (unreadOnly) where.push('n.read_at IS NULL');
    if (request.after) {
      params.push(request.after.createdAt, request.after.id);
      where.push(afterCursorSql('n', `$${params.length - 1}`, `$${params.length}`));
    }
    params.push(request.first + 1);
    const rows = (await this.db.query(
      `SELECT n.id, n.kind, n.data, n.created_at, n.read_at, ${cursorTimestampSql('n')} AS cursor_created_at
         FROM notification n WHERE ${where.join(' AND ')}
        ORDER BY n.created_at DESC, n.id DESC LIMIT $${params.length}`,
      params,
    )) as NotificationRow[];
    return toConnection(rows.map(toView), request.first, (row) => ({ createdAt: row.cursorCreatedAt, id: row.id }));
  }

  async unreadCount(actor: Actor | null): Promise<number> {
    const caller = requireActor(actor);
    const [row] = (await this.db.query(`SELECT count(*)::int AS count FROM notification WHERE user_id = $1 AND read_at IS NULL`, [
      caller.userId,
    ])) as { count: number }[];
    return row?.count ?? 0;
  }

  /**
   * Marks the caller's unread notifications read: those of `ids`, or all when `ids` is null. An id that is
   * not the caller's (another user's, or unknown) is ignored rather than refused: the answer must not tell
   * whether someone else's notification exists, and a client marking a stale list should not fail.
   */
  async markRead(actor: Actor | null, ids: readonly string[] | null | undefined): Promise<number> {
    const caller = requireActor(actor);
    if (ids) {
      if (ids.length > MAX_IDS_PER_MARK) throw badInput([{ field: 'ids', message: `must list at most ${MAX_IDS_PER_MARK} ids` }]);
      const bad = ids.findIndex((id) => !isUUID(id));
      if (bad >= 0) throw badInput([{ field: `ids[${bad}]`, message: 'must be an id (a UUID)' }]);
    }
    const [, affected] = (await this.db.query(
      `UPDATE notification SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [caller.userId, ids ?? null],
    )) as [unknown, number];
    return affected;
  }
}

function toView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    kind: row.kind,
    data: JSON.stringify(row.data),
    createdAt: row.created_at,
    readAt: row.read_at,
    cursorCreatedAt: row.cursor_created_at,
  };
}
