import { AssessmentStatus } from '../assessment/assessment-lifecycle.js';
import { badInput } from '../errors.js';
import { METHODOLOGY_VERSIONS } from '../scoring/methodology-v1.js';

/**
 * The assessments a re-scoring scores again: those whose answers have been frozen since their scored
 * submission, so the new run scores exactly what the reviewed run scored. CHANGES_REQUESTED is left out:
 * its answers are open again and may already differ from the submission (a run of them would carry the old
 * submission number over new answers); it is scored under the latest methodology when it is resubmitted.
 * SUBMITTED and SCORING_FAILED have no run yet, and are the scoring queue's business.
 */
export const RESCORABLE_STATUSES: readonly AssessmentStatus[] = Object.freeze([
  AssessmentStatus.SCORED,
  AssessmentStatus.UNDER_REVIEW,
  AssessmentStatus.APPROVED,
  AssessmentStatus.REJECTED,
]);

export function isRescorable(status: string): boolean {
  return (RESCORABLE_STATUSES as readonly string[]).includes(status);
}

/** A re-scoring runs until every item has settled; one with a failed item says so. */
export enum RescoringStatus {
  RUNNING = 'RUNNING',
  COMPLETED = 'COMPLETED',
  COMPLETED_WITH_FAILURES = 'COMPLETED_WITH_FAILURES',
}

export enum RescoringItemStatus {
  PENDING = 'PENDING',
  DONE = 'DONE',
  FAILED = 'FAILED',
}

/** How the re-scoring ends once nothing is pending, or RUNNING while something is. */
export function rescoringOutcome(counts: { pending: number; failed: number }): RescoringStatus {
  if (counts.pending > 0) return RescoringStatus.RUNNING;
  return counts.failed > 0 ? RescoringStatus.COMPLETED_WITH_FAILURES : RescoringStatus.COMPLETED;
}

/** The version, or BAD_USER_INPUT naming the versions that exist. */
export function requireKnownMethodologyVersion(version: string, field = 'input.methodologyVersion'): string {
  if (METHODOLOGY_VERSIONS.includes(version)) return version;
  const known = METHODOLOGY_VERSIONS.join(', ');
  throw badInput([{ field, message: `must be a known methodology version: ${known}` }], `Unknown methodology version "${version}"; known: ${known}`);
}
