import { createHash } from 'node:crypto';
import canonicalize from 'canonicalize';
import type { EntityManager } from 'typeorm';
import { AuditEvent } from './entities/audit-event.entity.js';

export const GENESIS_HASH = '0'.repeat(64);

/** Serialises writers of the chain until their transaction ends, so each row links to the committed last one. */
const AUDIT_CHAIN_LOCK = 7_411_001;

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  actorUserId?: string | null;
  organisationId?: string | null;
  data?: Record<string, unknown>;
}

type HashedContent = Pick<
  AuditEvent,
  'occurredAt' | 'actorUserId' | 'organisationId' | 'action' | 'entityType' | 'entityId' | 'data'
>;

/** The canonical (RFC 8785) JSON of what a row records; its hash covers this and the previous row's hash. */
export function auditContent(event: HashedContent): string {
  return (
    canonicalize({
      occurredAt: event.occurredAt.toISOString(),
      actorUserId: event.actorUserId,
      organisationId: event.organisationId,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      data: event.data,
    }) ?? ''
  );
}

export function auditHash(prevHash: string, event: HashedContent): string {
  return createHash('sha256').update(prevHash).update(auditContent(event)).digest('hex');
}

/** Appends one event to the audit chain inside the caller's transaction (the manager must be transactional). */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('recordAudit must run inside the transaction of the change it records');
  }
  const content = hashedContent(entry, new Date());
  // The lock comes first, in its own statement: the INSERT's snapshot must be taken after it, so that it
  // sees the row committed by the writer it waited for. PostgreSQL then links and hashes the row itself
  // (sha256 of the previous hash followed by the content, the same bytes as auditHash), saving a round trip.
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  await manager.query(
    `INSERT INTO audit_event (occurred_at, actor_user_id, organisation_id, action, entity_type, entity_id, data, prev_hash, hash)
     SELECT $1, $2, $3, $4, $5, $6, $7::jsonb, prev.hash, encode(sha256(convert_to(prev.hash || $8, 'UTF8')), 'hex')
     FROM (SELECT coalesce((SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1), $9) AS hash) prev`,
    [
      content.occurredAt,
      content.actorUserId,
      content.organisationId,
      content.action,
      content.entityType,
      content.entityId,
      JSON.stringify(content.data),
      auditContent(content),
      GENESIS_HASH,
    ],
  );
}

/**
 * Appends several events, in order, with three statements whatever their number (lock, read the tail, one
 * multi-row INSERT): batch writers (the scoring worker) hold the chain's lock for one insert, not one per event.
 * Rows are linked here in Node (auditHash), the same bytes the single-event path hashes in SQL.
 */
export async function recordAuditEvents(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  if (entries.length === 1) return recordAudit(manager, entries[0]!);
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('recordAuditEvents must run inside the transaction of the changes it records');
  }
  const occurredAt = new Date();
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const [tail] = (await manager.query('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1')) as { hash: string }[];
  let prevHash = tail?.hash ?? GENESIS_HASH;
  const rows = entries.map((entry, n) => {
    const content = hashedContent(entry, occurredAt);
    const hash = auditHash(prevHash, content);
    const row = { ...content, occurredAt: occurredAt.toISOString(), prevHash, hash, n };
    prevHash = hash;
    return row;
  });
  // Inserted in the order of `n`, so ids (the chain's order) follow the links.
  await manager.query(
    `INSERT INTO audit_event (occurred_at, actor_user_id, organisation_id, action, entity_type, entity_id, data, prev_hash, hash)
     SELECT r."occurredAt", r."actorUserId", r."organisationId", r.action, r."entityType", r."entityId", r.data, r."prevHash", r.hash
       FROM jsonb_to_recordset($1::jsonb) AS r("occurredAt" timestamptz, "actorUserId" uuid, "organisationId" uuid, action text,
            "entityType" text, "entityId" text, data jsonb, "prevHash" text, hash text, n int)
      ORDER BY r.n`,
    [JSON.stringify(rows)],
  );
}

function hashedContent(entry: AuditEntry, occurredAt: Date): HashedContent {
  return {
    occurredAt,
    actorUserId: entry.actorUserId ?? null,
    organisationId: entry.organisationId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    data: entry.data ?? {},
  };
}

export type ChainVerdict = { intact: true; rows: number } | { intact: false; rows: number; brokenAtId: string; reason: string };

/** Walks the chain in id order, a page at a time, and names the first row that does not hold. */
export async function verifyAuditChain(manager: EntityManager, pageSize = 1000): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let afterId = '0';
  let rows = 0;
  for (;;) {
    const page = await manager
      .getRepository(AuditEvent)
      .createQueryBuilder('e')
      .where('e.id > :afterId', { afterId })
      .orderBy('e.id', 'ASC')
      .limit(pageSize)
      .getMany();
    for (const event of page) {
      rows += 1;
      if (event.prevHash !== prevHash) {
        return { intact: false, rows, brokenAtId: event.id, reason: 'its prev_hash does not match the hash of the row before it' };
      }
      if (auditHash(prevHash, event) !== event.hash) {
        return { intact: false, rows, brokenAtId: event.id, reason: 'its content does not match its hash (edited after it was written)' };
      }
      prevHash = event.hash;
      afterId = event.id;
    }
    if (page.length < pageSize) return { intact: true, rows };
  }
}
