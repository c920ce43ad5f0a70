import { Capability } from '../taxonomy.js';
import { QuestionType as Q, type QuestionnaireDefinition } from './questionnaire.types.js';
import { question, questionnaire, text } from './questionnaire.fixtures.js';
import { validateQuestionnaire, type DefinitionProblem } from './validate-definition.js';

/** A well-formed questionnaire using every question type, conditions of every form and red flags. */
function wellFormed(): QuestionnaireDefinition {
  return questionnaire({
    T1: [
      question('T1.1', Q.BOOLEAN, { redFlags: [{ id: 'RF-1', when: { equals: false }, label: text('No policy') }] }),
      question('T1.2', Q.SINGLE_CHOICE, { applicableWhen: { question: 'T1.1', equals: true } }),
      question('T1.3', Q.MULTI_CHOICE, { redFlags: [{ id: 'RF-2', when: { includes: 'C' }, label: text('C chosen') }] }),
    ],
    T2: [
      question('T2.1', Q.SCALE_0_4, { applicableWhen: { all: [{ capability: Capability.BIOMETRIC_PROCESSING }, { not: { question: 'T1.3', includes: 'A' } }] } }),
      question('T2.2', Q.NUMBER, { min: 0, max: 100, target: 50, applicableWhen: { any: [{ question: 'T2.1', equals: 4 }, { question: 'T2.3', equals: 'x' }] } }),
      question('T2.3', Q.TEXT, { maxLength: 500, required: false, notApplicableAllowed: true }),
    ],
  });
}

/** The problems of a well-formed questionnaire after one change. */
function problemsAfter(change: (definition: QuestionnaireDefinition & Record<string, unknown>) => void): DefinitionProblem[] {
  const definition = wellFormed() as QuestionnaireDefinition & Record<string, unknown>;
  change(definition);
  const result = validateQuestionnaire(JSON.parse(JSON.stringify(definition)));
  return result.ok ? [] : result.problems;
}

// Loosely typed access for breaking a definition in ways its type forbids.
type Loose = Record<string, unknown>;
const q = (d: QuestionnaireDefinition, theme: number, index: number) => d.themes[theme].questions[index] as unknown as Loose;

describe('validating a questionnaire definition', () => {
  it('accepts a well-formed questionnaire that uses every question type, condition form and red flag', () => {
    const result = validateQuestionnaire(wellFormed());
    expect(result).toEqual({ ok: true, definition: wellFormed() });
  });

  it('refuses input that is not an object', () => {
    for (const input of [null, 'text', 42, []]) {
      expect(validateQuestionnaire(input)).toEqual({ ok: false, problems: [{ path: '$', message: expect.any(String) }] });
    }
  });

  it('names the path of a missing translation', () => {
    expect(problemsAfter((d) => delete (d.themes[0].questions[1].text as Partial<Loose>).fr)).toEqual([
      { path: 'themes[0].questions[1].text.fr', message: 'is required' },
    ]);
  });

  it('counts a translation of blanks as missing', () => {
    expect(problemsAfter((d) => (d.themes[1].title.es = '   '))).toEqual([{ path: 'themes[1].title.es', message: 'is required' }]);
  });

  it('checks option labels, red-flag labels, help and descriptions in the three languages too', () => {
    const paths = problemsAfter((d) => {
      d.themes[0].questions[1].options![2].label.en = '';
      d.themes[0].questions[0].redFlags![0].label.fr = '';
      d.themes[0].questions[0].help = { en: 'Help', fr: 'Aide' } as never;
      d.description = { en: 'x', fr: 'x', es: '' };
    }).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'themes[0].questions[1].options[2].label.en',
        'themes[0].questions[0].redFlags[0].label.fr',
        'themes[0].questions[0].help.es',
        'description.es',
      ]),
    );
  });

  it('reports every problem at once, not only the first', () => {
    const problems = problemsAfter((d) => {
      d.key = '';
      q(d, 0, 0).weight = 5;
      q(d, 1, 0).type = 'SLIDER';
      d.themes[1].title.fr = '';
    });
    expect(problems.map((p) => p.path)).toEqual(['key', 'themes[0].questions[0].weight', 'themes[1].title.fr', 'themes[1].questions[0].type']);
  });

  it('refuses a key that is not a lower-case slug of at most 60 characters', () => {
    expect(problemsAfter((d) => (d.key = 'Assay Default')).map((p) => p.path)).toEqual(['key']);
    expect(problemsAfter((d) => (d.key = 'a'.repeat(61))).map((p) => p.path)).toEqual(['key']);
  });

  it('refuses a questionnaire without themes, and a theme without questions', () => {
    expect(problemsAfter((d) => (d.themes = []))).toEqual([{ path: 'themes', message: 'must list at least one theme' }]);
    expect(problemsAfter((d) => (d.themes[1].questions = []))).toEqual(
      expect.arrayContaining([{ path: 'themes[1].questions', message: 'must list at least one question' }]),
    );
  });

  describe('codes', () => {
    it('refuses theme codes that are not T<n>, or used twice', () => {
      expect(problemsAfter((d) => (d.themes[0].code = 'Governance')).map((p) => p.path)).toContain('themes[0].code');
      const duplicated = problemsAfter((d) => (d.themes[1].code = 'T1'));
      expect(duplicated).toContainEqual({ path: 'themes[1].code', message: 'theme T1 is already defined at themes[0].code' });
    });

    it('refuses question codes that are not T<n>.<m>', () => {
      expect(problemsAfter((d) => (d.themes[0].questions[2].code = 'T1-3'))).toContainEqual({
        path: 'themes[0].questions[2].code',
        message: 'must be a question code such as T3.2',
      });
    });

    it("refuses a question code that does not start with its theme's code", () => {
      expect(problemsAfter((d) => (d.themes[0].questions[1].code = 'T2.9'))).toEqual([
        { path: 'themes[0].questions[1].code', message: "must start with its theme's code (T1.)" },
      ]);
    });

    it('refuses the same question code twice, even across themes', () => {
      const problems = problemsAfter((d) => {
        d.themes[1].code = 'T1';
        d.themes[1].questions[2].code = 'T1.1';
      });
      expect(problems).toContainEqual({ path: 'themes[1].questions[2].code', message: 'question T1.1 is already defined at themes[0].questions[0]' });
    });
  });

  describe('question types', () => {
    it('refuses an unknown type', () => {
      expect(problemsAfter((d) => (q(d, 0, 0).type = 'YES_NO'))).toEqual([{ path: 'themes[0].questions[0].type', message: expect.stringContaining('BOOLEAN') }]);
    });

    it('needs at least two options on a choice question', () => {
      expect(problemsAfter((d) => d.themes[0].questions[1].options!.splice(1))).toEqual([
        { path: 'themes[0].questions[1].options', message: 'a choice question needs at least two options' },
      ]);
    });

    it('refuses two options with the same value', () => {
      expect(problemsAfter((d) => (d.themes[0].questions[2].options![1].value = 'A'))).toEqual(
        expect.arrayContaining([{ path: 'themes[0].questions[2].options[1].value', message: 'option A appears twice' }]),
      );
    });

    it('keeps option points within 0 and 1', () => {
      const problems = problemsAfter((d) => {
        d.themes[0].questions[1].options![0].points = 1.5;
        d.themes[0].questions[1].options![1].points = -0.1;
        (d.themes[0].questions[1].options![2] as unknown as Loose).points = '1';
      });
      expect(problems.map((p) => p.path)).toEqual([0, 1, 2].map((i) => `themes[0].questions[1].options[${i}].points`));
    });

    it('refuses options on a question that is not a choice, a scale included', () => {
      const options = [
        { value: 'A', label: text('A'), points: 1 },
        { value: 'B', label: text('B'), points: 0 },
      ];
      expect(problemsAfter((d) => (d.themes[0].questions[0].options = options)).map((p) => p.path)).toEqual(['themes[0].questions[0].options']);
      expect(problemsAfter((d) => (d.themes[1].questions[0].options = options)).map((p) => p.path)).toEqual(['themes[1].questions[0].options']);
    });

    it('needs finite bounds with min below max on a NUMBER question, and a target within them', () => {
      expect(problemsAfter((d) => delete d.themes[1].questions[1].min).map((p) => p.path)).toEqual(['themes[1].questions[1].min']);
      expect(problemsAfter((d) => (d.themes[1].questions[1].max = 0)).map((p) => p.path)).toEqual(['themes[1].questions[1].max', 'themes[1].questions[1].target']);
      expect(problemsAfter((d) => (d.themes[1].questions[1].target = 101)).map((p) => p.path)).toEqual(['themes[1].questions[1].target']);
    });

    it('refuses a NUMBER question that could never score (target, or max without one, of zero or less)', () => {
      const problems = problemsAfter((d) => Object.assign(d.themes[1].questions[1], { min: -10, max: 0, target: undefined }));
      expect(problems).toEqual([{ path: 'themes[1].questions[1].max', message: 'must be positive: the answer scores value / target' }]);
    });

    it('refuses bounds on a question that is not a NUMBER', () => {
      expect(problemsAfter((d) => (d.themes[1].questions[0].max = 4)).map((p) => p.path)).toEqual(['themes[1].questions[0].max']);
    });

    it('needs a maxLength from 1 to 10000 on a TEXT question, and only there', () => {
      for (const maxLength of [undefined, 0, 10_001, 2.5]) {
        expect(problemsAfter((d) => (d.themes[1].questions[2].maxLength = maxLength)).map((p) => p.path)).toEqual(['themes[1].questions[2].maxLength']);
      }
      expect(problemsAfter((d) => (d.themes[0].questions[0].maxLength = 10)).map((p) => p.path)).toEqual(['themes[0].questions[0].maxLength']);
    });
  });

  it('needs a weight of 1, 2 or 3, booleans for the flags, and at least one reference', () => {
    const problems = problemsAfter((d) => {
      q(d, 0, 0).weight = 0;
      q(d, 0, 0).required = 'yes';
      delete q(d, 0, 0).evidenceExpected;
      q(d, 0, 0).notApplicableAllowed = 1;
      d.themes[0].questions[1].references = [];
      d.themes[0].questions[2].references = ['UNGP 17', ' '];
    });
    expect(problems.map((p) => p.path)).toEqual([
      'themes[0].questions[0].weight',
      'themes[0].questions[0].required',
      'themes[0].questions[0].evidenceExpected',
      'themes[0].questions[0].notApplicableAllowed',
      'themes[0].questions[1].references',
      'themes[0].questions[2].references[1]',
    ]);
  });

  it('refuses unknown fields, so that a misspelt one does not silently change the meaning', () => {
    const problems = problemsAfter((d) => {
      q(d, 0, 1).applicableWhn = { question: 'T1.1', equals: true };
      (d as Loose).version = 2;
    });
    expect(problems).toEqual([
      { path: 'version', message: expect.stringContaining('unknown field') },
      { path: 'themes[0].questions[1].applicableWhn', message: expect.stringContaining('unknown field') },
    ]);
  });

  describe('red flags', () => {
    it('refuses the same red-flag id twice in a questionnaire', () => {
      expect(problemsAfter((d) => (d.themes[0].questions[2].redFlags![0].id = 'RF-1'))).toEqual([
        { path: 'themes[0].questions[2].redFlags[0].id', message: 'red flag RF-1 is already defined at themes[0].questions[0].redFlags[0]' },
      ]);
    });

    it('needs a value the question can take: a boolean for BOOLEAN, an existing option for choices', () => {
      expect(problemsAfter((d) => (d.themes[0].questions[0].redFlags![0].when = { equals: 'no' })).map((p) => p.path)).toEqual([
        'themes[0].questions[0].redFlags[0].when.equals',
      ]);
      expect(problemsAfter((d) => (d.themes[0].questions[2].redFlags![0].when = { includes: 'Z' })).map((p) => p.path)).toEqual([
        'themes[0].questions[2].redFlags[0].when.includes',
      ]);
    });

    it('uses includes, not equals, for a MULTI_CHOICE question', () => {
      expect(problemsAfter((d) => (d.themes[0].questions[2].redFlags![0].when = { equals: 'C' }))).toEqual([
        { path: 'themes[0].questions[2].redFlags[0].when.equals', message: 'use includes for MULTI_CHOICE questions such as T1.3' },
      ]);
    });

    it('keeps a SCALE_0_4 red flag on a whole number from 0 to 4', () => {
      const flag = (equals: number) => (d: QuestionnaireDefinition) => (d.themes[1].questions[0].redFlags = [{ id: 'RF-S', when: { equals }, label: text('Low') }]);
      expect(problemsAfter(flag(0))).toEqual([]);
      expect(problemsAfter(flag(5)).map((p) => p.path)).toEqual(['themes[1].questions[0].redFlags[0].when.equals']);
    });

    it('refuses a red flag on a free-text answer', () => {
      expect(problemsAfter((d) => (d.themes[1].questions[2].redFlags = [{ id: 'RF-T', when: { equals: 'x' }, label: text('x') }]))).toEqual([
        { path: 'themes[1].questions[2].redFlags[0].when', message: 'a TEXT answer cannot raise a red flag' },
      ]);
    });
  });

  describe('applicability conditions', () => {
    const when = (condition: unknown) => (d: QuestionnaireDefinition) => (q(d, 1, 2).applicableWhen = condition);

    it('accepts a condition on a later question (conditions need not point backwards)', () => {
      expect(problemsAfter((d) => (d.themes[0].questions[0].applicableWhen = { question: 'T2.1', equals: 2 }))).toEqual([]);
    });

    it('refuses a condition on a question that does not exist', () => {
      expect(problemsAfter(when({ question: 'T9.9', equals: true }))).toEqual([
        { path: 'themes[1].questions[2].applicableWhen.question', message: 'no question T9.9 in this questionnaire' },
      ]);
    });

    it('refuses a value of the wrong type or an option that does not exist', () => {
      expect(problemsAfter(when({ question: 'T1.1', equals: 'yes' })).map((p) => p.path)).toEqual(['themes[1].questions[2].applicableWhen.equals']);
      expect(problemsAfter(when({ question: 'T1.2', equals: 'Z' })).map((p) => p.path)).toEqual(['themes[1].questions[2].applicableWhen.equals']);
      expect(problemsAfter(when({ question: 'T1.2', includes: 'A' })).map((p) => p.path)).toEqual(['themes[1].questions[2].applicableWhen.includes']);
      // Outside NUMBER bounds (asked of T1.1: T2.2 already reads T2.3, which would make a cycle).
      const outOfBounds = problemsAfter((d) => (d.themes[0].questions[0].applicableWhen = { question: 'T2.2', equals: 1000 }));
      expect(outOfBounds.map((p) => p.path)).toEqual(['themes[0].questions[0].applicableWhen.equals']);
    });

    it('refuses capabilities, contexts and categories that are not in the taxonomy', () => {
      const problems = problemsAfter(when({ any: [{ capability: 'TELEPATHY' }, { context: 'SPACE' }, { category: 'TOASTER' }] }));
      expect(problems.map((p) => p.path)).toEqual([
        'themes[1].questions[2].applicableWhen.any[0].capability',
        'themes[1].questions[2].applicableWhen.any[1].context',
        'themes[1].questions[2].applicableWhen.any[2].category',
      ]);
    });

    it('refuses a condition of no known form, and an empty all/any', () => {
      expect(problemsAfter(when({ question: 'T1.1' })).map((p) => p.path)).toEqual(['themes[1].questions[2].applicableWhen']);
      expect(problemsAfter(when({ capability: Capability.AI_ML_INFERENCE, context: 'BORDER_MIGRATION' })).map((p) => p.path)).toEqual([
        'themes[1].questions[2].applicableWhen',
      ]);
      expect(problemsAfter(when({ all: [] })).map((p) => p.path)).toEqual(['themes[1].questions[2].applicableWhen.all']);
    });

    it('refuses conditions nested beyond reason', () => {
      let condition: unknown = { capability: Capability.AI_ML_INFERENCE };
      for (let i = 0; i < 40; i += 1) condition = { not: condition };
      expect(problemsAfter(when(condition))).toEqual([{ path: expect.stringMatching(/applicableWhen(\.not)+$/), message: expect.stringContaining('nest') }]);
    });

    it('refuses a question that depends on its own answer', () => {
      expect(problemsAfter((d) => (d.themes[0].questions[0].applicableWhen = { question: 'T1.1', equals: true }))).toEqual([
        { path: 'themes[0].questions[0].applicableWhen', message: 'T1.1 depends on its own answer' },
      ]);
    });

    it('refuses questions whose conditions depend on each other in a cycle, reported once', () => {
      // T1.2 reads T1.1 already; T1.1 → T2.1 → T1.2 closes the loop (T2.1 also reads T1.3, outside the loop).
      const problems = problemsAfter((d) => {
        d.themes[0].questions[0].applicableWhen = { question: 'T2.1', equals: 3 };
        d.themes[1].questions[0].applicableWhen = { all: [{ question: 'T1.2', equals: 'A' }, { not: { question: 'T1.3', includes: 'A' } }] };
      });
      expect(problems).toEqual([
        { path: 'themes[0].questions[0].applicableWhen', message: 'the conditions of T1.1, T1.2, T2.1 depend on each other in a cycle' },
      ]);
    });
  });
});
