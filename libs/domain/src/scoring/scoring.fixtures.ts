/** Builders for the scoring specs of this folder (not exported from the library). */
import type { AnswerValue, QuestionnaireDefinition } from '../questionnaire/questionnaire.types.js';
import { Capability, DeploymentContext, JurisdictionRiskLevel, ProductCategory } from '../taxonomy.js';
import type { ScoringInput } from './scoring.types.js';

type ScopedProduct = ScoringInput['products'][number];
type SavedAnswer = ScoringInput['answers'] extends ReadonlyMap<string, infer A> ? A : never;

export function product(extra: Partial<ScopedProduct> = {}): ScopedProduct {
  return {
    id: extra.id ?? 'p1',
    name: extra.name ?? 'Product',
    category: ProductCategory.ACCESS_CONTROL_PERIMETER,
    capabilities: [],
    deploymentContexts: [DeploymentContext.COMMERCIAL_INDUSTRIAL],
    deployedCountries: ['NO'],
    ...extra,
  };
}

/** Jurisdiction table used by the specs: NO low, FR medium, XA high, XS severe; others unrated. */
export const jurisdictions: ReadonlyMap<string, JurisdictionRiskLevel> = new Map([
  ['NO', JurisdictionRiskLevel.LOW],
  ['FR', JurisdictionRiskLevel.MEDIUM],
  ['XA', JurisdictionRiskLevel.HIGH],
  ['XS', JurisdictionRiskLevel.SEVERE],
]);

/** `{ code: value }` with full evidence, `{ code: { value, evidence: 0 } }` to set the evidence count, or 'N/A'. */
export function scoredAnswers(entries: Record<string, AnswerValue | 'N/A' | { value: AnswerValue | null; evidence: number }>): Map<string, SavedAnswer> {
  return new Map(
    Object.entries(entries).map(([code, entry]): [string, SavedAnswer] => {
      if (entry === 'N/A') return [code, { value: null, notApplicable: true, evidenceCount: 0 }];
      if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) return [code, { value: entry.value, notApplicable: false, evidenceCount: entry.evidence }];
      return [code, { value: entry, notApplicable: false, evidenceCount: 1 }];
    }),
  );
}

export function scoringInput(definition: QuestionnaireDefinition, answers: Map<string, SavedAnswer>, products: ScopedProduct[] = [product()]): ScoringInput {
  return { definition, products, jurisdictionRisk: jurisdictions, answers };
}

export { Capability, DeploymentContext, ProductCategory };
