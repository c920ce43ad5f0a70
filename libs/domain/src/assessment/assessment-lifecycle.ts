import { conflict } from '../errors.js';

/** SPEC §4. SCORING_FAILED is where an assessment waits when every scoring attempt failed (staff retry it). */
export enum AssessmentStatus {
  REQUESTED = 'REQUESTED',
  IN_PROGRESS = 'IN_PROGRESS',
  SUBMITTED = 'SUBMITTED',
  SCORED = 'SCORED',
  SCORING_FAILED = 'SCORING_FAILED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CHANGES_REQUESTED = 'CHANGES_REQUESTED',
}

export enum AssessmentEvent {
  /** The provider saves a first answer (or its first answer after changes were requested). */
  START_ANSWERING = 'START_ANSWERING',
  SUBMIT = 'SUBMIT',
  SCORE = 'SCORE',
  FAIL_SCORING = 'FAIL_SCORING',
  RETRY_SCORING = 'RETRY_SCORING',
  /** A reviewer claims a scored assessment. */
  START_REVIEW = 'START_REVIEW',
  /** The claim is given up undecided: the assessment goes back to the review queue. */
  RELEASE = 'RELEASE',
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
  REQUEST_CHANGES = 'REQUEST_CHANGES',
}

const { REQUESTED, IN_PROGRESS, SUBMITTED, SCORED, SCORING_FAILED, UNDER_REVIEW, APPROVED, REJECTED, CHANGES_REQUESTED } = AssessmentStatus;

/** The whole lifecycle: (state, event) → next state. Anything not listed is illegal. */
const TRANSITIONS: Readonly<Record<AssessmentStatus, Partial<Record<AssessmentEvent, AssessmentStatus>>>> = Object.freeze({
  [REQUESTED]: { START_ANSWERING: IN_PROGRESS, SUBMIT: SUBMITTED },
  [IN_PROGRESS]: { SUBMIT: SUBMITTED },
  [SUBMITTED]: { SCORE: SCORED, FAIL_SCORING: SCORING_FAILED },
  [SCORING_FAILED]: { RETRY_SCORING: SUBMITTED },
  [SCORED]: { START_REVIEW: UNDER_REVIEW },
  [UNDER_REVIEW]: { RELEASE: SCORED, APPROVE: APPROVED, REJECT: REJECTED, REQUEST_CHANGES: CHANGES_REQUESTED },
  [CHANGES_REQUESTED]: { START_ANSWERING: IN_PROGRESS, SUBMIT: SUBMITTED },
  [APPROVED]: {},
  [REJECTED]: {},
});

/** The next state, or CONFLICT naming the current state and what it allows. */
export function transition(current: AssessmentStatus, event: AssessmentEvent): AssessmentStatus {
  const next = TRANSITIONS[current][event];
  if (next) return next;
  const allowed = Object.keys(TRANSITIONS[current]);
  throw conflict(
    `Cannot ${event.toLowerCase().replace(/_/g, ' ')}: the assessment is ${current}` +
      (allowed.length ? ` (allowed now: ${allowed.join(', ')})` : ' (a final state)'),
  );
}

export function canTransition(current: AssessmentStatus, event: AssessmentEvent): boolean {
  return TRANSITIONS[current][event] !== undefined;
}

/** Answers may change only before submission, or after a reviewer asked for changes (SPEC §4). */
export function answersAreOpen(status: AssessmentStatus): boolean {
  return status === REQUESTED || status === IN_PROGRESS || status === CHANGES_REQUESTED;
}
