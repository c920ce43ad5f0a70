import { checkAnswerValue } from './answer-value.js';
import { QuestionType as Q } from './questionnaire.types.js';
import { question } from './questionnaire.fixtures.js';

const yesNo = question('T1.1', Q.BOOLEAN);
const single = question('T1.2', Q.SINGLE_CHOICE);
const multi = question('T1.3', Q.MULTI_CHOICE);
const scale = question('T1.4', Q.SCALE_0_4);
const percentage = question('T1.5', Q.NUMBER, { min: 0, max: 100 });
const note = question('T1.6', Q.TEXT, { maxLength: 20 });
const optional = question('T1.7', Q.BOOLEAN, { notApplicableAllowed: true });

const accepts = (q: typeof yesNo, value: unknown) => expect(checkAnswerValue(q, { value })).toBeNull();
const refuses = (q: typeof yesNo, value: unknown) => expect(checkAnswerValue(q, { value })).toEqual(expect.any(String));

describe('checking an answer against its question', () => {
  it('a yes/no question takes true or false, nothing else', () => {
    accepts(yesNo, true);
    accepts(yesNo, false);
    for (const value of ['true', 1, 0, ['true'], {}]) refuses(yesNo, value);
  });

  it('a single choice takes one of its option values', () => {
    accepts(single, 'B');
    expect(checkAnswerValue(single, { value: 'Z' })).toBe('Choose one of: A, B, C');
    for (const value of [['A'], 1, true, 'a']) refuses(single, value);
  });

  it('a multiple choice takes at least one distinct option value', () => {
    accepts(multi, ['A']);
    accepts(multi, ['C', 'A']);
    expect(checkAnswerValue(multi, { value: [] })).toBe('Choose at least one option');
    expect(checkAnswerValue(multi, { value: ['A', 'A'] })).toBe('A is chosen twice');
    expect(checkAnswerValue(multi, { value: ['A', 'Z'] })).toBe('"Z" is not an option; choose from: A, B, C');
    refuses(multi, 'A');
    refuses(multi, [1]);
  });

  it('a scale takes a whole number from 0 to 4', () => {
    for (const value of [0, 1, 2, 3, 4]) accepts(scale, value);
    for (const value of [-1, 5, 2.5, '3', NaN]) refuses(scale, value);
  });

  it('a number takes a finite number within its bounds, bounds included', () => {
    for (const value of [0, 42.5, 100]) accepts(percentage, value);
    expect(checkAnswerValue(percentage, { value: 101 })).toBe('The number must be from 0 to 100');
    for (const value of [-0.1, Infinity, NaN, '50']) refuses(percentage, value);
  });

  it('a text takes a non-blank string no longer than its maxLength', () => {
    accepts(note, 'We publish a report.');
    expect(checkAnswerValue(note, { value: '   ' })).toBe('The answer is empty; send null to clear it');
    expect(checkAnswerValue(note, { value: 'x'.repeat(21) })).toBe('The answer is longer than 20 characters');
    refuses(note, 42);
  });

  it('a text refuses what the database cannot store (NUL, an unpaired surrogate), which JSON escapes let through', () => {
    for (const value of [JSON.parse('"a\\u0000b"'), JSON.parse('"lone \\ud800"')]) {
      expect(checkAnswerValue(note, { value })).toBe('The answer must not contain NUL characters or unpaired surrogates');
    }
    accepts(note, 'Oui 👩🏽‍💻 \u202Eok');
  });

  it('a null or absent value without NOT_APPLICABLE clears the answer, whatever the type', () => {
    for (const q of [yesNo, single, multi, scale, percentage, note]) {
      expect(checkAnswerValue(q, { value: null })).toBeNull();
      expect(checkAnswerValue(q, {})).toBeNull();
      expect(checkAnswerValue(q, { value: null, notApplicable: false })).toBeNull();
    }
  });

  describe('NOT_APPLICABLE', () => {
    it('is accepted, without a value, where the question allows it', () => {
      expect(checkAnswerValue(optional, { notApplicable: true })).toBeNull();
      expect(checkAnswerValue(optional, { notApplicable: true, value: null })).toBeNull();
    });

    it('is refused where the question does not allow it', () => {
      expect(checkAnswerValue(yesNo, { notApplicable: true })).toBe('This question cannot be answered as not applicable');
    });

    it('carries no value', () => {
      expect(checkAnswerValue(optional, { notApplicable: true, value: true })).toBe('A not-applicable answer carries no value');
    });
  });
});
