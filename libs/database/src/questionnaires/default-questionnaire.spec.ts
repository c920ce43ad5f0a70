import { Capability, DeploymentContext, ProductCategory, QuestionType, raisedRedFlags, validateQuestionnaire, type QuestionDefinition } from '@assay/domain';
import { DEFAULT_QUESTIONNAIRE_FILE, loadQuestionnaireFile } from './load-questionnaire-file.js';

/** The data file that ships with the product (data/questionnaires/assay-default.yaml). */
const definition = loadQuestionnaireFile(DEFAULT_QUESTIONNAIRE_FILE);
const questions: QuestionDefinition[] = definition.themes.flatMap((theme) => theme.questions);
const everything = {
  categories: Object.values(ProductCategory),
  capabilities: Object.values(Capability),
  contexts: Object.values(DeploymentContext),
};

describe('the default questionnaire', () => {
  it('passes validation: three languages everywhere, unique codes, weights 1–3, conditions on existing questions without cycles', () => {
    expect(validateQuestionnaire(definition)).toEqual({ ok: true, definition });
    expect(definition.key).toBe('assay-default');
  });

  it('has at least 50 questions', () => {
    expect(questions.length).toBeGreaterThanOrEqual(50);
  });

  it('covers the ten themes of the specification, T1 to T10, in order', () => {
    expect(definition.themes.map((theme) => theme.code)).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'T10']);
    // The methodology doubles these two themes' weights in some scopes: they must stay where it expects them.
    expect(definition.themes[6].title.en).toBe('Privacy and data protection');
    expect(definition.themes[9].title.en).toBe('Civic space and vulnerable groups');
  });

  it('is translated, not copied: question texts and theme titles differ from the English', () => {
    const untranslated = [...definition.themes.map((theme) => ({ where: theme.code, text: theme.title })), ...questions.map((q) => ({ where: q.code, text: q.text }))]
      .filter(({ text }) => text.fr === text.en || text.es === text.en)
      .map(({ where }) => where);
    expect(untranslated).toEqual([]);
  });

  it('uses every question type', () => {
    expect(new Set(questions.map((q) => q.type))).toEqual(new Set(Object.values(QuestionType)));
  });

  it('has the four red flags of the specification, and each one is raised by its answer', () => {
    const rules = questions.flatMap((q) => (q.redFlags ?? []).map((rule) => ({ question: q, rule })));
    expect(rules.map(({ rule }) => rule.id)).toEqual(expect.arrayContaining(['RF-SANCTIONS', 'RF-NO-HUMAN-REVIEW', 'RF-PROTEST', 'RF-END-USE-DISCLOSURE']));
    for (const { question, rule } of rules) {
      const value = 'equals' in rule.when ? rule.when.equals : [rule.when.includes];
      const raised = raisedRedFlags(definition, everything, new Map([[question.code, { value, notApplicable: false }]]));
      expect(raised.map((flag) => flag.ruleId)).toEqual([rule.id]);
    }
  });

  it('has questions that depend on the scope and questions that depend on another answer', () => {
    const conditions = questions.map((q) => JSON.stringify(q.applicableWhen ?? {}));
    expect(conditions.some((c) => /"(capability|context|category)"/.test(c))).toBe(true);
    expect(conditions.some((c) => c.includes('"question"'))).toBe(true);
  });

  it('lets every choice question score full marks, and every question cite a reference', () => {
    const cannotScoreFull = questions.filter((q) => {
      const points = (q.options ?? []).map((option) => option.points);
      if (q.type === QuestionType.SINGLE_CHOICE) return Math.max(...points) !== 1;
      if (q.type === QuestionType.MULTI_CHOICE) return points.reduce((sum, p) => sum + p, 0) < 1;
      return false;
    });
    expect(cannotScoreFull.map((q) => q.code)).toEqual([]);
    expect(questions.filter((q) => q.references.length === 0)).toEqual([]);
  });
});
