import { parseDocument, stringify } from 'yaml';
import { NOT_STORABLE_TEXT, badInput, unstorableTextPaths, type QuestionnaireDefinition } from '@assay/domain';

export enum QuestionnaireFormat {
  YAML = 'YAML',
  JSON = 'JSON',
}

export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
/** A questionnaire needs no YAML aliases; a few are tolerated, never enough for a "billion laughs" expansion. */
const MAX_YAML_ALIASES = 50;
/** Far above any real questionnaire (the default one has a few thousand values), far below what hurts. */
const MAX_VALUES = 200_000;
const MAX_DEPTH = 40;

const CONTENT = 'input.content';

/**
 * Parses an uploaded questionnaire document into plain data (not yet validated). Bad syntax, oversized
 * documents, documents that expand (aliases) or nest beyond reason, and text that cannot be stored answer
 * BAD_USER_INPUT on `input.content`.
 */
export function parseQuestionnaireDocument(content: string, format: QuestionnaireFormat): unknown {
  if (Buffer.byteLength(content, 'utf8') > MAX_DOCUMENT_BYTES) {
    throw badInput([{ field: CONTENT, message: `must be at most ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB` }]);
  }
  const value = format === QuestionnaireFormat.YAML ? parseYaml(content) : parseJson(content);
  assertBounded(value);
  // Escapes (JSON `\u0000`, YAML `"\0"`) let a well-formed document hold text the database cannot store.
  const [unstorable] = unstorableTextPaths(value, 'document');
  if (unstorable) throw badInput([{ field: CONTENT, message: `holds text that ${NOT_STORABLE_TEXT} (at ${unstorable.replace(/^document\.?/, '') || 'the top'})` }]);
  return value;
}

function parseYaml(content: string): unknown {
  const document = parseDocument(content, { uniqueKeys: true, prettyErrors: true });
  const [error] = document.errors;
  if (error) throw badInput([{ field: CONTENT, message: `is not valid YAML: ${firstLine(error.message)}` }]);
  try {
    return document.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (error) {
    // ReferenceError: an alias to nothing, or too many aliases (an expansion attack).
    throw badInput([{ field: CONTENT, message: `is not usable YAML: ${firstLine((error as Error).message)}` }]);
  }
}

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    throw badInput([{ field: CONTENT, message: `is not valid JSON: ${firstLine((error as Error).message)}` }]);
  }
}

/** Counts values the way a JSON serialiser would see them (aliases share objects, so they count each time). */
function assertBounded(root: unknown): void {
  let values = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop()!;
    values += 1;
    if (values > MAX_VALUES) throw badInput([{ field: CONTENT, message: `holds more than ${MAX_VALUES} values` }]);
    if (depth > MAX_DEPTH) throw badInput([{ field: CONTENT, message: `is nested more than ${MAX_DEPTH} levels deep` }]);
    if (value !== null && typeof value === 'object') {
      for (const child of Object.values(value)) stack.push({ value: child, depth: depth + 1 });
    }
  }
}

const firstLine = (message: string) => message.split('\n')[0];

/** Key order of the documents written out, so an exported file reads like the format's documentation. */
const KEY_ORDER = [
  'key', 'code', 'id', 'value', 'question', 'capability', 'context', 'category', 'type', 'title', 'text', 'label',
  'description', 'help', 'options', 'points', 'min', 'max', 'target', 'maxLength', 'weight', 'required', 'evidenceExpected',
  'notApplicableAllowed', 'references', 'applicableWhen', 'when', 'equals', 'includes', 'all', 'any', 'not', 'redFlags',
  'themes', 'questions', 'en', 'fr', 'es',
];
const rank = (key: string) => {
  const index = KEY_ORDER.indexOf(key);
  return index === -1 ? KEY_ORDER.length : index;
};

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value === null || typeof value !== 'object') return value;
  // PostgreSQL's jsonb keeps keys in its own order; a stable, readable order keeps exports diff-friendly.
  const entries = Object.entries(value).sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
  return Object.fromEntries(entries.map(([key, child]) => [key, ordered(child)]));
}

/** The document of a definition: parsing it back gives the same definition. */
export function serialiseQuestionnaire(definition: QuestionnaireDefinition, format: QuestionnaireFormat): string {
  const document = ordered(definition);
  if (format === QuestionnaireFormat.JSON) return `${JSON.stringify(document, null, 2)}\n`;
  return stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 });
}
