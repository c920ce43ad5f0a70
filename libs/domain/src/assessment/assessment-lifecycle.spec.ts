import { ErrorCode } from '../errors.js';
import { AssessmentEvent, AssessmentStatus, answersAreOpen, transition } from './assessment-lifecycle.js';

const S = AssessmentStatus;
const E = AssessmentEvent;

/** The legal moves of SPEC §4; every other (state, event) pair must be refused. */
const LEGAL: [AssessmentStatus, AssessmentEvent, AssessmentStatus][] = [
  [S.REQUESTED, E.START_ANSWERING, S.IN_PROGRESS],
  [S.REQUESTED, E.SUBMIT, S.SUBMITTED],
  [S.IN_PROGRESS, E.SUBMIT, S.SUBMITTED],
  [S.SUBMITTED, E.SCORE, S.SCORED],
  [S.SUBMITTED, E.FAIL_SCORING, S.SCORING_FAILED],
  [S.SCORING_FAILED, E.RETRY_SCORING, S.SUBMITTED],
  [S.SCORED, E.START_REVIEW, S.UNDER_REVIEW],
  [S.UNDER_REVIEW, E.RELEASE, S.SCORED],
  [S.UNDER_REVIEW, E.APPROVE, S.APPROVED],
  [S.UNDER_REVIEW, E.REJECT, S.REJECTED],
  [S.UNDER_REVIEW, E.REQUEST_CHANGES, S.CHANGES_REQUESTED],
  [S.CHANGES_REQUESTED, E.START_ANSWERING, S.IN_PROGRESS],
  [S.CHANGES_REQUESTED, E.SUBMIT, S.SUBMITTED],
];

const allPairs = Object.values(S).flatMap((state) => Object.values(E).map((event) => [state, event] as const));

describe('the assessment lifecycle', () => {
  it.each(allPairs)('%s + %s', (state, event) => {
    const legal = LEGAL.find(([from, on]) => from === state && on === event);
    if (legal) {
      expect(transition(state, event)).toBe(legal[2]);
      return;
    }
    try {
      transition(state, event);
      throw new Error('expected a refusal');
    } catch (error) {
      expect((error as { code: ErrorCode }).code).toBe(ErrorCode.CONFLICT);
      expect((error as Error).message).toContain(`the assessment is ${state}`);
    }
  });

  it('answers are locked from submission until changes are requested', () => {
    expect(Object.values(S).filter(answersAreOpen)).toEqual([S.REQUESTED, S.IN_PROGRESS, S.CHANGES_REQUESTED]);
  });
});
