/**
 * Scoring methodology v1 (SPEC §3, explained with a worked example in docs/methodology.md): a pure,
 * deterministic function of the frozen ScoringInput. Every decision (tier, eligibility) is taken on
 * unrounded numbers; only the numbers stored in the result are rounded (see `round2`).
 */
import { applicabilityOf, type AnswersByCode, type AssessmentScope } from '../questionnaire/applicability.js';
import { QuestionType, type AnswerValue, type QuestionDefinition } from '../questionnaire/questionnaire.types.js';
import { certificateEligibility } from '../certification/eligibility.js';
import { raisedRedFlags } from '../questionnaire/red-flags.js';
import { round2 } from './rounding.js';
import { Capability, DeploymentContext, JurisdictionRiskLevel, ProductCategory, UNRATED_JURISDICTION_RISK } from '../taxonomy.js';
import {
  Tier,
  type Eligibility,
  type Methodology,
  type ProductRisk,
  type QuestionContribution,
  type ScoringInput,
  type ScoringResult,
  type ThemeScore,
} from './scoring.types.js';

export const METHODOLOGY_V1_VERSION = 'assay-v1';

export const BASE_RISK: Readonly<Record<ProductCategory, number>> = Object.freeze({
  [ProductCategory.SPYWARE_REMOTE_INTRUSION]: 95,
  [ProductCategory.IMSI_CATCHER]: 85,
  [ProductCategory.LAWFUL_INTERCEPTION_MONITORING_CENTRE]: 85,
  [ProductCategory.FACIAL_RECOGNITION]: 80,
  [ProductCategory.BIOMETRIC_IDENTIFICATION]: 80,
  [ProductCategory.BORDER_MIGRATION_TECH]: 80,
  [ProductCategory.PREDICTIVE_POLICING_RISK_ASSESSMENT]: 75,
  [ProductCategory.SOCIAL_MEDIA_MONITORING_OSINT]: 70,
  [ProductCategory.ELECTRONIC_MONITORING]: 60,
  [ProductCategory.DRONES_AERIAL_SURVEILLANCE]: 60,
  [ProductCategory.LICENCE_PLATE_RECOGNITION]: 55,
  [ProductCategory.VIDEO_ANALYTICS_CCTV]: 45,
  [ProductCategory.BODY_WORN_CAMERAS]: 40,
  [ProductCategory.ACCESS_CONTROL_PERIMETER]: 25,
});

export const CAPABILITY_ADDER: Readonly<Record<Capability, number>> = Object.freeze({
  [Capability.BIOMETRIC_PROCESSING]: 10,
  [Capability.COVERT_COLLECTION]: 10,
  [Capability.AUTOMATED_DECISIONS]: 10,
  [Capability.MASS_COLLECTION]: 10,
  [Capability.AI_ML_INFERENCE]: 5,
  [Capability.EXPORT_CONTROLLED_DUAL_USE]: 5,
});

export const CONTEXT_ADDER: Readonly<Record<DeploymentContext, number>> = Object.freeze({
  [DeploymentContext.PRISONS_PROBATION]: 5,
  [DeploymentContext.BORDER_MIGRATION]: 10,
  [DeploymentContext.PUBLIC_ORDER_PROTEST]: 10,
  [DeploymentContext.CONFLICT_HIGH_RISK_AREAS]: 10,
  [DeploymentContext.COMMERCIAL_INDUSTRIAL]: 0,
});

export const JURISDICTION_ADDER: Readonly<Record<JurisdictionRiskLevel, number>> = Object.freeze({
  [JurisdictionRiskLevel.LOW]: 0,
  [JurisdictionRiskLevel.MEDIUM]: 5,
  [JurisdictionRiskLevel.HIGH]: 10,
  [JurisdictionRiskLevel.SEVERE]: 15,
});

/** Theme codes of the default questionnaire whose weight v1 doubles for some scopes. */
export const PRIVACY_THEME = 'T7';
export const CIVIC_SPACE_THEME = 'T10';

/** The share of inherent risk that full maturity removes: residual = inherent · (1 − 0.8 · maturity/100). */
export const MATURITY_MITIGATION = 0.8;
export const MISSING_EVIDENCE_FACTOR = 0.5;

type ScopedProduct = ScoringInput['products'][number];
type SavedAnswer = ScoringInput['answers'] extends ReadonlyMap<string, infer A> ? A : never;

export { round2 };
const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

export function productRisk(product: ScopedProduct, jurisdictionRisk: ScoringInput['jurisdictionRisk']): ProductRisk {
  const base = BASE_RISK[product.category];
  // A flag or context listed twice counts once.
  const capabilityAdders = [...new Set(product.capabilities)].reduce((sum, capability) => sum + CAPABILITY_ADDER[capability], 0);
  const contextAdders = [...new Set(product.deploymentContexts)].reduce((sum, context) => sum + CONTEXT_ADDER[context], 0);
  const worstJurisdiction = worstJurisdictionOf(product.deployedCountries, jurisdictionRisk);
  return {
    productId: product.id,
    base,
    capabilityAdders,
    contextAdders,
    worstJurisdiction,
    total: Math.min(100, base + capabilityAdders + contextAdders + worstJurisdiction.adder),
  };
}

/**
 * The worst-rated country of deployment (unrated counts as MEDIUM). A product deployed nowhere yet counts
 * MEDIUM with no country. Ties go to the alphabetically first country so the order of the list never matters.
 */
export function worstJurisdictionOf(countries: readonly string[], jurisdictionRisk: ScoringInput['jurisdictionRisk']): ProductRisk['worstJurisdiction'] {
  let worst: ProductRisk['worstJurisdiction'] = { country: null, level: UNRATED_JURISDICTION_RISK, adder: JURISDICTION_ADDER[UNRATED_JURISDICTION_RISK] };
  const sorted = [...new Set(countries)].sort();
  sorted.forEach((country, index) => {
    const level = jurisdictionRisk.get(country) ?? UNRATED_JURISDICTION_RISK;
    const adder = JURISDICTION_ADDER[level];
    if (index === 0 || adder > worst.adder) worst = { country, level, adder };
  });
  return worst;
}

/** Inherent risk of the scope: the riskiest product (0 for an empty scope), with every product's breakdown. */
export function inherentRisk(products: ScoringInput['products'], jurisdictionRisk: ScoringInput['jurisdictionRisk']): { inherent: number; productRisks: ProductRisk[] } {
  const productRisks = products.map((product) => productRisk(product, jurisdictionRisk));
  return { inherent: productRisks.reduce((max, risk) => Math.max(max, risk.total), 0), productRisks };
}

/**
 * Answer score s in [0, 1] for a value, or null when the question type is not scored. TEXT answers are
 * descriptive (a narrative a reviewer reads): v1 leaves TEXT questions out of scoring altogether, so
 * writing words never earns points and a blank never costs any.
 */
export function answerScore(question: QuestionDefinition, value: AnswerValue): number | null {
  const points = (option: string) => question.options?.find((candidate) => candidate.value === option)?.points ?? 0;
  switch (question.type) {
    case QuestionType.BOOLEAN:
      return value === true ? 1 : 0;
    case QuestionType.SINGLE_CHOICE:
      return typeof value === 'string' ? clamp01(points(value)) : 0;
    case QuestionType.MULTI_CHOICE:
      return Array.isArray(value) ? clamp01([...new Set(value)].reduce((sum, option) => sum + points(option), 0)) : 0;
    case QuestionType.SCALE_0_4:
      return typeof value === 'number' ? clamp01(value / 4) : 0;
    case QuestionType.NUMBER: {
      const target = question.target ?? question.max;
      if (typeof value !== 'number' || target === undefined || target <= 0) return 0;
      return clamp01(value / target);
    }
    case QuestionType.TEXT:
      return null;
    default:
      return 0;
  }
}

export const isScored = (question: QuestionDefinition): boolean => question.type !== QuestionType.TEXT;

/** e = 1, or 0.5 when the question expects evidence and none is attached. */
export function evidenceFactor(question: QuestionDefinition, evidenceCount: number): number {
  return question.evidenceExpected && evidenceCount <= 0 ? MISSING_EVIDENCE_FACTOR : 1;
}

/** The union of the products' categories, capabilities and contexts, as the applicability rules read it. */
export function scopeOf(products: ScoringInput['products']): AssessmentScope {
  const union = <T>(pick: (product: ScopedProduct) => readonly T[]) => [...new Set(products.flatMap(pick))];
  return { categories: union((p) => [p.category]), capabilities: union((p) => p.capabilities), contexts: union((p) => p.deploymentContexts) };
}

const NO_ANSWER: SavedAnswer = { value: null, notApplicable: false, evidenceCount: 0 };

/**
 * Every question's contribution, in questionnaire order. Excluded (out of the denominators): inapplicable
 * questions, NOT_APPLICABLE where the question allows it, and TEXT questions (not scored). A
 * NOT_APPLICABLE mark on a question that does not allow it counts as unanswered.
 */
export function questionContributions(input: ScoringInput): QuestionContribution[] {
  const scope = scopeOf(input.products);
  const answers: AnswersByCode = input.answers;
  const applies = applicabilityOf(input.definition, scope, answers);
  const flagsByQuestion = new Map<string, string[]>();
  for (const flag of raisedRedFlags(input.definition, scope, answers)) {
    flagsByQuestion.set(flag.questionCode, [...(flagsByQuestion.get(flag.questionCode) ?? []), flag.ruleId]);
  }

  return input.definition.themes.flatMap((theme) => {
    const rows = theme.questions.map((question) => {
      const answer = input.answers.get(question.code) ?? NO_ANSWER;
      const applicable = applies(question.code);
      const markedNotApplicable = answer.notApplicable && question.notApplicableAllowed;
      const excluded = !applicable || markedNotApplicable || !isScored(question);
      const answered = !answer.notApplicable && answer.value !== null;
      const score = answered && !excluded ? (answerScore(question, answer.value as AnswerValue) ?? 0) : 0;
      const e = excluded ? 1 : evidenceFactor(question, answer.evidenceCount);
      return {
        code: question.code,
        themeCode: theme.code,
        applicable,
        excluded,
        answered,
        score,
        evidenceFactor: e,
        weight: question.weight,
        weighted: excluded ? 0 : question.weight * score * e,
        themePoints: 0,
        redFlags: flagsByQuestion.get(question.code) ?? [],
      } satisfies QuestionContribution;
    });
    const themeWeight = rows.reduce((sum, row) => sum + (row.excluded ? 0 : row.weight), 0);
    return rows.map((row) => ({ ...row, themePoints: themeWeight > 0 ? (100 * row.weighted) / themeWeight : 0 }));
  });
}

/** v1 theme weights: 1, T7 doubled when a product processes biometrics, T10 doubled for border or protest contexts. */
export function themeWeight(themeCode: string, scope: AssessmentScope): number {
  if (themeCode === PRIVACY_THEME && scope.capabilities.includes(Capability.BIOMETRIC_PROCESSING)) return 2;
  const civicContexts = [DeploymentContext.BORDER_MIGRATION, DeploymentContext.PUBLIC_ORDER_PROTEST];
  if (themeCode === CIVIC_SPACE_THEME && scope.contexts.some((context) => civicContexts.includes(context))) return 2;
  return 1;
}

/** Theme score = 100 · Σ(w·s·e) / Σ(w) over the theme's non-excluded questions; null when none is left. */
export function themeScores(input: ScoringInput, contributions: readonly QuestionContribution[]): ThemeScore[] {
  const scope = scopeOf(input.products);
  return input.definition.themes.map((theme) => {
    const rows = contributions.filter((row) => row.themeCode === theme.code && !row.excluded);
    const denominator = rows.reduce((sum, row) => sum + row.weight, 0);
    const numerator = rows.reduce((sum, row) => sum + row.weighted, 0);
    return { code: theme.code, score: denominator > 0 ? (100 * numerator) / denominator : null, weight: themeWeight(theme.code, scope), applicableQuestions: rows.length };
  });
}

/** Weighted mean of the theme scores, leaving out themes with no scored question; 0 when none is left. */
export function maturity(themes: readonly ThemeScore[]): number {
  const counted = themes.filter((theme) => theme.score !== null);
  const weights = counted.reduce((sum, theme) => sum + theme.weight, 0);
  return weights > 0 ? counted.reduce((sum, theme) => sum + theme.weight * (theme.score as number), 0) / weights : 0;
}

export function residualRisk(inherent: number, maturityScore: number): number {
  return inherent * (1 - (MATURITY_MITIGATION * maturityScore) / 100);
}

export function tierFor(residual: number, redFlagCount: number): Tier {
  if (redFlagCount > 0 || residual >= 60) return Tier.CRITICAL;
  if (residual >= 40) return Tier.HIGH;
  if (residual >= 20) return Tier.MEDIUM;
  return Tier.LOW;
}

/** Share of the weight of evidence-expecting, non-excluded questions that has evidence; 1 when there is none. */
export function confidence(definitionQuestions: readonly QuestionDefinition[], contributions: readonly QuestionContribution[], answers: ScoringInput['answers']): number {
  const expecting = new Set(definitionQuestions.filter((question) => question.evidenceExpected).map((question) => question.code));
  const rows = contributions.filter((row) => !row.excluded && expecting.has(row.code));
  const total = rows.reduce((sum, row) => sum + row.weight, 0);
  if (total === 0) return 1;
  return rows.reduce((sum, row) => sum + ((answers.get(row.code)?.evidenceCount ?? 0) > 0 ? row.weight : 0), 0) / total;
}

/**
 * The numbers-only part of certificate eligibility, stored with every run: the reviewer's approval is asked
 * later, on the effective scores (libs/domain certification/eligibility.ts holds the thresholds).
 */
export function eligibility(facts: { maturity: number; tier: Tier; redFlagCount: number; confidence: number }): Eligibility {
  const { eligible, unmet, level } = certificateEligibility(facts);
  return { eligible, unmet: unmet.map((condition) => condition.message), level };
}

export function scoreV1(input: ScoringInput): ScoringResult {
  const { inherent, productRisks } = inherentRisk(input.products, input.jurisdictionRisk);
  const contributions = questionContributions(input);
  const themes = themeScores(input, contributions);
  const m = maturity(themes);
  const residual = residualRisk(inherent, m);
  const scope = scopeOf(input.products);
  const redFlags = raisedRedFlags(input.definition, scope, input.answers).map(({ questionCode, ruleId }) => ({ questionCode, ruleId }));
  const tier = tierFor(residual, redFlags.length);
  const allQuestions = input.definition.themes.flatMap((theme) => theme.questions);
  const c = confidence(allQuestions, contributions, input.answers);

  return {
    methodologyVersion: METHODOLOGY_V1_VERSION,
    inherentRisk: inherent,
    productRisks,
    maturity: round2(m),
    residualRisk: round2(residual),
    tier,
    themes: themes.map((theme) => ({ ...theme, score: theme.score === null ? null : round2(theme.score) })),
    redFlags,
    confidence: round2(c),
    eligibility: eligibility({ maturity: m, tier, redFlagCount: redFlags.length, confidence: c }),
    questions: contributions.map((row) => ({ ...row, score: round2(row.score), weighted: round2(row.weighted), themePoints: round2(row.themePoints) })),
  };
}

export const METHODOLOGY_V1: Methodology = Object.freeze({ version: METHODOLOGY_V1_VERSION, score: scoreV1 });

const METHODOLOGIES: ReadonlyMap<string, Methodology> = new Map([[METHODOLOGY_V1.version, METHODOLOGY_V1]]);

/** Every version `methodologyFor` knows: what the api may accept for a re-scoring without seeing the worker. */
export const METHODOLOGY_VERSIONS: readonly string[] = Object.freeze([...METHODOLOGIES.keys()]);

/** The methodology a score run names. An unknown version is a programming or data error, not a user mistake. */
export function methodologyFor(version: string): Methodology {
  const methodology = METHODOLOGIES.get(version);
  if (!methodology) throw new Error(`Unknown scoring methodology version "${version}"; known: ${[...METHODOLOGIES.keys()].join(', ')}`);
  return methodology;
}

export const LATEST_METHODOLOGY = METHODOLOGY_V1;
