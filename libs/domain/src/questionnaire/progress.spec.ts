import { Capability } from '../taxonomy.js';
import { assessmentProgress, missingRequired } from './progress.js';
import { QuestionType as Q } from './questionnaire.types.js';
import { answers, emptyScope, question, questionnaire } from './questionnaire.fixtures.js';

const definition = questionnaire({
  T1: [
    question('T1.1', Q.BOOLEAN),
    question('T1.2', Q.SINGLE_CHOICE, { applicableWhen: { question: 'T1.1', equals: true } }),
    question('T1.3', Q.TEXT, { required: false }),
  ],
  T7: [
    question('T7.1', Q.SCALE_0_4, { notApplicableAllowed: true }),
    question('T7.2', Q.BOOLEAN, { applicableWhen: { capability: Capability.BIOMETRIC_PROCESSING } }),
  ],
});
const biometric = { ...emptyScope, capabilities: [Capability.BIOMETRIC_PROCESSING] };

describe('progress of an assessment', () => {
  it('a fresh assessment has answered nothing of the required questions that apply', () => {
    expect(assessmentProgress(definition, emptyScope, answers({}))).toEqual({
      overall: { answered: 0, required: 2 },
      themes: [
        { code: 'T1', answered: 0, required: 1 },
        { code: 'T7', answered: 0, required: 1 },
      ],
    });
  });

  it('questions that the scope makes applicable count as required', () => {
    expect(assessmentProgress(definition, biometric, answers({})).overall).toEqual({ answered: 0, required: 3 });
  });

  it('a follow-up becomes required once the answer it depends on opens it', () => {
    expect(assessmentProgress(definition, emptyScope, answers({ 'T1.1': true })).themes[0]).toEqual({ code: 'T1', answered: 1, required: 2 });
    expect(assessmentProgress(definition, emptyScope, answers({ 'T1.1': false })).themes[0]).toEqual({ code: 'T1', answered: 1, required: 1 });
  });

  it('NOT_APPLICABLE counts as answered where it is allowed', () => {
    expect(assessmentProgress(definition, emptyScope, answers({ 'T7.1': 'N/A' })).themes[1]).toEqual({ code: 'T7', answered: 1, required: 1 });
  });

  it('optional questions and answers to inapplicable questions do not count', () => {
    const progress = assessmentProgress(definition, emptyScope, answers({ 'T1.1': false, 'T1.2': 'A', 'T1.3': 'notes', 'T7.2': true }));
    expect(progress.overall).toEqual({ answered: 1, required: 2 });
  });

  it('a fully answered assessment is complete', () => {
    const progress = assessmentProgress(definition, biometric, answers({ 'T1.1': true, 'T1.2': 'B', 'T7.1': 3, 'T7.2': false }));
    expect(progress.overall).toEqual({ answered: 4, required: 4 });
  });
});

describe('what blocks submission', () => {
  it('lists the unanswered applicable required questions, in questionnaire order', () => {
    expect(missingRequired(definition, biometric, answers({ 'T1.1': true }))).toEqual(['T1.2', 'T7.1', 'T7.2']);
  });

  it('a cleared answer is missing again', () => {
    const cleared = new Map([['T1.1', { value: null, notApplicable: false }]]);
    expect(missingRequired(definition, emptyScope, cleared)).toEqual(['T1.1', 'T7.1']);
  });

  it('nothing is missing once every required question that applies is answered', () => {
    expect(missingRequired(definition, emptyScope, answers({ 'T1.1': false, 'T7.1': 'N/A' }))).toEqual([]);
  });
});
