/**
 * Schema → fast-check arbitraries: for every field of `Mutation`, a document and the variables to send with it,
 * derived from the argument types alone (input objects, enums, scalars, lists, non-null), so a new mutation is
 * fuzzed the day it appears. Three kinds of case:
 *  - plausible: values a real client would send (by the names of the fields), mostly real ids of either tenant,
 *    so calls get deep into the services, up to their last checks, and some succeed; a third of their strings carry
 *    one breaking character (NUL, a lone surrogate, RTL override, zero-width, emoji, combining mark);
 *  - valid-shaped: every value has its GraphQL type, so the call reaches the resolver and the api's own validation,
 *    but the values themselves are hostile: huge, unicode, NUL, out-of-range numbers, malformed ids;
 *  - hostile: some values have the wrong type, required fields go missing, unknown fields appear.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';

export function loadSchema(file = new URL('../../../apps/api/schema.gql', import.meta.url)): GraphQLSchema {
  return buildSchema(readFileSync(file, 'utf8'));
}

export function mutationFields(schema: GraphQLSchema): GraphQLField<unknown, unknown>[] {
  return Object.values(schema.getMutationType()?.getFields() ?? {});
}

/** `mutation Fuzz($a: T!, …) { field(a: $a, …) { __typename } }`: every argument through a variable. */
export function mutationDocument(field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const argumentList = field.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isObjectType(getNamedType(field.type)) ? ' { __typename }' : '';
  return `mutation Fuzz${definitions ? `(${definitions})` : ''} { ${field.name}${argumentList ? `(${argumentList})` : ''}${selection} }`;
}

/** Real ids of the seeded world, by kind (the kinds are words that argument and input names contain). */
export type IdPools = Record<string, string[]>;

/** Plausible text for the strings the api looks into, so valid-shaped calls get past the first check. */
export interface StringHints {
  /** JSON documents in the questionnaire format (importQuestionnaire, replaceDraftDefinition). */
  questionnaires: string[];
  /** Tokens the api would accept (an invitation's), beside made-up ones. */
  tokens: string[];
  /** Serials of real certificates. */
  serials: string[];
  /** Emails of existing users (for login, invitations, sign-up conflicts). */
  emails: string[];
}

const dayFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Type-valid strings a hostile caller sends: empty, beyond every limit, unicode that breaks naive code, injection-shaped. */
const HOSTILE_STRINGS = [
  '',
  ' ',
  '\t\r\n',
  'right-to-left \u202Eexe.fdp\u202C',
  'zero\u200Bwidth\u200D\uFEFFjoiners',
  'nul \u0000 byte',
  '\u0000',
  'emoji 👩🏽‍💻🏳️‍🌈🇫🇷',
  'combining e\u0301\u0302\u0303\u0304\u0305',
  'lone \uD800 surrogate',
  'العربية עברית',
  '中文名称有限公司',
  `quotes ' " \` \\ and ;--`,
  "1' OR '1'='1",
  '%_\\%',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  '${7*7} {{7*7}}',
  'null',
  '[]',
  '{"__proto__":{"admin":true}}',
  'NaN',
  '-1',
  '1e999',
];

const hugeStrings = fc.constantFrom(
  'x'.repeat(5_001),
  'é'.repeat(2_001),
  '\u200B'.repeat(10_000),
  '👩🏽‍💻'.repeat(3_000),
  'a'.repeat(100_000),
);

/** Beyond the 1 MiB body limit: only now and then, it is slow to send. */
const OVERSIZED = 'y'.repeat(1_100_000);

const hostileString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...HOSTILE_STRINGS), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: hugeStrings, weight: 2 },
  { arbitrary: fc.constant(OVERSIZED), weight: 1 },
);

/** One character that breaks naive code, slipped into otherwise plausible text (so it passes the format checks). */
const BREAKING_CHARACTERS = ['\u0000', '\uD800', '\u202E', '\u200B', '\uFEFF', '👩🏽‍💻', 'e\u0301'];

const withBreakingCharacter = (text: fc.Arbitrary<string>) =>
  fc.tuple(text, fc.constantFrom(...BREAKING_CHARACTERS), fc.nat()).map(([value, character, at]) => {
    const position = at % (value.length + 1);
    return value.slice(0, position) + character + value.slice(position);
  });

const prose = fc.constantFrom(
  'A justification long enough to pass every minimum length',
  'Fuzz',
  'Révision annuelle — ¿por qué no?',
);

/** Strings the api reads for meaning, by a word of the argument's or field's name (lower case). */
function plausibleStrings(name: string, hints: StringHints): fc.Arbitrary<string> | null {
  const n = name.toLowerCase();
  const pick = (...values: string[]) => fc.constantFrom(...values);
  /** Mostly values the api takes, now and then a near miss. */
  const mostly = (good: fc.Arbitrary<string>, ...nearMisses: string[]) => fc.oneof({ arbitrary: good, weight: 4 }, { arbitrary: pick(...nearMisses), weight: 1 });
  if (n.includes('country')) return mostly(pick('FR', 'DE', 'US', 'BR', 'KE'), 'ZZ', 'fr', 'FRA');
  if (n.includes('email')) return mostly(fc.oneof(pick(...hints.emails), fc.emailAddress()), 'not-an-email', 'a@b');
  if (n.includes('date')) return mostly(pick(dayFromToday(30), dayFromToday(0), dayFromToday(700)), dayFromToday(-1), dayFromToday(800), '2026-02-30', '31/12/2026');
  if (n.includes('questioncode')) return pick('T1.1', 'T1.2', 'T1.3', 'T2.1', 'T2.2', 'T2.3', 'T3.1', 'T3.2', 'T9.9', 't1.1');
  if (n === 'value') {
    // JSON text: its escapes (\u0000, a lone \ud800) reach the api only once it is parsed.
    return pick('true', 'false', '"QUARTERLY"', '"NOPE"', '["A","B"]', '["A","A"]', '3', '5', '-1', '42', '1e308', '"text"', '{"a":1}', 'not json', '"nul \\u0000"', '["A","\\ud800"]');
  }
  if (n.includes('password')) return pick('a long enough password', 'short', 'correct horse battery staple');
  if (n === 'content') return hints.questionnaires.length > 0 ? fc.oneof(pick(...hints.questionnaires), pick('key: only', '{}', 'themes: [')) : null;
  if (n.includes('methodology')) return pick('assay-v1', 'assay-v9', 'v1');
  if (n.includes('website')) return pick('https://example.org', 'javascript:alert(1)', 'ftp://example.org', 'example');
  if (n.includes('serial')) return fc.oneof(pick('ASSAY-2026-7K3F9QXD', 'assay'), ...(hints.serials.length > 0 ? [pick(...hints.serials)] : []));
  if (n.includes('token')) return fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{20,60}$/), ...(hints.tokens.length > 0 ? [pick(...hints.tokens)] : []));
  return null;
}

/** Ids by the kind a name mentions (`assessmentId`, `productIds`, `UpdateProductInput.id`, …), then any id at all. */
function idArbitrary(names: string[], pools: IdPools, mode: Mode): fc.Arbitrary<string | number> {
  const all = Object.values(pools).flat();
  const kind = names
    .map((name) => name.toLowerCase())
    .flatMap((name) => Object.keys(pools).filter((k) => name.includes(k.toLowerCase())))
    .find((k) => pools[k]!.length > 0);
  const malformed = fc.constantFrom('', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', "1' OR '1'='1", 'a'.repeat(5_000), '6f1b0c1e-0000-4000-8000-00000000000\u0000', 42);
  return fc.oneof(
    ...(kind ? [{ arbitrary: fc.constantFrom(...pools[kind]!), weight: 6 }] : []),
    { arbitrary: fc.constantFrom(...all), weight: 3 },
    { arbitrary: fc.uuid(), weight: 1 },
    { arbitrary: malformed, weight: mode === 'plausible' ? 0 : 1 },
  );
}

const intArbitrary = fc.oneof(
  fc.integer({ min: -3, max: 5 }),
  fc.constantFrom(0, -1, 20, 50, 100, 200, 201, 2_147_483_647, -2_147_483_648),
  fc.integer(),
);

const floatArbitrary = fc.oneof(
  fc.constantFrom(0, -0, -1, 20, 50, 70, 100, 100.000001, 1e308, -1e308, 5e-324),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** A JSON value of another kind than the type wants (JSON has no NaN or Infinity, so those come as text). */
function wrongValue(type: GraphQLInputType): fc.Arbitrary<unknown> {
  const inner = isNonNullType(type) ? type.ofType : type;
  const missing = isNonNullType(type) ? [null] : [];
  if (isListType(inner)) return fc.constantFrom(...missing, [null], [[]], { length: 1 }, 'a');
  if (isInputObjectType(inner)) return fc.constantFrom(...missing, 'an object', [], 42, true);
  if (isEnumType(inner)) return fc.constantFrom(...missing, 'NOT_A_VALUE', inner.getValues()[0]!.name.toLowerCase(), 0, '', ['LOW']);
  switch (inner.name) {
    case 'Int':
      return fc.constantFrom(...missing, '12', 1.5, 2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, 1e300, 'NaN', 'Infinity', true, []);
    case 'Float':
      return fc.constantFrom(...missing, 'NaN', 'Infinity', '-Infinity', '1e999', true, {}, '12.5');
    case 'Boolean':
      return fc.constantFrom(...missing, 'true', 0, 1, 'yes', []);
    default:
      return fc.constantFrom(...missing, 1.5, true, [], {}, ['a'], { $gt: '' });
  }
}

/** Names a fuzzer tries to sneak into an input: mass assignment, prototype pollution, plain noise. */
const EXTRA_FIELDS = ['organisationId', 'supplierId', 'role', 'status', 'id', 'isAdmin', '__proto__', 'constructor', 'extra'];

type Mode = 'plausible' | 'valid' | 'hostile';

interface Context {
  pools: IdPools;
  hints: StringHints;
  /** The argument or field name, then the names of what encloses it (for the kind of id and the plausible text). */
  names: string[];
}

function scalarArbitrary(name: string, context: Context, mode: Mode): fc.Arbitrary<unknown> {
  const plausibleCase = mode === 'plausible';
  switch (name) {
    case 'ID':
      return idArbitrary(context.names, context.pools, mode);
    case 'String': {
      const plausible = plausibleStrings(context.names[0] ?? '', context.hints) ?? prose;
      return plausibleCase
        ? fc.oneof({ arbitrary: plausible, weight: 6 }, { arbitrary: withBreakingCharacter(plausible), weight: 3 }, { arbitrary: hostileString, weight: 1 })
        : fc.oneof({ arbitrary: plausible, weight: 3 }, { arbitrary: hostileString, weight: 2 });
    }
    case 'Int':
      return plausibleCase ? fc.integer({ min: 0, max: 4 }) : intArbitrary;
    case 'Float':
      return plausibleCase ? fc.constantFrom(20, 50, 70, 85, 100) : floatArbitrary;
    case 'Boolean':
      return fc.boolean();
    default:
      // A new scalar needs its own arbitrary here: the coverage test fails until it has one.
      throw new Error(`no arbitrary for the scalar ${name} (${context.names.join(' < ')})`);
  }
}

function valueArbitrary(type: GraphQLInputType, context: Context, mode: Mode, depth = 0): fc.Arbitrary<unknown> {
  if (depth > 6) return fc.constant(null);
  const shaped = shapedArbitrary(type, context, mode, depth);
  return mode === 'hostile' ? fc.oneof({ arbitrary: shaped, weight: 3 }, { arbitrary: wrongValue(type), weight: 1 }) : shaped;
}

function shapedArbitrary(type: GraphQLInputType, context: Context, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueArbitrary(type.ofType, context, mode, depth);
  if (isListType(type)) {
    const item = valueArbitrary(type.ofType, context, mode, depth + 1);
    if (mode === 'plausible') return fc.array(item, { minLength: 1, maxLength: 3 });
    return fc.oneof(
      { arbitrary: fc.array(item, { minLength: 1, maxLength: 3 }), weight: 6 },
      { arbitrary: fc.constant([]), weight: 1 },
      // Beyond the api's list limits (50 products, 200 answers); built from one value to stay cheap.
      { arbitrary: item.chain((one) => fc.integer({ min: 51, max: 220 }).map((length) => Array.from({ length }, () => one))), weight: 1 },
    );
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((value) => value.name));
  if (isScalarType(type)) return scalarArbitrary(type.name, context, mode);
  if (isInputObjectType(type)) return inputObjectArbitrary(type, context, mode, depth);
  throw new Error(`unexpected input type ${String(type)}`);
}

function inputObjectArbitrary(
  type: Extract<GraphQLInputType, { getFields: unknown }>,
  context: Context,
  mode: Mode,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const fields = Object.values(type.getFields());
  const model = Object.fromEntries(
    fields.map((field) => {
      const arbitrary = valueArbitrary(field.type, { ...context, names: [field.name, type.name, ...context.names] }, mode, depth + 1);
      // An optional field may also be sent as an explicit null.
      return [field.name, isNonNullType(field.type) ? arbitrary : fc.option(arbitrary, { freq: 4 })];
    }),
  );
  const required = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
  if (mode !== 'hostile') return fc.record(model, { requiredKeys: required });
  // Hostile: any field may be missing, and unknown ones may come along.
  const extras = fc.dictionary(fc.constantFrom(...EXTRA_FIELDS), fc.oneof(fc.uuid(), fc.constant('ADMIN'), fc.constant(true)), { maxKeys: 2 });
  return fc.tuple(fc.record(model, { requiredKeys: [] }), extras).map(([value, extra]) => Object.assign(Object.create(null) as object, extra, value));
}

export interface MutationCase {
  mode: Mode;
  variables: Record<string, unknown>;
}

/** Variables for one mutation: plausible, valid-shaped or hostile, a third of the time each. */
export function mutationCaseArbitrary(field: GraphQLField<unknown, unknown>, pools: IdPools, hints: StringHints): fc.Arbitrary<MutationCase> {
  const variables = (mode: Mode): fc.Arbitrary<Record<string, unknown>> => {
    const model = Object.fromEntries(
      field.args.map((arg) => [arg.name, valueArbitrary(arg.type, { pools, hints, names: [arg.name, field.name] }, mode)]),
    );
    const required = field.args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => arg.name);
    return fc.record(model, { requiredKeys: mode === 'hostile' ? [] : required });
  };
  return fc.oneof(...(['plausible', 'valid', 'hostile'] as const).map((mode) => variables(mode).map((v) => ({ mode, variables: v }))));
}
