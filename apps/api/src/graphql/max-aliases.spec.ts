import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { maxAliasesRule } from './max-aliases.js';

const schema = buildSchema(`type Query { me: User } type User { id: ID name: String friends: [User] }`);
const errorsOf = (query: string, maximum = 3) => validate(schema, parse(query), [...specifiedRules, maxAliasesRule(maximum)]).map((e) => e.message);

describe('at most N aliases per operation', () => {
  it('accepts an operation with up to the limit', () => {
    expect(errorsOf(`{ a: me { id } b: me { id } c: me { name } }`)).toEqual([]);
  });

  it('refuses one alias too many, naming the count and the limit', () => {
    expect(errorsOf(`{ a: me { id } b: me { id } c: me { id } d: me { id } }`)).toEqual(['Too many aliases: 4 in one operation, the limit is 3']);
  });

  it('counts aliases in nested selections and inline fragments', () => {
    expect(errorsOf(`{ me { a: id ... on User { b: name friends { c: id d: name } } } }`)).toEqual(['Too many aliases: 4 in one operation, the limit is 3']);
  });

  it('counts a fragment once per spread', () => {
    expect(errorsOf(`{ me { ...F friends { ...F } } } fragment F on User { a: id b: name }`)).toEqual(['Too many aliases: 4 in one operation, the limit is 3']);
  });

  it('counts fragments that spread fragments twice over without exponential work', () => {
    const levels = 40; // 2^40 spreads if expanded naively
    const fragments = Array.from({ length: levels }, (_, i) =>
      i === levels - 1 ? `fragment F${i} on User { a: id }` : `fragment F${i} on User { ...F${i + 1} friends { ...F${i + 1} } }`,
    ).join('\n');
    const started = Date.now();
    const errors = errorsOf(`{ me { ...F0 } } ${fragments}`, 1000);
    expect(errors.some((message) => message.startsWith('Too many aliases'))).toBe(true);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('does not count plain fields', () => {
    expect(errorsOf(`{ me { id name friends { id name } } }`, 0)).toEqual([]);
  });
});
