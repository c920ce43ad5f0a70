/** Every BullMQ queue of Assay. Frozen: a queue name is a contract between api, worker and Redis data. */
export const QueueName = Object.freeze({
  MAINTENANCE: 'maintenance',
  /**
   * Scoring of submitted assessments. The api writes its jobs through the outbox from issue 4 on; the
   * processor comes with the scoring issue. Until then the worker registers the queue (so the dispatcher can
   * enqueue into it) and the jobs wait there: a queue without a processor is legal in BullMQ.
   */
  SCORING: 'scoring',
} as const);

export type QueueName = (typeof QueueName)[keyof typeof QueueName];
