import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { addToOutbox, isUniqueViolation, recordAudit } from '@assay/database';
import {
  RESCORABLE_STATUSES,
  RescoringStatus,
  badInput,
  conflict,
  notFound,
  requireAssociationAdmin,
  requireAssociationStaff,
  requireKnownMethodologyVersion,
  type Actor,
} from '@assay/domain';
import { QueueName, rescoreFanOutJobKey, type RescoreFanOutJob } from '@assay/queue';
import { parsePageRequest, toConnection, type Connection } from '../../common/newest-first-cursor.js';
import type { RescoreAssessmentsInput } from './dto/rescore-assessments.input.js';
import type { RescoringFailureType, RescoringType } from './dto/rescoring.type.js';

export const RESCORINGS_DEFAULT_PAGE_SIZE = 20;
export const RESCORINGS_MAX_PAGE_SIZE = 50;
export const RESCORING_FAILURES_DEFAULT = 20;
export const RESCORING_FAILURES_MAX = 100;

export interface RescoringView extends RescoringType {
  cursorRequestedAt: string;
}

interface RescoringRow {
  id: string;
  methodology_version: string;
  requested_by_user_id: string;
  requested_by_name: string;
  requested_at: Date;
  finished_at: Date | null;
  status: RescoringStatus;
  total: number;
  done: number;
  failed: number;
  pending: number;
  cursor_requested_at: string;
}

/** A re-scoring with its requester and its counts, from one statement (the counts are one grouped scan of its items). */
const RESCORING_SELECT = `
  SELECT r.id, r.methodology_version, r.requested_by_user_id, u.display_name AS requested_by_name, r.requested_at, r.finished_at,
         r.status::text AS status, c.total, c.done, c.failed, c.pending,
         to_char(r.requested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS cursor_requested_at
    FROM rescoring r
    JOIN "user" u ON u.id = r.requested_by_user_id
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS total, count(*) FILTER (WHERE i.status = 'DONE')::int AS done,
             count(*) FILTER (WHERE i.status = 'FAILED')::int AS failed, count(*) FILTER (WHERE i.status = 'PENDING')::int AS pending
        FROM rescoring_item i WHERE i.rescoring_id = r.id
    ) c`;

/**
 * Re-scoring (issue 5): an association admin scores every scored assessment again under a methodology version;
 * association staff follow its progress. Requesting one writes, in one transaction, the re-scoring, a snapshot
 * of the assessments it covers (one INSERT … SELECT), the fan-out job in the outbox, and an audit event. The
 * worker does the rest (apps/worker/src/rescoring). One re-scoring runs at a time.
 */
@Injectable()
export class RescoringService {
  private readonly logger = new Logger(RescoringService.name);

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async request(actor: Actor | null, input: RescoreAssessmentsInput): Promise<RescoringView> {
    const caller = requireAssociationAdmin(actor);
    const methodologyVersion = requireKnownMethodologyVersion(input.methodologyVersion);
    let id: string;
    try {
      id = await this.db.transaction((manager) => this.start(manager, caller, methodologyVersion));
    } catch (error) {
      // Two admins at the same moment: the partial unique index lets one re-scoring run; the other is told so.
      if (isUniqueViolation(error)) throw conflict('Another re-scoring was requested at the same moment and is running: wait for it to finish');
      throw error;
    }
    return (await this.read(this.db.manager, id))!;
  }

  private async start(manager: EntityManager, caller: Actor, methodologyVersion: string): Promise<string> {
    const [running] = (await manager.query(`SELECT id, methodology_version FROM rescoring WHERE status = 'RUNNING'`)) as { id: string; methodology_version: string }[];
    if (running) throw conflict(`A re-scoring under ${running.methodology_version} (${running.id}) is still running: wait for it to finish`);
    const [{ id }] = (await manager.query(`INSERT INTO rescoring (methodology_version, requested_by_user_id) VALUES ($1, $2) RETURNING id`, [
      methodologyVersion,
      caller.userId,
    ])) as [{ id: string }];
    const [, total] = (await manager.query(
      `INSERT INTO rescoring_item (rescoring_id, assessment_id)
       SELECT $1, a.id FROM assessment a WHERE a.status = ANY($2::assessment_status[])`,
      [id, RESCORABLE_STATUSES],
    )) as [unknown, number];
    if (total === 0) {
      // Nothing to score: finished as it starts, so no job has to exist to finish it.
      await manager.query(`UPDATE rescoring SET status = 'COMPLETED', finished_at = now() WHERE id = $1`, [id]);
    } else {
      const job: RescoreFanOutJob = { queue: QueueName.RESCORING, name: 'rescore-fan-out', data: { rescoringId: id } };
      await addToOutbox(manager, { queue: job.queue, jobName: job.name, jobKey: rescoreFanOutJobKey(id), payload: { ...job.data } });
    }
    await recordAudit(manager, {
      action: 'rescoring.requested',
      entityType: 'rescoring',
      entityId: id,
      actorUserId: caller.userId,
      organisationId: caller.organisationId,
      data: { methodologyVersion, total },
    });
    this.logger.log({ rescoringId: id, methodologyVersion, total, userId: caller.userId }, 're-scoring requested');
    return id;
  }

  async get(actor: Actor | null, id: string): Promise<RescoringView> {
    requireAssociationStaff(actor);
    const rescoring = await this.read(this.db.manager, id);
    if (!rescoring) throw notFound('Re-scoring');
    return rescoring;
  }

  /** Newest first. */
  async page(actor: Actor | null, first: number, after: string | null | undefined): Promise<Connection<RescoringView>> {
    requireAssociationStaff(actor);
    const request = parsePageRequest(first, after, RESCORINGS_MAX_PAGE_SIZE);
    const params: unknown[] = [request.first + 1];
    let where = '';
    if (request.after) {
      params.push(request.after.createdAt, request.after.id);
      where = `WHERE (r.requested_at, r.id) < ($2::timestamptz, $3::uuid)`;
    }
    const rows = (await this.db.query(`${RESCORING_SELECT} ${where} ORDER BY r.requested_at DESC, r.id DESC LIMIT $1`, params)) as RescoringRow[];
    return toConnection(rows.map(toView), request.first, (row) => ({ createdAt: row.cursorRequestedAt, id: row.id }));
  }

  /**
   * The first `first` failures of each of the re-scorings (in the order they failed), in one statement: a
   * list of re-scorings asks for all of them at once.
   */
  async failures(rescoringIds: readonly string[], first: number): Promise<Map<string, RescoringFailureType[]>> {
    if (!Number.isInteger(first) || first < 1 || first > RESCORING_FAILURES_MAX) {
      throw badInput([{ field: 'first', message: `must be between 1 and ${RESCORING_FAILURES_MAX}` }]);
    }
    const rows = (await this.db.query(
      `SELECT rescoring_id, assessment_id, error, settled_at FROM (
         SELECT i.rescoring_id, i.assessment_id, i.error, i.settled_at,
                row_number() OVER (PARTITION BY i.rescoring_id ORDER BY i.settled_at, i.assessment_id) AS n
           FROM rescoring_item i WHERE i.rescoring_id = ANY($1::uuid[]) AND i.status = 'FAILED'
       ) f WHERE n <= $2 ORDER BY rescoring_id, n`,
      [[...rescoringIds], first],
    )) as { rescoring_id: string; assessment_id: string; error: string | null; settled_at: Date }[];
    const byRescoring = new Map<string, RescoringFailureType[]>(rescoringIds.map((id) => [id, []]));
    for (const row of rows) byRescoring.get(row.rescoring_id)?.push({ assessmentId: row.assessment_id, error: row.error ?? '', failedAt: row.settled_at });
    return byRescoring;
  }

  private async read(manager: EntityManager, id: string): Promise<RescoringView | null> {
    const [row] = (await manager.query(`${RESCORING_SELECT} WHERE r.id = $1`, [id])) as RescoringRow[];
    return row ? toView(row) : null;
  }
}

function toView(row: RescoringRow): RescoringView {
  return {
    id: row.id,
    methodologyVersion: row.methodology_version,
    requestedBy: { id: row.requested_by_user_id, displayName: row.requested_by_name },
    requestedAt: row.requested_at,
    finishedAt: row.finished_at,
    status: row.status,
    total: row.total,
    done: row.done,
    failed: row.failed,
    pending: row.pending,
    cursorRequestedAt: row.cursor_requested_at,
  };
}
