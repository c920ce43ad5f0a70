import { AssessmentStatus } from '../assessment/assessment-lifecycle.js';
import { DomainError, ErrorCode } from '../errors.js';
import { LATEST_METHODOLOGY } from '../scoring/methodology-v1.js';
import { RescoringStatus, isRescorable, requireKnownMethodologyVersion, rescoringOutcome } from './rescoring.js';

describe('re-scoring', () => {
  it('scores again every assessment whose answers are frozen since its scored submission', () => {
    for (const status of [AssessmentStatus.SCORED, AssessmentStatus.UNDER_REVIEW, AssessmentStatus.APPROVED, AssessmentStatus.REJECTED]) {
      expect(isRescorable(status)).toBe(true);
    }
  });

  it('leaves out assessments whose answers are open again, and those not scored yet', () => {
    for (const status of [
      AssessmentStatus.CHANGES_REQUESTED,
      AssessmentStatus.IN_PROGRESS,
      AssessmentStatus.REQUESTED,
      AssessmentStatus.SUBMITTED,
      AssessmentStatus.SCORING_FAILED,
    ]) {
      expect(isRescorable(status)).toBe(false);
    }
  });

  it('runs while anything is pending, then completes, with failures when any item failed', () => {
    expect(rescoringOutcome({ pending: 1, failed: 3 })).toBe(RescoringStatus.RUNNING);
    expect(rescoringOutcome({ pending: 0, failed: 0 })).toBe(RescoringStatus.COMPLETED);
    expect(rescoringOutcome({ pending: 0, failed: 1 })).toBe(RescoringStatus.COMPLETED_WITH_FAILURES);
  });

  it('accepts the latest methodology version', () => {
    expect(requireKnownMethodologyVersion(LATEST_METHODOLOGY.version)).toBe(LATEST_METHODOLOGY.version);
  });

  it('refuses an unknown version with BAD_USER_INPUT naming the known ones', () => {
    let error: unknown;
    try {
      requireKnownMethodologyVersion('assay-v99');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      message: `Unknown methodology version "assay-v99"; known: ${LATEST_METHODOLOGY.version}`,
      details: { fields: [{ field: 'input.methodologyVersion', message: `must be a known methodology version: ${LATEST_METHODOLOGY.version}` }] },
    });
  });
});
