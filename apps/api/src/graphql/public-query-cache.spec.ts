import { parse } from 'graphql';
import { isQueryOperation } from './public-query-cache.js';

describe('isQueryOperation (what the public query cache may keep)', () => {
  it('is true for a document whose only operation is a query, named or not', () => {
    expect(isQueryOperation(parse('{ directory { nodes { id } } }'), null)).toBe(true);
    expect(isQueryOperation(parse('query Directory { directory { nodes { id } } }'), null)).toBe(true);
  });

  it('is false for a mutation or a subscription', () => {
    expect(isQueryOperation(parse('mutation { logout(input: { refreshToken: "x" }) }'), null)).toBe(false);
    expect(isQueryOperation(parse('subscription { changes }'), null)).toBe(false);
  });

  it('looks at the operation the request names when the document holds several', () => {
    const document = parse('query Read { a } mutation Write { b }');
    expect(isQueryOperation(document, 'Read')).toBe(true);
    expect(isQueryOperation(document, 'Write')).toBe(false);
  });

  it('is null when it cannot tell which operation runs (mercurius answers the error)', () => {
    expect(isQueryOperation(parse('query A { a } query B { b }'), null)).toBeNull();
    expect(isQueryOperation(parse('query A { a }'), 'B')).toBeNull();
  });
});
