/** Every BullMQ queue of Assay. Frozen: a queue name is a contract between api, worker and Redis data. */
export const QueueName = Object.freeze({
  MAINTENANCE: 'maintenance',
  /** Scoring of submitted assessments: the api writes its jobs through the outbox; the worker's ScoringProcessor runs them. */
  SCORING: 'scoring',
  /** Re-scoring fan-out and its per-assessment jobs: a queue of its own, so a large re-scoring never delays new submissions. */
  RESCORING: 'rescoring',
  /** Signing and rendering issued certificates: the api writes its jobs through the outbox; the worker's CertificatesProcessor runs them. */
  CERTIFICATES: 'certificates',
} as const);

export type QueueName = (typeof QueueName)[keyof typeof QueueName];
