import { DeploymentContext } from '../taxonomy.js';
import { QuestionType as Q } from './questionnaire.types.js';
import { answers, emptyScope, question, questionnaire, text } from './questionnaire.fixtures.js';
import { raisedRedFlags } from './red-flags.js';

const definition = questionnaire({
  T3: [
    question('T3.2', Q.SINGLE_CHOICE, { redFlags: [{ id: 'RF-SANCTIONS', when: { equals: 'C' }, label: text('Sanctions') }] }),
    question('T3.3', Q.BOOLEAN, { notApplicableAllowed: true, redFlags: [{ id: 'RF-END-USE-DISCLOSURE', when: { equals: false }, label: text('Refuses') }] }),
    question('T3.9', Q.MULTI_CHOICE, {
      redFlags: [
        { id: 'RF-B', when: { includes: 'B' }, label: text('B chosen') },
        { id: 'RF-C', when: { includes: 'C' }, label: text('C chosen') },
      ],
    }),
  ],
  T10: [
    question('T10.2', Q.SCALE_0_4, {
      applicableWhen: { context: DeploymentContext.PUBLIC_ORDER_PROTEST },
      redFlags: [{ id: 'RF-PROTEST', when: { equals: 0 }, label: text('Protest') }],
    }),
  ],
});

describe('red flags raised by the answers', () => {
  it('favourable answers raise none', () => {
    expect(raisedRedFlags(definition, emptyScope, answers({ 'T3.2': 'A', 'T3.3': true, 'T3.9': ['A'] }))).toEqual([]);
  });

  it('an answer equal to the rule raises its flag, with the question and the label', () => {
    expect(raisedRedFlags(definition, emptyScope, answers({ 'T3.2': 'C' }))).toEqual([{ questionCode: 'T3.2', ruleId: 'RF-SANCTIONS', label: text('Sanctions') }]);
  });

  it('false raises a flag on a yes/no question whose rule is equals: false', () => {
    expect(raisedRedFlags(definition, emptyScope, answers({ 'T3.3': false })).map((f) => f.ruleId)).toEqual(['RF-END-USE-DISCLOSURE']);
  });

  it('a multiple-choice answer raises every rule whose option it includes', () => {
    expect(raisedRedFlags(definition, emptyScope, answers({ 'T3.9': ['C', 'A', 'B'] })).map((f) => f.ruleId)).toEqual(['RF-B', 'RF-C']);
  });

  it('unanswered, cleared and NOT_APPLICABLE questions raise nothing', () => {
    const cleared = new Map([['T3.2', { value: null, notApplicable: false }]]);
    expect(raisedRedFlags(definition, emptyScope, cleared)).toEqual([]);
    expect(raisedRedFlags(definition, emptyScope, answers({ 'T3.3': 'N/A' }))).toEqual([]);
  });

  it('an answer kept on a question that does not apply to the scope raises nothing', () => {
    expect(raisedRedFlags(definition, emptyScope, answers({ 'T10.2': 0 }))).toEqual([]);
    const protest = { ...emptyScope, contexts: [DeploymentContext.PUBLIC_ORDER_PROTEST] };
    expect(raisedRedFlags(definition, protest, answers({ 'T10.2': 0 })).map((f) => f.ruleId)).toEqual(['RF-PROTEST']);
  });

  it('flags come in questionnaire order, whatever the order of the answers', () => {
    const protest = { ...emptyScope, contexts: [DeploymentContext.PUBLIC_ORDER_PROTEST] };
    const flags = raisedRedFlags(definition, protest, answers({ 'T10.2': 0, 'T3.9': ['B'], 'T3.2': 'C' }));
    expect(flags.map((f) => f.questionCode)).toEqual(['T3.2', 'T3.9', 'T10.2']);
  });
});
