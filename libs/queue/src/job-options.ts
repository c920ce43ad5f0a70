import type { JobsOptions } from 'bullmq';
import { QueueName } from './queue-names.js';

/**
 * The options every job of a queue is added with (the dispatcher adds jobs from outbox rows, so this is
 * where attempts and backoff are decided). Scoring: 5 attempts, 2 s, 4 s, 8 s, 16 s apart; after the last
 * one the assessment shows SCORING_FAILED.
 */
export const JOB_OPTIONS: Readonly<Record<QueueName, JobsOptions>> = Object.freeze({
  // The queue's defaults (BullModule.forRoot in the worker).
  [QueueName.MAINTENANCE]: {},
  [QueueName.SCORING]: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
  // A methodology that throws fails its item at once (retrying a pure function cannot help); these attempts are
  // for the database or Redis going away mid-job.
  [QueueName.RESCORING]: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
  // Rendering retries like scoring; a certificate left unrendered shows `rendered: false` until a retry succeeds.
  [QueueName.CERTIFICATES]: { attempts: 5, backoff: { type: 'exponential', delay: 2000 } },
});

export function jobOptionsFor(queue: string): JobsOptions {
  return (JOB_OPTIONS as Record<string, JobsOptions | undefined>)[queue] ?? {};
}
