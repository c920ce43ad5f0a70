import { question, questionnaire } from '../questionnaire/questionnaire.fixtures.js';
import { QuestionType } from '../questionnaire/questionnaire.types.js';
import { carryOverAnswers, type PreviousAnswer } from './carry-over-answers.js';

const answer = (questionCode: string, value: PreviousAnswer['value'], extra: Partial<PreviousAnswer> = {}): PreviousAnswer => ({
  questionCode,
  value,
  notApplicable: false,
  comment: '',
  ...extra,
});

describe('carrying answers over to a reassessment', () => {
  it('carries every answer, comment included, when the questionnaire is unchanged', () => {
    const definition = questionnaire({ T1: [question('T1.1', QuestionType.BOOLEAN), question('T1.2', QuestionType.SCALE_0_4)] });
    const previous = [answer('T1.1', true, { comment: 'policy adopted 2024' }), answer('T1.2', 3)];
    expect(carryOverAnswers(definition, previous)).toEqual({ carried: previous, dropped: [] });
  });

  it('leaves behind the answer to a question the new version dropped', () => {
    const definition = questionnaire({ T1: [question('T1.1', QuestionType.BOOLEAN)] });
    expect(carryOverAnswers(definition, [answer('T1.1', true), answer('T1.9', false)])).toEqual({ carried: [answer('T1.1', true)], dropped: ['T1.9'] });
  });

  it('leaves behind a choice whose option the new version removed', () => {
    const definition = questionnaire({ T1: [question('T1.1', QuestionType.SINGLE_CHOICE, { options: [{ value: 'A', label: { en: 'A', fr: 'A', es: 'A' }, points: 1 }] })] });
    expect(carryOverAnswers(definition, [answer('T1.1', 'B')])).toEqual({ carried: [], dropped: ['T1.1'] });
  });

  it('leaves behind an answer whose question changed type', () => {
    const definition = questionnaire({ T1: [question('T1.1', QuestionType.SCALE_0_4)] });
    expect(carryOverAnswers(definition, [answer('T1.1', true)]).dropped).toEqual(['T1.1']);
  });

  it('carries NOT_APPLICABLE where the new version still allows it, and not where it no longer does', () => {
    const allowed = questionnaire({ T1: [question('T1.1', QuestionType.BOOLEAN, { notApplicableAllowed: true })] });
    const refused = questionnaire({ T1: [question('T1.1', QuestionType.BOOLEAN)] });
    const na = answer('T1.1', null, { notApplicable: true });
    expect(carryOverAnswers(allowed, [na]).carried).toEqual([na]);
    expect(carryOverAnswers(refused, [na]).dropped).toEqual(['T1.1']);
  });

  it('carries nothing for a cleared answer (and does not count it as dropped)', () => {
    const definition = questionnaire({ T1: [question('T1.1', QuestionType.BOOLEAN)] });
    expect(carryOverAnswers(definition, [answer('T1.1', null)])).toEqual({ carried: [], dropped: [] });
  });
});
