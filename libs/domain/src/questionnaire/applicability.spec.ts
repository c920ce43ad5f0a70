import { Capability, DeploymentContext, ProductCategory } from '../taxonomy.js';
import { applicabilityOf, applicableQuestions, isApplicable, type AssessmentScope } from './applicability.js';
import { QuestionType as Q } from './questionnaire.types.js';
import { answers, emptyScope, question, questionnaire } from './questionnaire.fixtures.js';

const biometricAtTheBorder: AssessmentScope = {
  categories: [ProductCategory.FACIAL_RECOGNITION, ProductCategory.DRONES_AERIAL_SURVEILLANCE],
  capabilities: [Capability.BIOMETRIC_PROCESSING],
  contexts: [DeploymentContext.BORDER_MIGRATION],
};

const policy = question('T1.1', Q.BOOLEAN);
const publishedPolicy = question('T1.2', Q.BOOLEAN, { applicableWhen: { question: 'T1.1', equals: true } });
const reviews = question('T1.3', Q.SINGLE_CHOICE, { applicableWhen: { question: 'T1.2', equals: true } });
const sources = question('T1.4', Q.MULTI_CHOICE);
const biometricTemplates = question('T7.4', Q.BOOLEAN, { applicableWhen: { capability: Capability.BIOMETRIC_PROCESSING } });
const refoulement = question('T10.5', Q.BOOLEAN, { applicableWhen: { context: DeploymentContext.BORDER_MIGRATION } });
const interception = question('T3.10', Q.BOOLEAN, { applicableWhen: { category: ProductCategory.IMSI_CATCHER } });

const definition = questionnaire({ T1: [policy, publishedPolicy, reviews, sources], T3: [interception], T7: [biometricTemplates], T10: [refoulement] });

describe('whether a question applies', () => {
  it('a question without a condition always applies', () => {
    expect(isApplicable(policy, emptyScope, answers({}))).toBe(true);
  });

  describe('conditions on the scope (the union of the products assessed)', () => {
    it('a biometric question applies when a product in scope processes biometrics', () => {
      expect(isApplicable(biometricTemplates, biometricAtTheBorder, answers({}))).toBe(true);
      expect(isApplicable(biometricTemplates, emptyScope, answers({}))).toBe(false);
    });

    it('a border question applies when a product is deployed at borders or in migration control', () => {
      expect(isApplicable(refoulement, biometricAtTheBorder, answers({}))).toBe(true);
      expect(isApplicable(refoulement, { ...biometricAtTheBorder, contexts: [DeploymentContext.PRISONS_PROBATION] }, answers({}))).toBe(false);
    });

    it('a category question applies when a product of that category is in scope', () => {
      expect(isApplicable(interception, { ...emptyScope, categories: [ProductCategory.IMSI_CATCHER] }, answers({}))).toBe(true);
      expect(isApplicable(interception, biometricAtTheBorder, answers({}))).toBe(false);
    });
  });

  describe('conditions on another answer', () => {
    it('a follow-up applies when the earlier answer equals the value', () => {
      expect(isApplicable(publishedPolicy, emptyScope, answers({ 'T1.1': true }), definition)).toBe(true);
      expect(isApplicable(publishedPolicy, emptyScope, answers({ 'T1.1': false }), definition)).toBe(false);
    });

    it('a follow-up does not apply while the earlier question is unanswered', () => {
      expect(isApplicable(publishedPolicy, emptyScope, answers({}), definition)).toBe(false);
    });

    it('a follow-up does not apply when the earlier question is answered NOT_APPLICABLE', () => {
      expect(isApplicable(publishedPolicy, emptyScope, answers({ 'T1.1': 'N/A' }), definition)).toBe(false);
    });

    it('a follow-up does not apply when the earlier answer was cleared', () => {
      expect(isApplicable(publishedPolicy, emptyScope, new Map([['T1.1', { value: null, notApplicable: false }]]), definition)).toBe(false);
    });

    it('equals compares the value and its type (true is not "true", 1 is not "1")', () => {
      const onScale = question('T2.2', Q.BOOLEAN, { applicableWhen: { question: 'T2.1', equals: 1 } });
      const d = questionnaire({ T2: [question('T2.1', Q.SCALE_0_4), onScale] });
      expect(isApplicable(onScale, emptyScope, answers({ 'T2.1': 1 }), d)).toBe(true);
      expect(isApplicable(onScale, emptyScope, answers({ 'T2.1': '1' }), d)).toBe(false);
    });

    it('includes holds when a multiple-choice answer contains the option', () => {
      const followUp = question('T1.5', Q.TEXT, { applicableWhen: { question: 'T1.4', includes: 'B' } });
      const d = questionnaire({ T1: [sources, followUp] });
      expect(isApplicable(followUp, emptyScope, answers({ 'T1.4': ['A', 'B'] }), d)).toBe(true);
      expect(isApplicable(followUp, emptyScope, answers({ 'T1.4': ['A'] }), d)).toBe(false);
    });

    it('a follow-up of a question that does not apply does not apply either, whatever stale answer the first one kept', () => {
      // T1.2 was answered while T1.1 was true; T1.1 is now false, so T1.2 no longer applies and neither does T1.3.
      const stale = answers({ 'T1.1': false, 'T1.2': true });
      expect(isApplicable(reviews, emptyScope, stale, definition)).toBe(false);
      expect(isApplicable(reviews, emptyScope, answers({ 'T1.1': true, 'T1.2': true }), definition)).toBe(true);
    });

    it('without the definition, the answers are taken as they are', () => {
      expect(isApplicable(reviews, emptyScope, answers({ 'T1.1': false, 'T1.2': true }))).toBe(true);
    });
  });

  describe('combined conditions', () => {
    const combined = question('T4.1', Q.BOOLEAN, {
      applicableWhen: {
        all: [
          { any: [{ capability: Capability.AI_ML_INFERENCE }, { capability: Capability.BIOMETRIC_PROCESSING }] },
          { not: { question: 'T4.0', equals: 'C' } },
        ],
      },
    });
    const d = questionnaire({ T4: [question('T4.0', Q.SINGLE_CHOICE), combined] });

    it('all needs every part, any needs one, not inverts', () => {
      expect(isApplicable(combined, biometricAtTheBorder, answers({}), d)).toBe(true);
      expect(isApplicable(combined, biometricAtTheBorder, answers({ 'T4.0': 'A' }), d)).toBe(true);
      expect(isApplicable(combined, biometricAtTheBorder, answers({ 'T4.0': 'C' }), d)).toBe(false);
      expect(isApplicable(combined, emptyScope, answers({}), d)).toBe(false);
    });
  });

  describe('every question of an assessment', () => {
    it('lists the applicable questions in questionnaire order', () => {
      const applicable = applicableQuestions(definition, biometricAtTheBorder, answers({ 'T1.1': true, 'T1.2': false }));
      expect(applicable.map((q) => q.code)).toEqual(['T1.1', 'T1.2', 'T1.4', 'T7.4', 'T10.5']);
    });

    it('resolves conditions that point forwards, through a chain', () => {
      const d = questionnaire({
        T1: [
          question('T1.1', Q.BOOLEAN, { applicableWhen: { question: 'T1.2', equals: true } }),
          question('T1.2', Q.BOOLEAN, { applicableWhen: { question: 'T1.3', equals: true } }),
          question('T1.3', Q.BOOLEAN, { applicableWhen: { capability: Capability.COVERT_COLLECTION } }),
        ],
      });
      const all = answers({ 'T1.1': true, 'T1.2': true, 'T1.3': true });
      expect(applicableQuestions(d, { ...emptyScope, capabilities: [Capability.COVERT_COLLECTION] }, all).map((q) => q.code)).toEqual(['T1.1', 'T1.2', 'T1.3']);
      expect(applicableQuestions(d, emptyScope, all)).toEqual([]);
    });

    it('treats a cycle (which validation refuses) as not applying instead of looping', () => {
      const d = questionnaire({
        T1: [
          question('T1.1', Q.BOOLEAN, { applicableWhen: { question: 'T1.2', equals: true } }),
          question('T1.2', Q.BOOLEAN, { applicableWhen: { question: 'T1.1', equals: true } }),
        ],
      });
      expect(applicableQuestions(d, emptyScope, answers({ 'T1.1': true, 'T1.2': true }))).toEqual([]);
    });

    it('answers that a question does not exist with "does not apply"', () => {
      expect(applicabilityOf(definition, emptyScope, answers({}))('T9.9')).toBe(false);
    });
  });
});
