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

export function auditHash(prevHash: string, event: HashedContent): string {
  const content = canonicalize({
    occurredAt: event.occurredAt.toISOString(),
    actorUserId: event.actorUserId,
    organisationId: event.organisationId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    data: event.data,
  });
  return createHash('sha256').update(prevHash).update(content ?? '').digest('hex');
}

/** Appends to the audit chain inside the caller's transaction (the manager must be transactional). */
export async function recordAudit(manager: EntityManager, entry: AuditEntry): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('recordAudit must run inside the transaction of the change it records');
  }
  await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
  const [last] = (await manager.query('SELECT hash FROM audit_event ORDER BY id DESC LIMIT 1')) as { hash: string }[];
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content: HashedContent = {
    occurredAt: new Date(),
    actorUserId: entry.actorUserId ?? null,
    organisationId: entry.organisationId ?? null,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    data: entry.data ?? {},
  };
  // QueryDeepPartialEntity cannot express an open JSON object: the row is exactly the entity's columns.
  await manager.insert(AuditEvent, { ...content, prevHash, hash: auditHash(prevHash, content) } as object);
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
