import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { mergeLocaleFiles, type TranslationTree as Tree } from './merge-locale-files.js';

/**
 * The three languages are complete and in step with the code: the same keys everywhere, no empty text, every
 * key the sources use exists, every key exists because a source uses it, and each translated GraphQL enum
 * (`enum.<Name>`) has exactly the values the schema declares.
 */
const webSrc = path.resolve('apps/web/src');
const LANGUAGES = ['en', 'fr', 'es'] as const;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') keys.set(key, value);
    else for (const [nested, text] of flatten(value, key)) keys.set(nested, text);
  }
  return keys;
}

function localeFiles(language: string): Record<string, Tree> {
  const dir = path.join(webSrc, 'i18n/locales', language);
  return Object.fromEntries(readdirSync(dir).map((file) => [`${language}/${file}`, JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Tree]));
}

/** mergeLocaleFiles throws on a key defined in two files of a language. */
const locales = Object.fromEntries(
  LANGUAGES.map((language) => [language, flatten(mergeLocaleFiles(localeFiles(language)))]),
) as Record<(typeof LANGUAGES)[number], Map<string, string>>;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'gql' ? [] : sources(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.spec.ts') ? [full] : [];
  });
}

const code = sources(webSrc).map((file) => readFileSync(file, 'utf8')).join('\n');
/** `t('a.b')` */
const literalKeys = new Set([...code.matchAll(/\bt\(\s*'([^']+)'/g)].map((match) => match[1] as string));
/** `` t(`a.${x}.b`) ``: any value in the `${…}` places. */
const keyPatterns = [...code.matchAll(/\bt\(\s*`([^`]+)`/g)].map(
  (match) => new RegExp(`^${(match[1] as string).split(/\$\{[^}]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')).join('[^.]+')}$`),
);
/** `label('ProductCategory', …)`: the enum groups the pages show. */
const enumsUsed = new Set([...code.matchAll(/\blabel\(\s*'(\w+)'/g)].map((match) => match[1] as string));
const schema = buildSchema(readFileSync(path.resolve('apps/api/schema.gql'), 'utf8'));

describe('the web app translations', () => {
  it.each(LANGUAGES)('%s has exactly the keys of English, none empty', (language) => {
    const english = [...locales.en.keys()].sort();
    expect([...locales[language].keys()].sort()).toEqual(english);
    expect([...locales[language]].filter(([, text]) => !text.trim()).map(([key]) => key)).toEqual([]);
  });

  it('has every key the sources use', () => {
    expect([...literalKeys].filter((key) => !locales.en.has(key))).toEqual([]);
    expect(keyPatterns.filter((pattern) => ![...locales.en.keys()].some((key) => pattern.test(key))).map(String)).toEqual([]);
  });

  it('has no key the sources do not use', () => {
    const used = (key: string) =>
      literalKeys.has(key) || keyPatterns.some((pattern) => pattern.test(key) && !key.startsWith('enum.')) || (key.startsWith('enum.') && enumsUsed.has(key.split('.')[1] as string));
    expect([...locales.en.keys()].filter((key) => !used(key))).toEqual([]);
  });

  it('translates every value of each GraphQL enum it shows, and nothing else', () => {
    for (const name of enumsUsed) {
      const type = schema.getType(name);
      expect({ name, isEnum: isEnumType(type) }).toEqual({ name, isEnum: true });
      const declared = isEnumType(type) ? type.getValues().map((value) => value.name).sort() : [];
      const translated = [...locales.en.keys()].filter((key) => key.startsWith(`enum.${name}.`)).map((key) => key.slice(`enum.${name}.`.length)).sort();
      expect({ name, values: translated }).toEqual({ name, values: declared });
    }
  });
});
