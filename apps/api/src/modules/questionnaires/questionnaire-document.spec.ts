import { DomainError, ErrorCode, QuestionType, type QuestionnaireDefinition } from '@assay/domain';
import { MAX_DOCUMENT_BYTES, QuestionnaireFormat, parseQuestionnaireDocument, serialiseQuestionnaire } from './questionnaire-document.js';

const text = (en: string) => ({ en, fr: `${en} fr`, es: `${en} es` });
const definition: QuestionnaireDefinition = {
  key: 'doc-test',
  title: text('Title: with a colon, "quotes" and a # hash'),
  themes: [
    {
      code: 'T1',
      title: text('Theme'),
      questions: [
        {
          code: 'T1.1',
          type: QuestionType.SINGLE_CHOICE,
          text: text('yes'), // a YAML 1.1 boolean: must come back as the string
          options: [{ value: 'NO', label: text('No'), points: 0 }],
          weight: 2,
          required: true,
          evidenceExpected: false,
          notApplicableAllowed: false,
          applicableWhen: { any: [{ capability: 'BIOMETRIC_PROCESSING' as never }, { not: { question: 'T0.1', equals: 0 } }] },
          redFlags: [{ id: 'x', when: { equals: 'NO' }, label: text('Flag') }],
          references: ['ICoC §21', 'CM/Rec(2024)5 P6'],
        },
      ],
    },
  ],
};

function refusal(run: () => unknown): { field: string; message: string } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe(ErrorCode.BAD_USER_INPUT);
    return (error as DomainError).details.fields![0];
  }
  throw new Error('expected a refusal');
}

describe('questionnaire documents', () => {
  it.each([QuestionnaireFormat.YAML, QuestionnaireFormat.JSON])('a %s document parses back to the definition it was written from', (format) => {
    const document = serialiseQuestionnaire(definition, format);
    expect(parseQuestionnaireDocument(document, format)).toEqual(definition);
  });

  it('writes keys in the order of the format, whatever order they were stored in', () => {
    const shuffled = JSON.parse(JSON.stringify({ themes: definition.themes, title: definition.title, key: definition.key }));
    const yaml = serialiseQuestionnaire(shuffled, QuestionnaireFormat.YAML);
    expect(yaml.indexOf('key:')).toBe(0);
    expect(yaml.indexOf('title:')).toBeLessThan(yaml.indexOf('themes:'));
    expect(serialiseQuestionnaire(shuffled, QuestionnaireFormat.JSON)).toBe(serialiseQuestionnaire(definition, QuestionnaireFormat.JSON));
  });

  it('refuses syntax errors, duplicate keys and several documents in one', () => {
    expect(refusal(() => parseQuestionnaireDocument('a: [1, 2', QuestionnaireFormat.YAML))).toMatchObject({ field: 'input.content', message: expect.stringMatching(/^is not valid YAML/) });
    expect(refusal(() => parseQuestionnaireDocument('a: 1\na: 2', QuestionnaireFormat.YAML)).message).toMatch(/YAML/);
    expect(refusal(() => parseQuestionnaireDocument('a: 1\n---\nb: 2', QuestionnaireFormat.YAML)).message).toMatch(/YAML/);
    expect(refusal(() => parseQuestionnaireDocument('{"a": }', QuestionnaireFormat.JSON)).message).toMatch(/^is not valid JSON/);
  });

  it('refuses an alias expansion ("billion laughs") before it grows', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i += 1) lines.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    expect(refusal(() => parseQuestionnaireDocument(lines.join('\n'), QuestionnaireFormat.YAML)).message).toMatch(/resource exhaustion/);
  });

  it('refuses a document that expands to too many values through a few aliases', () => {
    const big = `[${Array(5000).fill('1').join(',')}]`;
    const lines = [`a: &a ${big}`, `b: [${Array(45).fill('*a').join(', ')}]`];
    expect(refusal(() => parseQuestionnaireDocument(lines.join('\n'), QuestionnaireFormat.YAML)).message).toMatch(/more than 200000 values/);
  });

  it('refuses documents nested beyond reason, and documents over 2 MB', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    expect(refusal(() => parseQuestionnaireDocument(deep, QuestionnaireFormat.JSON)).message).toMatch(/nested more than/);
    const large = JSON.stringify({ key: 'é'.repeat(MAX_DOCUMENT_BYTES / 2) });
    expect(refusal(() => parseQuestionnaireDocument(large, QuestionnaireFormat.JSON)).message).toMatch(/at most 2 MB/);
  });

  it('refuses text the database cannot store, written as escapes in a well-formed document (NUL, an unpaired surrogate)', () => {
    const withNul = serialiseQuestionnaire({ ...definition, title: text('nul \u0000') }, QuestionnaireFormat.JSON);
    expect(withNul).toContain('\\u0000');
    expect(refusal(() => parseQuestionnaireDocument(withNul, QuestionnaireFormat.JSON))).toEqual({
      field: 'input.content',
      message: 'holds text that must not contain NUL characters or unpaired surrogates (at title.en)',
    });
    expect(refusal(() => parseQuestionnaireDocument('key: "lone \\uD800"', QuestionnaireFormat.YAML)).message).toMatch(/at key\)$/);
  });

  it('keeps YAML 1.2 scalars as written: "yes", "no" and dates stay strings', () => {
    expect(parseQuestionnaireDocument('a: yes\nb: no\nc: 2024-01-01\nd: on', QuestionnaireFormat.YAML)).toEqual({ a: 'yes', b: 'no', c: '2024-01-01', d: 'on' });
  });
});
