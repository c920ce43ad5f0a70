import type { EntityManager } from 'typeorm';
import { OutboxMessage } from './entities/outbox-message.entity.js';

export const OUTBOX_CHANNEL = 'assay_outbox';

export interface OutboxEntry {
  queue: string;
  jobName: string;
  /** Derived from the work itself (e.g. `score:<assessment>:<submission>`): the same work is written once. */
  jobKey: string;
  payload: Record<string, unknown>;
}

/** Writes work to enqueue inside the caller's transaction; the dispatcher is woken when it commits. */
export async function addToOutbox(manager: EntityManager, entry: OutboxEntry): Promise<void> {
  if (!manager.queryRunner?.isTransactionActive) {
    throw new Error('addToOutbox must run inside the transaction of the change that causes the work');
  }
  await manager.createQueryBuilder().insert().into(OutboxMessage).values(entry as object).orIgnore().execute();
  await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, entry.queue]);
}
