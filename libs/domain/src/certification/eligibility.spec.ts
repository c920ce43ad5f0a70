import { Tier } from '../scoring/scoring.types.js';
import { EligibilityCondition as C, certificateEligibility, effectiveScores } from './eligibility.js';

const mature = { maturity: 85, tier: Tier.LOW, redFlagCount: 0, confidence: 0.9, approved: true };
const codes = (facts: Parameters<typeof certificateEligibility>[0]) => certificateEligibility(facts).unmet.map((condition) => condition.code);

describe('certificate eligibility', () => {
  it('a mature, low-risk, evidenced and approved supplier is CERTIFIED', () => {
    expect(certificateEligibility(mature)).toEqual({ eligible: true, unmet: [], level: 'CERTIFIED' });
  });

  it('maturity exactly 80 is CERTIFIED, just below it only with conditions', () => {
    expect(certificateEligibility({ ...mature, maturity: 80 }).level).toBe('CERTIFIED');
    expect(certificateEligibility({ ...mature, maturity: 79.99 }).level).toBe('CERTIFIED_WITH_CONDITIONS');
  });

  it('maturity exactly 70 with a MEDIUM tier is eligible with conditions', () => {
    expect(certificateEligibility({ ...mature, maturity: 70, tier: Tier.MEDIUM })).toEqual({ eligible: true, unmet: [], level: 'CERTIFIED_WITH_CONDITIONS' });
  });

  it('maturity 69.9999 is below 70, and the message does not round it up to 70', () => {
    expect(certificateEligibility({ ...mature, maturity: 69.9999 }).unmet).toEqual([{ code: C.MATURITY_BELOW_70, message: 'maturity 69.9999 is below 70' }]);
  });

  it('a HIGH tier blocks certification however mature', () => {
    expect(codes({ ...mature, tier: Tier.HIGH })).toEqual([C.TIER_NOT_LOW_OR_MEDIUM]);
  });

  it('a red flag blocks certification even with a LOW tier (an override of the tier never lifts it)', () => {
    expect(certificateEligibility({ ...mature, redFlagCount: 1 })).toEqual({
      eligible: false,
      unmet: [{ code: C.RED_FLAG, message: '1 red flag raised (none allowed)' }],
      level: null,
    });
  });

  it('two red flags are counted in the message', () => {
    expect(certificateEligibility({ ...mature, tier: Tier.CRITICAL, redFlagCount: 2 }).unmet.map((u) => u.message)).toEqual([
      'tier CRITICAL is not LOW or MEDIUM',
      '2 red flags raised (none allowed)',
    ]);
  });

  it('confidence exactly 0.8 passes, 0.7999 fails', () => {
    expect(codes({ ...mature, confidence: 0.8 })).toEqual([]);
    expect(certificateEligibility({ ...mature, confidence: 0.7999 }).unmet).toEqual([{ code: C.CONFIDENCE_BELOW_0_8, message: 'confidence 0.7999 is below 0.8' }]);
  });

  it('perfect numbers without a reviewer approval are not eligible', () => {
    expect(certificateEligibility({ ...mature, approved: false })).toEqual({
      eligible: false,
      unmet: [{ code: C.NOT_APPROVED, message: 'no reviewer has approved the assessment' }],
      level: null,
    });
  });

  it('the numbers-only question (no approval asked) is eligible on the numbers', () => {
    const { approved: _ignored, ...numbers } = mature;
    expect(certificateEligibility(numbers).eligible).toBe(true);
  });

  it('everything wrong at once lists every condition, in a fixed order', () => {
    expect(codes({ maturity: 40, tier: Tier.CRITICAL, redFlagCount: 1, confidence: 0.2, approved: false })).toEqual([
      C.MATURITY_BELOW_70,
      C.TIER_NOT_LOW_OR_MEDIUM,
      C.RED_FLAG,
      C.CONFIDENCE_BELOW_0_8,
      C.NOT_APPROVED,
    ]);
  });

  it('a number that is not a number never passes', () => {
    expect(codes({ ...mature, maturity: Number.NaN, confidence: Number.NaN })).toEqual([C.MATURITY_BELOW_70, C.CONFIDENCE_BELOW_0_8]);
  });
});

describe('effective scores after an override', () => {
  const run = { tier: Tier.HIGH, maturity: 72 };

  it('without an override the run stands', () => {
    expect(effectiveScores(run, null)).toEqual({ tier: Tier.HIGH, maturity: 72, overridden: false });
  });

  it('a tier-only override keeps the run maturity', () => {
    expect(effectiveScores(run, { tier: Tier.MEDIUM, maturity: null })).toEqual({ tier: Tier.MEDIUM, maturity: 72, overridden: true });
  });

  it('a maturity-only override keeps the run tier', () => {
    expect(effectiveScores(run, { tier: null, maturity: 81 })).toEqual({ tier: Tier.HIGH, maturity: 81, overridden: true });
  });

  it('an override of a HIGH tier to MEDIUM makes an otherwise good, approved assessment eligible', () => {
    const effective = effectiveScores(run, { tier: Tier.MEDIUM, maturity: null });
    expect(certificateEligibility({ ...effective, redFlagCount: 0, confidence: 0.9, approved: true })).toMatchObject({ eligible: true, level: 'CERTIFIED_WITH_CONDITIONS' });
  });
});
