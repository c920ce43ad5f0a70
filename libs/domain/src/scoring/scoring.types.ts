import type { AnswerValue, QuestionnaireDefinition } from '../questionnaire/questionnaire.types.js';
import type { Capability, DeploymentContext, JurisdictionRiskLevel, ProductCategory } from '../taxonomy.js';
import type { CertificateLevel } from '../certification/certificate-lifecycle.js';

export interface ScopedProduct {
  id: string;
  name: string;
  category: ProductCategory;
  capabilities: readonly Capability[];
  deploymentContexts: readonly DeploymentContext[];
  deployedCountries: readonly string[];
}

/** A saved answer as scoring sees it, with how many (current) evidence files are attached. */
export interface ScoredAnswer {
  value: AnswerValue | null;
  notApplicable: boolean;
  evidenceCount: number;
}

/** Everything a methodology needs, frozen at scoring time. A methodology does no I/O. */
export interface ScoringInput {
  definition: QuestionnaireDefinition;
  products: readonly ScopedProduct[];
  /** The association's table; a country absent from it counts as MEDIUM. */
  jurisdictionRisk: ReadonlyMap<string, JurisdictionRiskLevel>;
  /** Saved answers by question code, with how many evidence files each has attached (current ones only). */
  answers: ReadonlyMap<string, ScoredAnswer>;
}

export enum Tier {
  LOW = 'LOW',
  MEDIUM = 'MEDIUM',
  HIGH = 'HIGH',
  CRITICAL = 'CRITICAL',
}

export interface ProductRisk {
  productId: string;
  base: number;
  capabilityAdders: number;
  contextAdders: number;
  /** The worst jurisdiction of deployment and its adder. */
  worstJurisdiction: { country: string | null; level: JurisdictionRiskLevel; adder: number };
  /** Capped at 100. */
  total: number;
}

export interface QuestionContribution {
  code: string;
  themeCode: string;
  applicable: boolean;
  /** Left out of the denominators: inapplicable, NOT_APPLICABLE where allowed, or not scored (v1: TEXT). */
  excluded: boolean;
  answered: boolean;
  /** Answer score s in [0, 1]. */
  score: number;
  /** Evidence factor e: 1, or 0.5 when evidence is expected and none is attached. */
  evidenceFactor: number;
  weight: number;
  /** w·s·e, and its share of the theme score in points (100 · w·s·e / Σw of the theme). */
  weighted: number;
  themePoints: number;
  redFlags: string[];
}

export interface ThemeScore {
  code: string;
  /** 100 · Σ(w·s·e) / Σ(w) over applicable questions; null when no question of the theme applies. */
  score: number | null;
  /** 1, or 2 where the methodology doubles the theme for this scope. */
  weight: number;
  applicableQuestions: number;
}

export interface Eligibility {
  /** Met on the numbers; a reviewer's approval is still needed (checked where reviews live). */
  eligible: boolean;
  unmet: string[];
  level: CertificateLevel | null;
}

export interface ScoringResult {
  methodologyVersion: string;
  inherentRisk: number;
  productRisks: ProductRisk[];
  maturity: number;
  residualRisk: number;
  tier: Tier;
  themes: ThemeScore[];
  redFlags: { questionCode: string; ruleId: string }[];
  confidence: number;
  eligibility: Eligibility;
  questions: QuestionContribution[];
}

export interface Methodology {
  version: string;
  score(input: ScoringInput): ScoringResult;
}
