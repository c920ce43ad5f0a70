/** Every BullMQ queue of Assay. Frozen: a queue name is a contract between api, worker and Redis data. */
export const QueueName = Object.freeze({
  MAINTENANCE: 'maintenance',
} as const);

export type QueueName = (typeof QueueName)[keyof typeof QueueName];
