import { ErrorCode, MAX_CERTIFICATE_CONDITIONS_LENGTH, Tier, type DomainError } from '@assay/domain';
import { checkApproval, checkChangeRequest, checkOverrideProposal, checkRejection } from './review-input.js';

const fieldsOf = (work: () => unknown): string[] => {
  try {
    work();
  } catch (error) {
    expect((error as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
    return ((error as DomainError).details.fields ?? []).map((f) => f.field);
  }
  throw new Error('expected BAD_USER_INPUT');
};
const known = (code: string) => ['T1.1', 'T2.2'].includes(code);

describe('review input', () => {
  it('an approval may say nothing; blank text counts as nothing', () => {
    expect(checkApproval({ comment: '  ', conditions: null })).toEqual({ comment: null, conditions: null });
    expect(checkApproval({ conditions: ' Yearly audit ' })).toEqual({ comment: null, conditions: 'Yearly audit' });
  });

  it('conditions longer than a certificate can carry are refused at approval, not when the certificate is signed', () => {
    expect(fieldsOf(() => checkApproval({ conditions: 'c'.repeat(MAX_CERTIFICATE_CONDITIONS_LENGTH + 1) }))).toEqual(['input.conditions']);
    expect(checkApproval({ conditions: 'c'.repeat(MAX_CERTIFICATE_CONDITIONS_LENGTH) }).conditions).toHaveLength(MAX_CERTIFICATE_CONDITIONS_LENGTH);
  });

  it('a rejection without a comment is refused', () => {
    expect(fieldsOf(() => checkRejection({ comment: ' \n ' }))).toEqual(['input.comment']);
  });

  it('a change request names every unknown question code and blank comment by position', () => {
    const request = { comment: 'Improve', questionComments: [{ questionCode: 'T1.1', comment: 'ok' }, { questionCode: 'T9.9', comment: '' }] };
    expect(fieldsOf(() => checkChangeRequest(request, known))).toEqual(['input.questionComments[1].questionCode', 'input.questionComments[1].comment']);
  });

  it('a valid change request keeps trimmed comments', () => {
    expect(checkChangeRequest({ comment: ' Improve ', questionComments: [{ questionCode: ' T2.2 ', comment: ' Show it ' }] }, known)).toEqual({
      comment: 'Improve',
      questionComments: [{ questionCode: 'T2.2', comment: 'Show it' }],
    });
  });

  it('an override needs a justification of 20 characters, a maturity within 0..100, and something to change', () => {
    expect(fieldsOf(() => checkOverrideProposal({ tier: Tier.LOW, justification: 'too short' }))).toEqual(['input.justification']);
    expect(fieldsOf(() => checkOverrideProposal({ maturity: -1, justification: 'x'.repeat(20) }))).toEqual(['input.maturity']);
    expect(fieldsOf(() => checkOverrideProposal({ justification: 'x'.repeat(20) }))).toEqual(['input']);
    expect(checkOverrideProposal({ maturity: 0, justification: ` ${'x'.repeat(20)} ` })).toEqual({ tier: null, maturity: 0, justification: 'x'.repeat(20) });
  });
});
