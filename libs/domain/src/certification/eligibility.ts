/**
 * Certificate eligibility (SPEC §3, "Scoring methodology v1"): one pure function, used twice. The scoring
 * methodology stores the numbers-only part with every score run (`approved` left out); reviews and the
 * certificate issuer ask the whole question on the effective scores (after a confirmed override) and the
 * reviewer's approval. The thresholds live here and nowhere else.
 */
import { round2 } from '../scoring/rounding.js';
import { Tier } from '../scoring/scoring.types.js';
import { CertificateLevel } from './certificate-lifecycle.js';

export const ELIGIBILITY_THRESHOLDS = Object.freeze({ maturity: 70, certifiedMaturity: 80, confidence: 0.8 });

/** Why an assessment is not eligible, as a code a program can test and a message a person can read. */
export enum EligibilityCondition {
  MATURITY_BELOW_70 = 'MATURITY_BELOW_70',
  TIER_NOT_LOW_OR_MEDIUM = 'TIER_NOT_LOW_OR_MEDIUM',
  RED_FLAG = 'RED_FLAG',
  CONFIDENCE_BELOW_0_8 = 'CONFIDENCE_BELOW_0_8',
  NOT_APPROVED = 'NOT_APPROVED',
}

export interface EligibilityFacts {
  maturity: number;
  tier: Tier;
  redFlagCount: number;
  confidence: number;
  /** A reviewer approved the assessment. Left out, the question is asked on the numbers alone. */
  approved?: boolean;
}

export interface UnmetCondition {
  code: EligibilityCondition;
  message: string;
}

export interface CertificateEligibility {
  eligible: boolean;
  /** Every failed condition, in a fixed order (maturity, tier, red flags, confidence, approval). */
  unmet: UnmetCondition[];
  /** The level a certificate would have; null while not eligible. */
  level: CertificateLevel | null;
}

/** Shows a number as stored (2 decimals), unless rounding would make a failed threshold look met. */
function shown(value: number, threshold: number): string {
  const rounded = round2(value);
  return rounded < threshold ? String(rounded) : String(Math.floor(value * 10_000) / 10_000);
}

/** CERTIFIED from maturity 80, else CERTIFIED_WITH_CONDITIONS (the reviewer writes the conditions). */
export function certificateLevelFor(maturity: number): CertificateLevel {
  return maturity >= ELIGIBILITY_THRESHOLDS.certifiedMaturity ? CertificateLevel.CERTIFIED : CertificateLevel.CERTIFIED_WITH_CONDITIONS;
}

/** Decided on unrounded numbers; each unmet condition says which numbers failed. */
export function certificateEligibility(facts: EligibilityFacts): CertificateEligibility {
  const { maturity, tier, redFlagCount, confidence, approved } = facts;
  const { maturity: minMaturity, confidence: minConfidence } = ELIGIBILITY_THRESHOLDS;
  const unmet: UnmetCondition[] = [];
  const fail = (code: EligibilityCondition, message: string) => unmet.push({ code, message });
  if (!(maturity >= minMaturity)) fail(EligibilityCondition.MATURITY_BELOW_70, `maturity ${shown(maturity, minMaturity)} is below ${minMaturity}`);
  if (tier !== Tier.LOW && tier !== Tier.MEDIUM) fail(EligibilityCondition.TIER_NOT_LOW_OR_MEDIUM, `tier ${tier} is not LOW or MEDIUM`);
  if (redFlagCount > 0) fail(EligibilityCondition.RED_FLAG, `${redFlagCount} red flag${redFlagCount === 1 ? '' : 's'} raised (none allowed)`);
  if (!(confidence >= minConfidence)) fail(EligibilityCondition.CONFIDENCE_BELOW_0_8, `confidence ${shown(confidence, minConfidence)} is below ${minConfidence}`);
  if (approved === false) fail(EligibilityCondition.NOT_APPROVED, 'no reviewer has approved the assessment');
  const eligible = unmet.length === 0;
  return { eligible, unmet, level: eligible ? certificateLevelFor(maturity) : null };
}

/** A score as a reviewer's confirmed override leaves it: each overridden value replaces the run's. */
export interface ScoreOverrideValues {
  tier: Tier | null;
  maturity: number | null;
}

export function effectiveScores(run: { tier: Tier; maturity: number }, override: ScoreOverrideValues | null): { tier: Tier; maturity: number; overridden: boolean } {
  if (!override) return { tier: run.tier, maturity: run.maturity, overridden: false };
  return { tier: override.tier ?? run.tier, maturity: override.maturity ?? run.maturity, overridden: override.tier !== null || override.maturity !== null };
}
