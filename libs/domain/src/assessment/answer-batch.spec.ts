import { DomainError, ErrorCode } from '../errors.js';
import type { AssessmentScope } from '../questionnaire/applicability.js';
import { QuestionType, type LocalizedText, type QuestionDefinition, type QuestionnaireDefinition } from '../questionnaire/questionnaire.types.js';
import { Capability } from '../taxonomy.js';
import { checkAnswerBatch, type AnswerDraft, type VersionedAnswer } from './answer-batch.js';

const text = (en: string): LocalizedText => ({ en, fr: en, es: en });
const question = (code: string, type: QuestionType, extra: Partial<QuestionDefinition> = {}): QuestionDefinition => ({
  code,
  type,
  text: text(code),
  weight: 1,
  required: true,
  evidenceExpected: false,
  notApplicableAllowed: false,
  references: [],
  ...extra,
});

const DEFINITION: QuestionnaireDefinition = {
  key: 'batch',
  title: text('Batch'),
  themes: [
    {
      code: 'T1',
      title: text('T1'),
      questions: [
        question('T1.1', QuestionType.BOOLEAN),
        question('T1.2', QuestionType.TEXT, { maxLength: 10, applicableWhen: { question: 'T1.1', equals: true } }),
        question('T1.3', QuestionType.SCALE_0_4, { notApplicableAllowed: true }),
        question('T1.4', QuestionType.BOOLEAN, { applicableWhen: { capability: Capability.BIOMETRIC_PROCESSING } }),
      ],
    },
  ],
};

const NO_SCOPE: AssessmentScope = { categories: [], capabilities: [], contexts: [] };
const draft = (questionCode: string, valueJson: string | null, extra: Partial<AnswerDraft> = {}): AnswerDraft => ({
  questionCode,
  valueJson,
  notApplicable: false,
  comment: '',
  expectedVersion: 0,
  ...extra,
});
const saved = (entries: Record<string, VersionedAnswer> = {}) => new Map(Object.entries(entries));

function refusal(run: () => unknown): { code: ErrorCode; fields: string[]; message: string } {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, fields: (error.details.fields ?? []).map((f) => f.field), message: error.message };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('checking a batch of answers', () => {
  it('parses the values and gives each answer its next version', () => {
    const answers = checkAnswerBatch(DEFINITION, NO_SCOPE, saved({ 'T1.1': { value: false, notApplicable: false, version: 3 } }), [
      draft('T1.1', 'true', { expectedVersion: 3, comment: 'see policy' }),
      draft('T1.3', null, { notApplicable: true }),
    ]);
    expect(answers).toEqual([
      { questionCode: 'T1.1', value: true, notApplicable: false, comment: 'see policy', version: 4 },
      { questionCode: 'T1.3', value: null, notApplicable: true, comment: '', version: 1 },
    ]);
  });

  it('names unknown and repeated codes by their place in the batch, and bad values by their code, all at once', () => {
    const result = refusal(() =>
      checkAnswerBatch(DEFINITION, NO_SCOPE, saved(), [draft('T9.9', 'true'), draft('T1.1', '"yes"'), draft('T1.1', 'true'), draft('T1.3', '{not json')]),
    );
    expect(result).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, fields: ['answers[0].questionCode', 'answers.T1.1', 'answers[2].questionCode', 'answers.T1.3'] });
  });

  it('refuses NOT_APPLICABLE where the question does not allow it', () => {
    expect(refusal(() => checkAnswerBatch(DEFINITION, NO_SCOPE, saved(), [draft('T1.1', null, { notApplicable: true })])).fields).toEqual(['answers.T1.1']);
  });

  it('judges applicability on the answers as they will be after the batch', () => {
    // The follow-up applies because the same batch answers T1.1 = true.
    expect(checkAnswerBatch(DEFINITION, NO_SCOPE, saved(), [draft('T1.2', '"yes"'), draft('T1.1', 'true')])).toHaveLength(2);
    // And it stops applying when the batch turns T1.1 to false, although it was true before.
    const before = saved({ 'T1.1': { value: true, notApplicable: false, version: 1 } });
    expect(refusal(() => checkAnswerBatch(DEFINITION, NO_SCOPE, before, [draft('T1.1', 'false', { expectedVersion: 1 }), draft('T1.2', '"yes"')]))).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      fields: ['answers.T1.2'],
    });
  });

  it('refuses an answer to a question the scope excludes, but lets one be cleared', () => {
    expect(refusal(() => checkAnswerBatch(DEFINITION, NO_SCOPE, saved(), [draft('T1.4', 'true')])).fields).toEqual(['answers.T1.4']);
    expect(checkAnswerBatch(DEFINITION, { ...NO_SCOPE, capabilities: [Capability.BIOMETRIC_PROCESSING] }, saved(), [draft('T1.4', 'true')])).toHaveLength(1);
    expect(checkAnswerBatch(DEFINITION, NO_SCOPE, saved({ 'T1.4': { value: true, notApplicable: false, version: 1 } }), [draft('T1.4', null, { expectedVersion: 1 })])).toEqual([
      { questionCode: 'T1.4', value: null, notApplicable: false, comment: '', version: 2 },
    ]);
  });

  it('answers CONFLICT naming every stale answer, a new answer included when it already exists', () => {
    const before = saved({ 'T1.1': { value: true, notApplicable: false, version: 2 }, 'T1.3': { value: 1, notApplicable: false, version: 1 } });
    const result = refusal(() => checkAnswerBatch(DEFINITION, NO_SCOPE, before, [draft('T1.1', 'true', { expectedVersion: 1 }), draft('T1.2', '"ok"'), draft('T1.3', '2')]));
    expect(result.code).toBe(ErrorCode.CONFLICT);
    expect(result.fields).toEqual(['answers.T1.1', 'answers.T1.3']);
    expect(result.message).toContain('T1.1, T1.3');
  });
});
