/** The worked example of docs/methodology.md, quoted there verbatim; docs-example.spec.ts checks its numbers. */
import { question, questionnaire } from '../questionnaire/questionnaire.fixtures.js';
import { QuestionType } from '../questionnaire/questionnaire.types.js';
import { Capability, DeploymentContext, JurisdictionRiskLevel, ProductCategory } from '../taxonomy.js';
import type { ScoringInput } from './scoring.types.js';

// Choice questions get the options A (1 point), B (0.5) and C (0) from the spec helper.
const definition = questionnaire({
  T1: [
    question('T1.1', QuestionType.BOOLEAN, { weight: 3, evidenceExpected: true }),
    question('T1.2', QuestionType.SCALE_0_4, { weight: 2 }),
    question('T1.3', QuestionType.TEXT, { weight: 1 }),
  ],
  T7: [
    question('T7.1', QuestionType.SINGLE_CHOICE, { weight: 3, evidenceExpected: true }),
    question('T7.2', QuestionType.NUMBER, { weight: 2, min: 0, max: 100, target: 80, applicableWhen: { capability: Capability.BIOMETRIC_PROCESSING } }),
    question('T7.3', QuestionType.BOOLEAN, { weight: 2, applicableWhen: { capability: Capability.COVERT_COLLECTION } }),
  ],
  T10: [
    question('T10.1', QuestionType.MULTI_CHOICE, { weight: 2, evidenceExpected: true }),
    question('T10.2', QuestionType.BOOLEAN, { weight: 1, notApplicableAllowed: true }),
    question('T10.3', QuestionType.SCALE_0_4, { weight: 1 }),
  ],
});

export const METHODOLOGY_EXAMPLE: ScoringInput = {
  definition,
  products: [
    {
      id: 'facegate',
      name: 'FaceGate',
      category: ProductCategory.FACIAL_RECOGNITION,
      capabilities: [Capability.BIOMETRIC_PROCESSING],
      deploymentContexts: [DeploymentContext.COMMERCIAL_INDUSTRIAL],
      deployedCountries: ['NO', 'FR'],
    },
    {
      id: 'patrolcam',
      name: 'PatrolCam',
      category: ProductCategory.BODY_WORN_CAMERAS,
      capabilities: [Capability.AI_ML_INFERENCE],
      deploymentContexts: [DeploymentContext.PUBLIC_ORDER_PROTEST],
      deployedCountries: ['BR'],
    },
  ],
  // BR is not in the association's table, so it counts as MEDIUM.
  jurisdictionRisk: new Map([
    ['NO', JurisdictionRiskLevel.LOW],
    ['FR', JurisdictionRiskLevel.MEDIUM],
  ]),
  answers: new Map([
    ['T1.1', { value: true, notApplicable: false, evidenceCount: 1 }],
    ['T1.2', { value: 3, notApplicable: false, evidenceCount: 0 }],
    ['T1.3', { value: 'An ethics board reviews every new sale.', notApplicable: false, evidenceCount: 0 }],
    ['T7.1', { value: 'A', notApplicable: false, evidenceCount: 0 }],
    ['T7.2', { value: 60, notApplicable: false, evidenceCount: 0 }],
    ['T10.1', { value: ['B', 'C'], notApplicable: false, evidenceCount: 2 }],
    ['T10.2', { value: null, notApplicable: true, evidenceCount: 0 }],
    // T7.3 does not apply (no covert collection) and T10.3 is left unanswered.
  ]),
};
