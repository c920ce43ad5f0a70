import { encodeValue, parseValue, sameDraft } from './answer-draft.js';

describe('answer drafts', () => {
  it('encode each kind of value as the JSON saveAnswers takes', () => {
    expect(encodeValue(true)).toBe('true');
    expect(encodeValue('QUARTERLY')).toBe('"QUARTERLY"');
    expect(encodeValue(['A', 'B'])).toBe('["A","B"]');
    expect(encodeValue(3)).toBe('3');
    expect(encodeValue('Our policy, p. 4')).toBe('"Our policy, p. 4"');
  });

  it('clear the answer for an empty choice list, an empty or blank text and an empty number field', () => {
    expect(encodeValue([])).toBeNull();
    expect(encodeValue('')).toBeNull();
    expect(encodeValue('   ')).toBeNull();
    expect(encodeValue(null)).toBeNull();
  });

  it('parse back what they encode, and read malformed JSON as unanswered', () => {
    expect(parseValue(encodeValue(['A']))).toEqual(['A']);
    expect(parseValue(encodeValue(false))).toBe(false);
    expect(parseValue('{not json')).toBeNull();
    expect(parseValue(null)).toBeNull();
  });

  it('compare value, not-applicable and comment', () => {
    const draft = { value: 'true', notApplicable: false, comment: '' };
    expect(sameDraft(draft, { ...draft })).toBe(true);
    expect(sameDraft(draft, { ...draft, comment: 'see annex' })).toBe(false);
    expect(sameDraft(draft, undefined)).toBe(false);
  });
});
