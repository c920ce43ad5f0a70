import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ScoreRunTrigger } from '@assay/database';
import { EligibilityCondition, Tier } from '@assay/domain';
import { LocalizedTextType } from '../../questionnaires/dto/questionnaire-template.type.js';

@ObjectType('ScorecardTheme')
export class ScorecardThemeType {
  @Field()
  code: string;

  @Field(() => LocalizedTextType)
  title: LocalizedTextType;

  @Field(() => Float, { nullable: true, description: '0 to 100; null when no question of the theme applies' })
  score: number | null;

  @Field(() => Float, { description: '1, or 2 where the methodology doubles the theme for this scope' })
  weight: number;
}

@ObjectType('ScorecardRedFlag')
export class ScorecardRedFlagType {
  @Field()
  questionCode: string;

  @Field()
  ruleId: string;

  @Field(() => LocalizedTextType, { nullable: true })
  label: LocalizedTextType | null;
}

@ObjectType('ScorecardEligibility')
export class ScorecardEligibilityType {
  @Field({ description: 'Met on the effective numbers; a reviewer still decides (see Assessment.certificateEligibility)' })
  eligible: boolean;

  @Field(() => [String])
  unmet: string[];

  @Field(() => String, { nullable: true, description: 'CERTIFIED or CERTIFIED_WITH_CONDITIONS' })
  level: string | null;
}

@ObjectType('StaffMember', { description: 'An association reviewer or admin, as named on reviews and overrides' })
export class StaffMemberType {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

@ObjectType('ScorecardOverride', { description: 'A confirmed override of the score (four eyes): who proposed it, who confirmed it, and why' })
export class ScorecardOverrideType {
  @Field(() => ID)
  id: string;

  @Field(() => Tier, { nullable: true, description: 'The overriding tier; null when the scored tier stands' })
  tier: Tier | null;

  @Field(() => Float, { nullable: true, description: 'The overriding maturity; null when the scored maturity stands' })
  maturity: number | null;

  @Field(() => Tier, { description: 'The tier the methodology gave' })
  scoredTier: Tier;

  @Field(() => Float, { description: 'The maturity the methodology gave' })
  scoredMaturity: number;

  @Field()
  justification: string;

  @Field(() => StaffMemberType)
  proposedBy: StaffMemberType;

  @Field()
  proposedAt: Date;

  @Field(() => StaffMemberType)
  confirmedBy: StaffMemberType;

  @Field()
  confirmedAt: Date;
}

@ObjectType('UnmetEligibilityCondition')
export class UnmetEligibilityConditionType {
  @Field(() => EligibilityCondition)
  code: EligibilityCondition;

  @Field()
  message: string;
}

@ObjectType('CertificateEligibility', { description: 'SPEC §3 on the effective scores (after a confirmed override) and the review decision' })
export class CertificateEligibilityType {
  @Field()
  eligible: boolean;

  @Field(() => [UnmetEligibilityConditionType])
  unmet: UnmetEligibilityConditionType[];

  @Field(() => String, { nullable: true, description: 'CERTIFIED or CERTIFIED_WITH_CONDITIONS; null while not eligible' })
  level: string | null;

  @Field(() => Float)
  maturity: number;

  @Field(() => Tier)
  tier: Tier;

  @Field(() => Float)
  confidence: number;

  @Field(() => Int)
  redFlagCount: number;

  @Field({ description: 'A reviewer approved the assessment' })
  approved: boolean;

  @Field({ description: 'The tier or maturity comes from a confirmed override' })
  overridden: boolean;

  @Field(() => ID, { description: 'The score run it was decided on' })
  scoreRunId: string;
}

@ObjectType('ScorecardQuestion', { description: 'Why a question counts as it does' })
export class ScorecardQuestionType {
  @Field()
  code: string;

  @Field()
  themeCode: string;

  @Field()
  applicable: boolean;

  @Field({ description: 'Left out of the denominators (inapplicable, or not applicable where allowed)' })
  excluded: boolean;

  @Field()
  answered: boolean;

  @Field(() => String, { nullable: true, description: 'The frozen answer value as JSON' })
  answer: string | null;

  @Field(() => Float)
  weight: number;

  @Field(() => Float, { description: 'Answer score in [0, 1]' })
  score: number;

  @Field(() => Float)
  evidenceFactor: number;

  @Field(() => Float, { description: "Points of the theme score this question earns (100 · w·s·e / Σw of its theme)" })
  contribution: number;

  @Field(() => [String], { description: 'Ids of the red-flag rules this answer raised' })
  redFlags: string[];
}

@ObjectType('ScoreRunSummary')
export class ScoreRunSummaryType {
  @Field(() => ID)
  id: string;

  @Field()
  methodologyVersion: string;

  @Field(() => ScoreRunTrigger)
  trigger: ScoreRunTrigger;

  @Field(() => ID, { nullable: true, description: 'The re-scoring that produced a RESCORE run' })
  rescoringId: string | null;

  @Field(() => Int)
  submissionNumber: number;

  @Field()
  scoredAt: Date;

  @Field(() => Float)
  inherentRisk: number;

  @Field(() => Float)
  maturity: number;

  @Field(() => Float)
  residualRisk: number;

  @Field(() => Tier)
  tier: Tier;

  @Field(() => Float)
  confidence: number;
}

@ObjectType('Scorecard', { description: 'The score run of the latest submission of an assessment, explained' })
export class ScorecardType {
  @Field()
  methodologyVersion: string;

  @Field()
  scoredAt: Date;

  @Field(() => Int)
  submissionNumber: number;

  @Field(() => Float)
  inherentRisk: number;

  @Field(() => Float)
  residualRisk: number;

  @Field(() => Float, { description: 'Effective: a confirmed override replaces the scored maturity (see `override`)' })
  maturity: number;

  @Field(() => Tier, { description: 'Effective: a confirmed override replaces the scored tier (see `override`)' })
  tier: Tier;

  @Field(() => ScorecardOverrideType, { nullable: true, description: 'The confirmed override in force, with both names; pending ones are never shown here' })
  override: ScorecardOverrideType | null;

  @Field(() => Float, { description: '0 to 1' })
  confidence: number;

  @Field(() => [ScorecardThemeType])
  themes: ScorecardThemeType[];

  @Field(() => [ScorecardRedFlagType])
  redFlags: ScorecardRedFlagType[];

  @Field(() => ScorecardEligibilityType)
  eligibility: ScorecardEligibilityType;

  @Field(() => [ScorecardQuestionType])
  questions: ScorecardQuestionType[];
}
