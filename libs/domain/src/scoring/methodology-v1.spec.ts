import { QuestionType as Q } from '../questionnaire/questionnaire.types.js';
import { question, questionnaire, text } from '../questionnaire/questionnaire.fixtures.js';
import { JurisdictionRiskLevel } from '../taxonomy.js';
import { answerScore, eligibility, inherentRisk, METHODOLOGY_V1, methodologyFor, tierFor } from './methodology-v1.js';
import { Capability, DeploymentContext, jurisdictions, product, ProductCategory, scoredAnswers, scoringInput } from './scoring.fixtures.js';
import { Tier } from './scoring.types.js';

const score = METHODOLOGY_V1.score;

/** One question per theme T1, T7 and T10, each expecting evidence, weight 2. */
const threeThemes = questionnaire({
  T1: [question('T1.1', Q.BOOLEAN, { evidenceExpected: true })],
  T7: [question('T7.1', Q.BOOLEAN, { evidenceExpected: true })],
  T10: [question('T10.1', Q.BOOLEAN, { evidenceExpected: true })],
});

describe('methodology v1: inherent risk', () => {
  it('a facial-recognition vendor deployed only in low-risk countries with full evidence is LOW', () => {
    const vendor = product({ category: ProductCategory.FACIAL_RECOGNITION, capabilities: [Capability.BIOMETRIC_PROCESSING], deployedCountries: ['NO'] });
    const result = score(scoringInput(threeThemes, scoredAnswers({ 'T1.1': true, 'T7.1': true, 'T10.1': true }), [vendor]));
    expect(result.inherentRisk).toBe(90);
    expect(result.maturity).toBe(100);
    expect(result.residualRisk).toBe(18);
    expect(result.tier).toBe(Tier.LOW);
  });

  it('a spyware product with every adder is capped at 100', () => {
    const spyware = product({
      category: ProductCategory.SPYWARE_REMOTE_INTRUSION,
      capabilities: Object.values(Capability),
      deploymentContexts: Object.values(DeploymentContext),
      deployedCountries: ['XS'],
    });
    const [risk] = inherentRisk([spyware], jurisdictions).productRisks;
    expect(risk).toEqual({ productId: 'p1', base: 95, capabilityAdders: 50, contextAdders: 35, worstJurisdiction: { country: 'XS', level: JurisdictionRiskLevel.SEVERE, adder: 15 }, total: 100 });
  });

  it('each capability and context adds its own amount, and a commercial site adds nothing', () => {
    const cctv = product({
      category: ProductCategory.VIDEO_ANALYTICS_CCTV,
      capabilities: [Capability.AI_ML_INFERENCE, Capability.EXPORT_CONTROLLED_DUAL_USE, Capability.MASS_COLLECTION],
      deploymentContexts: [DeploymentContext.PRISONS_PROBATION, DeploymentContext.COMMERCIAL_INDUSTRIAL],
    });
    const [risk] = inherentRisk([cctv], jurisdictions).productRisks;
    expect([risk.base, risk.capabilityAdders, risk.contextAdders, risk.total]).toEqual([45, 20, 5, 70]);
  });

  it('the worst country of deployment sets the jurisdiction adder', () => {
    const [risk] = inherentRisk([product({ deployedCountries: ['NO', 'XA', 'FR'] })], jurisdictions).productRisks;
    expect(risk.worstJurisdiction).toEqual({ country: 'XA', level: JurisdictionRiskLevel.HIGH, adder: 10 });
    expect(risk.total).toBe(35);
  });

  it('a country the association has not rated counts as MEDIUM', () => {
    const [risk] = inherentRisk([product({ deployedCountries: ['NO', 'BR'] })], jurisdictions).productRisks;
    expect(risk.worstJurisdiction).toEqual({ country: 'BR', level: JurisdictionRiskLevel.MEDIUM, adder: 5 });
  });

  it('a product deployed nowhere yet counts as MEDIUM with no country', () => {
    const [risk] = inherentRisk([product({ deployedCountries: [] })], jurisdictions).productRisks;
    expect(risk.worstJurisdiction).toEqual({ country: null, level: JurisdictionRiskLevel.MEDIUM, adder: 5 });
  });

  it('the riskiest product in scope sets the inherent risk', () => {
    const low = product({ id: 'gate', category: ProductCategory.ACCESS_CONTROL_PERIMETER });
    const high = product({ id: 'imsi', category: ProductCategory.IMSI_CATCHER, deployedCountries: ['FR'] });
    const { inherent, productRisks } = inherentRisk([low, high], jurisdictions);
    expect(productRisks.map((risk) => [risk.productId, risk.total])).toEqual([['gate', 25], ['imsi', 90]]);
    expect(inherent).toBe(90);
  });
});

describe('methodology v1: answer scores', () => {
  it('yes scores 1 and no scores 0 on a yes/no question', () => {
    expect([answerScore(question('B', Q.BOOLEAN), true), answerScore(question('B', Q.BOOLEAN), false)]).toEqual([1, 0]);
  });

  it('a single choice scores its option points', () => {
    expect(answerScore(question('S', Q.SINGLE_CHOICE), 'B')).toBe(0.5);
  });

  it('a multiple choice scores the sum of its options, capped at 1', () => {
    const multi = question('M', Q.MULTI_CHOICE);
    expect([answerScore(multi, ['B', 'C']), answerScore(multi, ['A', 'B'])]).toEqual([0.5, 1]);
  });

  it('a 0-4 scale scores a quarter per step', () => {
    expect(answerScore(question('S', Q.SCALE_0_4), 3)).toBe(0.75);
  });

  it('a number scores its share of the target, or of the max without one, clamped to 1', () => {
    expect(answerScore(question('N', Q.NUMBER, { min: 0, max: 100 }), 25)).toBe(0.25);
    expect(answerScore(question('N', Q.NUMBER, { min: 0, max: 100, target: 50 }), 25)).toBe(0.5);
    expect(answerScore(question('N', Q.NUMBER, { min: 0, max: 100, target: 50 }), 80)).toBe(1);
  });

  it('a text answer is descriptive and is left out of scoring', () => {
    const definition = questionnaire({ T1: [question('T1.1', Q.BOOLEAN), question('T1.2', Q.TEXT)] });
    const result = score(scoringInput(definition, scoredAnswers({ 'T1.1': true, 'T1.2': 'We publish a report' })));
    expect(result.questions.find((row) => row.code === 'T1.2')).toMatchObject({ applicable: true, excluded: true, answered: true, weighted: 0 });
    expect(result.themes[0]).toMatchObject({ score: 100, applicableQuestions: 1 });
  });
});

describe('methodology v1: evidence and denominators', () => {
  const twoQuestions = questionnaire({ T1: [question('T1.1', Q.BOOLEAN, { evidenceExpected: true, notApplicableAllowed: true }), question('T1.2', Q.BOOLEAN)] });

  it('a missing evidence file halves that question\'s contribution', () => {
    const result = score(scoringInput(twoQuestions, scoredAnswers({ 'T1.1': { value: true, evidence: 0 }, 'T1.2': true })));
    expect(result.questions[0]).toMatchObject({ score: 1, evidenceFactor: 0.5, weighted: 1, themePoints: 25 });
    expect(result.themes[0].score).toBe(75);
  });

  it('an unanswered question scores 0 but stays in the denominator', () => {
    const result = score(scoringInput(twoQuestions, scoredAnswers({ 'T1.2': true })));
    expect(result.questions[0]).toMatchObject({ answered: false, excluded: false, score: 0 });
    expect(result.themes[0].score).toBe(50);
  });

  it('NOT_APPLICABLE leaves the denominator', () => {
    const result = score(scoringInput(twoQuestions, scoredAnswers({ 'T1.1': 'N/A', 'T1.2': true })));
    expect(result.questions[0]).toMatchObject({ applicable: true, excluded: true, answered: false });
    expect(result.themes[0]).toMatchObject({ score: 100, applicableQuestions: 1 });
  });

  it('NOT_APPLICABLE on a question that does not allow it counts as unanswered', () => {
    const result = score(scoringInput(twoQuestions, scoredAnswers({ 'T1.1': true, 'T1.2': 'N/A' })));
    expect(result.questions[1]).toMatchObject({ excluded: false, answered: false, score: 0 });
    expect(result.themes[0].score).toBe(50);
  });

  it('a question that does not apply to the scope leaves the denominator but still has a contribution', () => {
    const definition = questionnaire({ T7: [question('T7.1', Q.BOOLEAN), question('T7.2', Q.BOOLEAN, { applicableWhen: { capability: Capability.BIOMETRIC_PROCESSING } })] });
    const result = score(scoringInput(definition, scoredAnswers({ 'T7.1': true })));
    expect(result.questions.map((row) => [row.code, row.applicable, row.excluded])).toEqual([['T7.1', true, false], ['T7.2', false, true]]);
    expect(result.themes[0].score).toBe(100);
  });

  it('a theme where nothing applies has no score and is left out of maturity', () => {
    const definition = questionnaire({ T1: [question('T1.1', Q.BOOLEAN)], T4: [question('T4.1', Q.BOOLEAN, { applicableWhen: { capability: Capability.AUTOMATED_DECISIONS } })] });
    const result = score(scoringInput(definition, scoredAnswers({ 'T1.1': true })));
    expect(result.themes.map((theme) => theme.score)).toEqual([100, null]);
    expect(result.maturity).toBe(100);
  });

  it('the points of a theme\'s questions add up to the theme score', () => {
    const definition = questionnaire({ T2: [question('T2.1', Q.SCALE_0_4, { weight: 3 }), question('T2.2', Q.SINGLE_CHOICE, { weight: 1 }), question('T2.3', Q.NUMBER)] });
    const result = score(scoringInput(definition, scoredAnswers({ 'T2.1': 2, 'T2.2': 'B', 'T2.3': 40 })));
    const points = result.questions.reduce((sum, row) => sum + row.themePoints, 0);
    expect(result.themes[0].score).toBe(46.67); // 100 · (3·0.5 + 1·0.5 + 2·0.4) / 6 = 100 · 2.8 / 6
    expect(points).toBeCloseTo(46.67, 1);
  });

  it('confidence is the share of evidence-expecting weight that has evidence', () => {
    const definition = questionnaire({
      T1: [question('T1.1', Q.BOOLEAN, { evidenceExpected: true, weight: 3 }), question('T1.2', Q.BOOLEAN, { evidenceExpected: true, weight: 1 }), question('T1.3', Q.BOOLEAN)],
    });
    const result = score(scoringInput(definition, scoredAnswers({ 'T1.1': true, 'T1.2': { value: true, evidence: 0 }, 'T1.3': { value: true, evidence: 0 } })));
    expect(result.confidence).toBe(0.75);
  });

  it('confidence is 1 when no applicable question expects evidence', () => {
    const definition = questionnaire({ T1: [question('T1.1', Q.BOOLEAN)] });
    expect(score(scoringInput(definition, scoredAnswers({ 'T1.1': { value: false, evidence: 0 } }))).confidence).toBe(1);
  });
});

describe('methodology v1: theme weights and maturity', () => {
  const halfPrivacy = scoredAnswers({ 'T1.1': true, 'T7.1': false, 'T10.1': true });

  it('every theme weighs the same for an ordinary scope', () => {
    const result = score(scoringInput(threeThemes, halfPrivacy));
    expect(result.themes.map((theme) => theme.weight)).toEqual([1, 1, 1]);
    expect(result.maturity).toBe(66.67);
  });

  it('a biometric product doubles the privacy theme', () => {
    const result = score(scoringInput(threeThemes, halfPrivacy, [product({ capabilities: [Capability.BIOMETRIC_PROCESSING] })]));
    expect(result.themes.map((theme) => theme.weight)).toEqual([1, 2, 1]);
    expect(result.maturity).toBe(50);
  });

  it('a product used at borders or in protest policing doubles the civic-space theme', () => {
    for (const context of [DeploymentContext.BORDER_MIGRATION, DeploymentContext.PUBLIC_ORDER_PROTEST]) {
      const result = score(scoringInput(threeThemes, halfPrivacy, [product(), product({ id: 'p2', deploymentContexts: [context] })]));
      expect(result.themes.map((theme) => theme.weight)).toEqual([1, 1, 2]);
      expect(result.maturity).toBe(75);
    }
  });

  it('prisons and conflict areas raise inherent risk but do not double a theme', () => {
    const result = score(scoringInput(threeThemes, halfPrivacy, [product({ deploymentContexts: [DeploymentContext.PRISONS_PROBATION, DeploymentContext.CONFLICT_HIGH_RISK_AREAS] })]));
    expect(result.themes.map((theme) => theme.weight)).toEqual([1, 1, 1]);
    expect(result.inherentRisk).toBe(25 + 15 + 0);
  });

  it('nothing answered leaves maturity at 0 and residual equal to inherent', () => {
    const result = score(scoringInput(threeThemes, scoredAnswers({})));
    expect([result.maturity, result.residualRisk, result.inherentRisk]).toEqual([0, 25, 25]);
  });
});

describe('methodology v1: tiers, red flags and eligibility', () => {
  const flagged = questionnaire({
    T3: [question('T3.2', Q.SINGLE_CHOICE, { redFlags: [{ id: 'RF-SANCTIONS', when: { equals: 'C' }, label: text('Sanctions') }] }), question('T3.3', Q.BOOLEAN)],
  });

  it('residual risk tiers at 20, 40 and 60', () => {
    expect([19.99, 20, 39.99, 40, 59.99, 60].map((residual) => tierFor(residual, 0))).toEqual([Tier.LOW, Tier.MEDIUM, Tier.MEDIUM, Tier.HIGH, Tier.HIGH, Tier.CRITICAL]);
  });

  it('residual risk is inherent reduced by up to 80 % of maturity', () => {
    const result = score(scoringInput(flagged, scoredAnswers({ 'T3.2': 'B', 'T3.3': true }), [product({ category: ProductCategory.IMSI_CATCHER, deployedCountries: ['NO'] })]));
    expect([result.inherentRisk, result.maturity, result.residualRisk, result.tier]).toEqual([85, 75, 34, Tier.MEDIUM]);
  });

  it('a sanctions red flag makes a low-risk, otherwise mature supplier CRITICAL and ineligible', () => {
    const result = score(scoringInput(flagged, scoredAnswers({ 'T3.2': 'C', 'T3.3': true })));
    expect(result.residualRisk).toBeLessThan(20);
    expect(result.tier).toBe(Tier.CRITICAL);
    expect(result.redFlags).toEqual([{ questionCode: 'T3.2', ruleId: 'RF-SANCTIONS' }]);
    expect(result.questions[0].redFlags).toEqual(['RF-SANCTIONS']);
    expect(result.eligibility.eligible).toBe(false);
    expect(result.eligibility.unmet).toEqual(expect.arrayContaining(['tier CRITICAL is not LOW or MEDIUM', '1 red flag raised (none allowed)']));
  });

  it('a red-flag answer on a question that does not apply raises nothing', () => {
    const definition = questionnaire({
      T10: [question('T10.2', Q.BOOLEAN, { applicableWhen: { context: DeploymentContext.PUBLIC_ORDER_PROTEST }, redFlags: [{ id: 'RF-PROTEST', when: { equals: false }, label: text('Protest') }] })],
    });
    expect(score(scoringInput(definition, scoredAnswers({ 'T10.2': false }))).redFlags).toEqual([]);
  });

  it('a mature, evidenced, low-risk supplier is eligible for CERTIFIED', () => {
    const result = score(scoringInput(threeThemes, scoredAnswers({ 'T1.1': true, 'T7.1': true, 'T10.1': true })));
    expect(result.eligibility).toEqual({ eligible: true, unmet: [], level: 'CERTIFIED' });
  });

  it('maturity between 70 and 80 is eligible only with conditions', () => {
    expect(eligibility({ maturity: 75, tier: Tier.MEDIUM, redFlagCount: 0, confidence: 0.9 })).toEqual({ eligible: true, unmet: [], level: 'CERTIFIED_WITH_CONDITIONS' });
  });

  it('each unmet condition is named with its numbers', () => {
    expect(eligibility({ maturity: 55.5, tier: Tier.HIGH, redFlagCount: 2, confidence: 0.5 }).unmet).toEqual([
      'maturity 55.5 is below 70',
      'tier HIGH is not LOW or MEDIUM',
      '2 red flags raised (none allowed)',
      'confidence 0.5 is below 0.8',
    ]);
  });

  it('eligibility is decided on unrounded numbers and says so when rounding would hide it', () => {
    expect(eligibility({ maturity: 69.9999, tier: Tier.LOW, redFlagCount: 0, confidence: 0.7999 }).unmet).toEqual(['maturity 69.9999 is below 70', 'confidence 0.7999 is below 0.8']);
  });

  it('missing evidence drops confidence below 0.8 and blocks eligibility', () => {
    const result = score(scoringInput(threeThemes, scoredAnswers({ 'T1.1': true, 'T7.1': { value: true, evidence: 0 }, 'T10.1': true })));
    expect(result.confidence).toBe(0.67);
    expect(result.eligibility.unmet).toEqual(['confidence 0.67 is below 0.8']);
  });
});

describe('methodology v1: versions and explanations', () => {
  it('every question of the questionnaire gets a contribution, applicable or not', () => {
    const definition = questionnaire({
      T1: [question('T1.1', Q.BOOLEAN), question('T1.2', Q.TEXT)],
      T5: [question('T5.1', Q.SCALE_0_4, { applicableWhen: { category: ProductCategory.SPYWARE_REMOTE_INTRUSION } })],
    });
    expect(score(scoringInput(definition, scoredAnswers({}))).questions.map((row) => row.code)).toEqual(['T1.1', 'T1.2', 'T5.1']);
  });

  it('a follow-up question applies only when the answer it depends on says so', () => {
    const definition = questionnaire({ T6: [question('T6.1', Q.BOOLEAN), question('T6.2', Q.SCALE_0_4, { applicableWhen: { question: 'T6.1', equals: true } })] });
    const without = score(scoringInput(definition, scoredAnswers({ 'T6.1': false, 'T6.2': 4 })));
    const withIt = score(scoringInput(definition, scoredAnswers({ 'T6.1': true, 'T6.2': 2 })));
    expect([without.questions[1].applicable, without.themes[0].score]).toEqual([false, 0]);
    expect([withIt.questions[1].applicable, withIt.themes[0].score]).toEqual([true, 75]);
  });

  it('the result names its methodology version and the registry finds it', () => {
    expect(score(scoringInput(threeThemes, scoredAnswers({}))).methodologyVersion).toBe('assay-v1');
    expect(methodologyFor('assay-v1')).toBe(METHODOLOGY_V1);
  });

  it('an unknown methodology version is an error', () => {
    expect(() => methodologyFor('assay-v0')).toThrow('Unknown scoring methodology version "assay-v0"');
  });

  it('the order of deployed countries does not change the result', () => {
    const a = inherentRisk([product({ deployedCountries: ['BR', 'FR', 'NO'] })], jurisdictions);
    const b = inherentRisk([product({ deployedCountries: ['NO', 'FR', 'BR'] })], jurisdictions);
    expect(a).toEqual(b);
  });
});
