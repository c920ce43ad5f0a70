import { QueueName } from './queue-names.js';

/** Verify the audit hash chain and report the verdict (logs and the `assay_audit_chain_intact` gauge). */
export interface AuditChainCheckJob {
  queue: typeof QueueName.MAINTENANCE;
  name: 'audit-chain-check';
  data: { requestedBy: string };
}

/** Expire due certificates, send the 60- and 30-day reminders, open reassessments (each step safe to run twice). */
export interface CertificateLifecycleJob {
  queue: typeof QueueName.MAINTENANCE;
  name: 'certificate-lifecycle';
  data: { requestedBy: string };
}

/**
 * Score one submission of an assessment (written by `submitAssessment` through the outbox, job key
 * `score:<assessmentId>:<submissionNumber>`, or `...:retry-<k>` after a staff retry), run by the worker's ScoringProcessor.
 */
export interface ScoreAssessmentJob {
  queue: typeof QueueName.SCORING;
  name: 'score-assessment';
  data: { assessmentId: string; submissionNumber: number };
}

/**
 * Enqueue a `rescore-assessment` job for every PENDING item of a re-scoring (written by `rescoreAssessments`
 * through the outbox, job key `rescore:<rescoringId>`). Safe to run again: item jobs have ids of their own.
 */
export interface RescoreFanOutJob {
  queue: typeof QueueName.RESCORING;
  name: 'rescore-fan-out';
  /** `recover`: run by the reconciler for a re-scoring that stopped moving. */
  data: { rescoringId: string; recover?: boolean };
}

/** Score one assessment of a re-scoring under its methodology version (job key `rescore:<rescoringId>:<assessmentId>`). */
export interface RescoreAssessmentJob {
  queue: typeof QueueName.RESCORING;
  name: 'rescore-assessment';
  data: { rescoringId: string; assessmentId: string };
}

/**
 * Sign an issued certificate once and render its PDFs (en, fr, es), written by `issueCertificate` through the
 * outbox (job key `render-certificate:<certificateId>`), run by the worker's CertificatesProcessor.
 */
export interface RenderCertificateJob {
  queue: typeof QueueName.CERTIFICATES;
  name: 'render-certificate';
  data: { certificateId: string };
}

/** Every job Assay enqueues: one discriminated union, so producers and processors agree on payloads. */
export type AssayJob = AuditChainCheckJob | CertificateLifecycleJob | ScoreAssessmentJob | RescoreFanOutJob | RescoreAssessmentJob | RenderCertificateJob;

export type JobName = AssayJob['name'];
export type JobData<N extends JobName> = Extract<AssayJob, { name: N }>['data'];

/** BullMQ refuses ':' in custom ids; job keys may contain it. */
export function jobIdFromKey(jobKey: string): string {
  return jobKey.replace(/:/g, '_');
}

/**
 * The scoring job of one submission: its key is derived from the work, so the same submission is scored once.
 * A staff retry after SCORING_FAILED needs a new job (BullMQ keeps the failed one under the old id), so the
 * k-th retry is `score:<id>:<n>:retry-<k>`; the run itself stays unique per submission in the database.
 */
export function scoringJobKey(assessmentId: string, submissionNumber: number, retry = 0): string {
  return `score:${assessmentId}:${submissionNumber}${retry > 0 ? `:retry-${retry}` : ''}`;
}

/** The fan-out job of a re-scoring: one per re-scoring. */
export function rescoreFanOutJobKey(rescoringId: string): string {
  return `rescore:${rescoringId}`;
}

/** One assessment's job of a re-scoring: the same item is enqueued once however often the fan-out runs. */
export function rescoreAssessmentJobKey(rescoringId: string, assessmentId: string): string {
  return `rescore:${rescoringId}:${assessmentId}`;
}

/** The render job of one certificate: one per certificate, whatever retries or reconciles happen. */
export function certificateRenderJobKey(certificateId: string): string {
  return `render-certificate:${certificateId}`;
}
