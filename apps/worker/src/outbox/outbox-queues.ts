import type { Queue } from 'bullmq';

/** Injection token: every BullMQ queue the dispatcher may enqueue into, by queue name. */
export const OUTBOX_QUEUES = Symbol('OUTBOX_QUEUES');

export type OutboxQueues = ReadonlyMap<string, Queue>;
