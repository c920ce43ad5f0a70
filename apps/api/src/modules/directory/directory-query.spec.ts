import { DomainError } from '@assay/domain';
import { containsPattern, decodeCursor, encodeCursor, parseDirectoryQuery } from './directory-query.js';

const ID = '3f1c2b9e-8d4a-4f6b-9c1e-2a7d5b8e0f13';

function fieldsOf(parse: () => unknown): string[] {
  try {
    parse();
  } catch (error) {
    if (error instanceof DomainError) return (error.details.fields ?? []).map((f) => f.field);
    throw error;
  }
  return [];
}

describe('directory cursor', () => {
  it('round-trips any legal name, including non-Latin scripts and punctuation', () => {
    for (const legalName of ['Acme', 'Ōkami 株式会社 "quoted" / slash', 'Щит, ООО', '']) {
      const cursor = encodeCursor({ legalName, id: ID });
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(decodeCursor(cursor)).toEqual({ legalName, id: ID });
    }
  });

  it.each([
    ['not base64url', 'abc+/='],
    ['not JSON', Buffer.from('hello').toString('base64url')],
    ['not a pair', Buffer.from(JSON.stringify(['a'])).toString('base64url')],
    ['an id that is not a uuid', Buffer.from(JSON.stringify(['a', '1; DROP TABLE x'])).toString('base64url')],
    ['a name that is not a string', Buffer.from(JSON.stringify([1, ID])).toString('base64url')],
    ['empty', ''],
  ])('refuses a cursor that is %s', (_what, text) => {
    expect(decodeCursor(text)).toBeNull();
  });
});

describe('text pattern', () => {
  it('matches the text literally: LIKE wildcards and the escape character are escaped', () => {
    expect(containsPattern('100% safe_cam\\x')).toBe('%100\\% safe\\_cam\\\\x%');
    expect(containsPattern('plain')).toBe('%plain%');
  });
});

describe('parsing a directory request', () => {
  it('keeps the filters given and trims the text', () => {
    expect(parseDirectoryQuery({ country: 'KE', text: '  drone ' }, 20, null)).toEqual({
      category: null,
      certified: false,
      country: 'KE',
      membershipStatus: null,
      textPattern: '%drone%',
      first: 20,
      after: null,
    });
  });

  it('treats a blank text as no text filter', () => {
    expect(parseDirectoryQuery({ text: '   ' }, 5, undefined).textPattern).toBeNull();
  });

  it.each([0, -1, 51, 2.5])('refuses first = %s', (first) => {
    expect(fieldsOf(() => parseDirectoryQuery(null, first, null))).toEqual(['first']);
  });

  it('accepts the bounds of first', () => {
    expect(parseDirectoryQuery(null, 1, null).first).toBe(1);
    expect(parseDirectoryQuery(null, 50, null).first).toBe(50);
  });

  it('names every bad argument at once', () => {
    expect(fieldsOf(() => parseDirectoryQuery({ country: 'XX', text: 'x'.repeat(201) }, 0, 'nope!'))).toEqual([
      'filter.country',
      'filter.text',
      'first',
      'after',
    ]);
  });

  it('refuses a lower-case country code', () => {
    expect(fieldsOf(() => parseDirectoryQuery({ country: 'fr' }, 20, null))).toEqual(['filter.country']);
  });

  it('decodes the cursor it is given', () => {
    const after = encodeCursor({ legalName: 'Acme', id: ID });
    expect(parseDirectoryQuery(null, 20, after).after).toEqual({ legalName: 'Acme', id: ID });
  });
});
