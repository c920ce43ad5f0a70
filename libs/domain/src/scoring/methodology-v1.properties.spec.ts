/**
 * Properties methodology v1 must keep for any questionnaire, scope and answers (SPEC §3). The generated
 * questionnaires condition questions on the scope only: a condition on another answer would let a better
 * answer open a follow-up that is still unanswered, which is applicability, not scoring.
 */
import fc from 'fast-check';
import { QuestionType as Q, type AnswerValue, type QuestionDefinition, type QuestionnaireDefinition } from '../questionnaire/questionnaire.types.js';
import { question, questionnaire, text } from '../questionnaire/questionnaire.fixtures.js';
import { answerScore, METHODOLOGY_V1 } from './methodology-v1.js';
import { Capability, DeploymentContext, jurisdictions, ProductCategory } from './scoring.fixtures.js';
import { Tier, type ScoringInput, type ScoringResult } from './scoring.types.js';

const RUNS = { numRuns: 200 };
const score = METHODOLOGY_V1.score;
type SavedAnswer = ScoringInput['answers'] extends ReadonlyMap<string, infer A> ? A : never;

const questionArb = (code: string): fc.Arbitrary<QuestionDefinition> =>
  fc
    .record({
      type: fc.constantFrom(Q.BOOLEAN, Q.SINGLE_CHOICE, Q.MULTI_CHOICE, Q.SCALE_0_4, Q.NUMBER, Q.TEXT),
      weight: fc.constantFrom(1 as const, 2 as const, 3 as const),
      evidenceExpected: fc.boolean(),
      notApplicableAllowed: fc.boolean(),
      onlyFor: fc.option(fc.constantFrom(...Object.values(Capability)), { nil: undefined }),
      flagged: fc.boolean(),
      target: fc.option(fc.constantFrom(25, 50), { nil: undefined }),
    })
    .map(({ type, weight, evidenceExpected, notApplicableAllowed, onlyFor, flagged, target }) =>
      question(code, type, {
        weight,
        evidenceExpected,
        notApplicableAllowed,
        ...(onlyFor ? { applicableWhen: { capability: onlyFor } } : {}),
        ...(type === Q.NUMBER && target ? { target } : {}),
        ...(flagged && type === Q.BOOLEAN ? { redFlags: [{ id: `RF-${code}`, when: { equals: false }, label: text('Knock-out') }] } : {}),
        ...(flagged && type === Q.SINGLE_CHOICE ? { redFlags: [{ id: `RF-${code}`, when: { equals: 'C' }, label: text('Knock-out') }] } : {}),
      }),
    );

const definitionArb: fc.Arbitrary<QuestionnaireDefinition> = fc
  .uniqueArray(fc.constantFrom('T1', 'T2', 'T3', 'T7', 'T10'), { minLength: 1, maxLength: 4 })
  .chain((themes) =>
    fc
      .tuple(...themes.map((theme) => fc.integer({ min: 1, max: 4 }).chain((count) => fc.tuple(...Array.from({ length: count }, (_, i) => questionArb(`${theme}.${i + 1}`))))))
      .map((questionsByTheme) => questionnaire(Object.fromEntries(themes.map((theme, i) => [theme, questionsByTheme[i]])))),
  );

const valueArb = (q: QuestionDefinition): fc.Arbitrary<AnswerValue> => {
  switch (q.type) {
    case Q.BOOLEAN:
      return fc.boolean();
    case Q.SINGLE_CHOICE:
      return fc.constantFrom('A', 'B', 'C');
    case Q.MULTI_CHOICE:
      return fc.subarray(['A', 'B', 'C'], { minLength: 1 });
    case Q.SCALE_0_4:
      return fc.integer({ min: 0, max: 4 });
    case Q.NUMBER:
      return fc.integer({ min: 0, max: 100 });
    default:
      return fc.string({ maxLength: 20 });
  }
};

const answerArb = (q: QuestionDefinition): fc.Arbitrary<SavedAnswer | null> =>
  fc.oneof(
    fc.constant(null),
    fc.constant({ value: null, notApplicable: true, evidenceCount: 0 }),
    fc.record({ value: valueArb(q), notApplicable: fc.constant(false), evidenceCount: fc.integer({ min: 0, max: 2 }) }),
  );

const productArb = fc.record({
  id: fc.uuid(),
  name: fc.constant('Product'),
  category: fc.constantFrom(...Object.values(ProductCategory)),
  capabilities: fc.subarray(Object.values(Capability)),
  deploymentContexts: fc.subarray(Object.values(DeploymentContext)),
  deployedCountries: fc.subarray(['NO', 'FR', 'XA', 'XS', 'BR']),
});

const allQuestions = (definition: QuestionnaireDefinition) => definition.themes.flatMap((theme) => theme.questions);

const inputArb: fc.Arbitrary<ScoringInput> = definitionArb.chain((definition) =>
  fc
    .record({
      products: fc.array(productArb, { maxLength: 3 }),
      answers: fc.tuple(...allQuestions(definition).map(answerArb)),
    })
    .map(({ products, answers }) => ({
      definition,
      products,
      jurisdictionRisk: jurisdictions,
      answers: new Map(allQuestions(definition).flatMap((q, i) => (answers[i] ? [[q.code, answers[i]] as const] : []))),
    })),
);

/** An input and one of its questions, picked by index. */
const inputWithQuestionArb = inputArb.chain((input) => fc.record({ input: fc.constant(input), index: fc.nat({ max: allQuestions(input.definition).length - 1 }) }));

const withAnswer = (input: ScoringInput, code: string, answer: SavedAnswer): ScoringInput => ({ ...input, answers: new Map([...input.answers, [code, answer]]) });

const themeScoresOf = (result: ScoringResult) => result.themes.map((theme) => theme.score ?? 0);
const nowhereLower = (lower: number[], higher: number[]) => lower.every((value, i) => value <= higher[i]);

describe('methodology v1 properties', () => {
  it('is deterministic: the same input, even rebuilt, gives the same result', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const copy: ScoringInput = { ...structuredClone({ ...input, answers: null, jurisdictionRisk: null }), answers: new Map(input.answers), jurisdictionRisk: new Map(input.jurisdictionRisk) };
        expect(score(copy)).toEqual(score(input));
      }),
      RUNS,
    );
  });

  it('a more favourable answer never lowers maturity or a theme score', () => {
    fc.assert(
      fc.property(
        inputWithQuestionArb.chain(({ input, index }) => {
          const q = allQuestions(input.definition)[index];
          return fc.record({ input: fc.constant(input), q: fc.constant(q), a: valueArb(q), b: valueArb(q), evidenceCount: fc.integer({ min: 0, max: 1 }) });
        }),
        ({ input, q, a, b, evidenceCount }) => {
          const [worse, better] = (answerScore(q, a) ?? 0) <= (answerScore(q, b) ?? 0) ? [a, b] : [b, a];
          const low = score(withAnswer(input, q.code, { value: worse, notApplicable: false, evidenceCount }));
          const high = score(withAnswer(input, q.code, { value: better, notApplicable: false, evidenceCount }));
          expect(high.maturity).toBeGreaterThanOrEqual(low.maturity);
          expect(nowhereLower(themeScoresOf(low), themeScoresOf(high))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('answering an unanswered question never lowers maturity', () => {
    fc.assert(
      fc.property(
        inputWithQuestionArb.chain(({ input, index }) => {
          const q = allQuestions(input.definition)[index];
          return fc.record({ input: fc.constant(input), q: fc.constant(q), value: valueArb(q) });
        }),
        ({ input, q, value }) => {
          const evidenceCount = input.answers.get(q.code)?.evidenceCount ?? 0;
          const unanswered = score(withAnswer(input, q.code, { value: null, notApplicable: false, evidenceCount }));
          const answered = score(withAnswer(input, q.code, { value, notApplicable: false, evidenceCount }));
          expect(answered.maturity).toBeGreaterThanOrEqual(unanswered.maturity);
        },
      ),
      RUNS,
    );
  });

  it('adding evidence never lowers maturity, a theme score or confidence', () => {
    fc.assert(
      fc.property(inputWithQuestionArb, fc.integer({ min: 1, max: 3 }), ({ input, index }, added) => {
        const code = allQuestions(input.definition)[index].code;
        const answer = input.answers.get(code) ?? { value: null, notApplicable: false, evidenceCount: 0 };
        const before = score(withAnswer(input, code, { ...answer, evidenceCount: 0 }));
        const after = score(withAnswer(input, code, { ...answer, evidenceCount: added }));
        expect(after.maturity).toBeGreaterThanOrEqual(before.maturity);
        expect(after.confidence).toBeGreaterThanOrEqual(before.confidence);
        expect(nowhereLower(themeScoresOf(before), themeScoresOf(after))).toBe(true);
      }),
      RUNS,
    );
  });

  it('a red flag always gives CRITICAL and blocks eligibility', () => {
    const knockOut = question('T3.99', Q.BOOLEAN, { redFlags: [{ id: 'RF-SANCTIONS', when: { equals: false }, label: text('Sanctions') }] });
    fc.assert(
      fc.property(inputArb, (input) => {
        const themes = [...input.definition.themes, { code: 'T3-extra', title: text('Extra'), questions: [knockOut] }];
        const flagged = score(withAnswer({ ...input, definition: { ...input.definition, themes } }, 'T3.99', { value: false, notApplicable: false, evidenceCount: 1 }));
        expect(flagged.redFlags).toContainEqual({ questionCode: 'T3.99', ruleId: 'RF-SANCTIONS' });
        expect(flagged.tier).toBe(Tier.CRITICAL);
        expect(flagged.eligibility.eligible).toBe(false);

        const result = score(input);
        if (result.redFlags.length > 0) expect([result.tier, result.eligibility.eligible]).toEqual([Tier.CRITICAL, false]);
      }),
      RUNS,
    );
  });

  it('every number stays within its range', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = score(input);
        expect(result.inherentRisk).toBeGreaterThanOrEqual(0);
        expect(result.inherentRisk).toBeLessThanOrEqual(100);
        expect(result.maturity).toBeGreaterThanOrEqual(0);
        expect(result.maturity).toBeLessThanOrEqual(100);
        expect(result.residualRisk).toBeGreaterThanOrEqual(0);
        expect(result.residualRisk).toBeLessThanOrEqual(result.inherentRisk);
        expect(result.confidence).toBeGreaterThanOrEqual(0);
        expect(result.confidence).toBeLessThanOrEqual(1);
        for (const theme of result.themes) if (theme.score !== null) expect(theme.score >= 0 && theme.score <= 100).toBe(true);
        for (const row of result.questions) {
          expect(row.score >= 0 && row.score <= 1).toBe(true);
          expect([0.5, 1]).toContain(row.evidenceFactor);
        }
        expect(result.questions).toHaveLength(allQuestions(input.definition).length);
        if (result.eligibility.eligible) expect([Tier.LOW, Tier.MEDIUM]).toContain(result.tier);
      }),
      RUNS,
    );
  });
});
