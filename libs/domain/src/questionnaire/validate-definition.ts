import { Capability, DeploymentContext, ProductCategory } from '../taxonomy.js';
import { LANGUAGES, QuestionType, type QuestionnaireDefinition } from './questionnaire.types.js';

export interface DefinitionProblem {
  /** Where, JSON-path-like: `themes[2].questions[4].text.fr`; `$` is the whole document. */
  path: string;
  message: string;
}

export type QuestionnaireValidation =
  | { ok: true; definition: QuestionnaireDefinition }
  | { ok: false; problems: DefinitionProblem[] };

const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The `key` column is varchar(60). */
const MAX_KEY_LENGTH = 60;
const THEME_CODE = /^T\d+$/;
const QUESTION_CODE = /^T\d+\.\d+$/;
const MAX_TEXT_LENGTH = 10_000;
/** Far above a real questionnaire; keeps the recursive checks below shallow on hostile input. */
const MAX_QUESTIONS = 1_000;
const MAX_CONDITION_DEPTH = 16;
const MAX_TEXT_ANSWER_LENGTH = 10_000;

const QUESTION_TYPES = new Set<string>(Object.values(QuestionType));
const CHOICE_TYPES = new Set<string>([QuestionType.SINGLE_CHOICE, QuestionType.MULTI_CHOICE]);
const CAPABILITIES = new Set<string>(Object.values(Capability));
const CONTEXTS = new Set<string>(Object.values(DeploymentContext));
const CATEGORIES = new Set<string>(Object.values(ProductCategory));

const FIELDS = {
  questionnaire: ['key', 'title', 'description', 'themes'],
  theme: ['code', 'title', 'description', 'questions'],
  question: [
    'code', 'type', 'text', 'help', 'options', 'min', 'max', 'target', 'maxLength', 'weight', 'required',
    'evidenceExpected', 'notApplicableAllowed', 'applicableWhen', 'redFlags', 'references',
  ],
  option: ['value', 'label', 'points'],
  redFlag: ['id', 'when', 'label'],
  text: [...LANGUAGES],
};

const CONDITION_FORMS = [
  ['capability'], ['context'], ['category'], ['question', 'equals'], ['question', 'includes'], ['all'], ['any'], ['not'],
];
const CONDITION_FORMS_TEXT = CONDITION_FORMS.map((keys) => `{ ${keys.join(', ')} }`).join(', ');

type Json = Record<string, unknown>;

/** What the checks of conditions and red flags need to know about a question they point at. */
interface QuestionShape {
  code: string;
  type: QuestionType | null;
  optionValues: Set<string>;
  min?: number;
  max?: number;
}

/**
 * Structural checks of an untrusted questionnaire (an uploaded file, a stored draft, the shipped data
 * file). Reports every problem it finds, each with the path of the offending value, so an author can fix
 * a file in one pass. On success the input itself is the definition (unknown fields are refused, so
 * nothing unchecked travels with it).
 */
export function validateQuestionnaire(input: unknown): QuestionnaireValidation {
  const problems = new DefinitionChecker().check(input);
  return problems.length === 0 ? { ok: true, definition: input as QuestionnaireDefinition } : { ok: false, problems };
}

class DefinitionChecker {
  private readonly problems: DefinitionProblem[] = [];
  private readonly questions = new Map<string, QuestionShape & { path: string }>();
  private readonly redFlagIds = new Map<string, string>();
  /** Question → the questions its applicability condition reads, for the cycle check. */
  private readonly dependsOn = new Map<string, Set<string>>();

  check(input: unknown): DefinitionProblem[] {
    if (!isObject(input)) {
      this.report('$', 'must be an object with key, title and themes');
      return this.problems;
    }
    this.unknownFields(input, FIELDS.questionnaire, '');
    this.key(input.key);
    this.text(input.title, 'title');
    if (input.description !== undefined) this.text(input.description, 'description');

    const themes = this.list(input.themes, 'themes', 'must list at least one theme');
    const questionCount = themes.reduce<number>((count, theme) => count + (isObject(theme) && Array.isArray(theme.questions) ? theme.questions.length : 0), 0);
    if (questionCount > MAX_QUESTIONS) {
      this.report('themes', `holds ${questionCount} questions; at most ${MAX_QUESTIONS} are allowed`);
      return this.problems;
    }

    // First the questions themselves (so conditions may point forwards), then what refers to other questions.
    const themeCodes = new Map<string, string>();
    const pending: { question: Json; path: string; shape: QuestionShape }[] = [];
    themes.forEach((theme, t) => {
      const path = `themes[${t}]`;
      if (!isObject(theme)) return this.report(path, 'must be an object with code, title and questions');
      this.unknownFields(theme, FIELDS.theme, path);
      const code = this.themeCode(theme.code, `${path}.code`, themeCodes);
      this.text(theme.title, `${path}.title`);
      if (theme.description !== undefined) this.text(theme.description, `${path}.description`);
      this.list(theme.questions, `${path}.questions`, 'must list at least one question').forEach((question, q) => {
        const questionPath = `${path}.questions[${q}]`;
        if (!isObject(question)) return this.report(questionPath, 'must be an object');
        pending.push({ question, path: questionPath, shape: this.question(question, questionPath, code) });
      });
    });
    for (const { question, path, shape } of pending) {
      if (question.redFlags !== undefined) this.redFlags(question.redFlags, `${path}.redFlags`, shape);
      if (question.applicableWhen !== undefined) {
        const reads = new Set<string>();
        this.condition(question.applicableWhen, `${path}.applicableWhen`, 1, reads);
        this.dependsOn.set(shape.code, reads);
      }
    }
    this.cycles();
    return this.problems;
  }

  private report(path: string, message: string): void {
    this.problems.push({ path: path || '$', message });
  }

  private key(value: unknown): void {
    if (typeof value !== 'string' || value.trim() === '') return this.report('key', 'is required');
    if (value.length > MAX_KEY_LENGTH || !KEY.test(value)) {
      this.report('key', `must be lower-case letters, digits and hyphens (e.g. assay-default), at most ${MAX_KEY_LENGTH} characters`);
    }
  }

  private themeCode(value: unknown, path: string, seen: Map<string, string>): string | null {
    if (typeof value !== 'string' || !THEME_CODE.test(value)) {
      this.report(path, 'must be a theme code such as T3');
      return null;
    }
    const earlier = seen.get(value);
    if (earlier) this.report(path, `theme ${value} is already defined at ${earlier}`);
    else seen.set(value, path);
    return value;
  }

  private question(question: Json, path: string, themeCode: string | null): QuestionShape {
    this.unknownFields(question, FIELDS.question, path);
    const code = typeof question.code === 'string' ? question.code : '';
    if (!QUESTION_CODE.test(code)) {
      this.report(`${path}.code`, 'must be a question code such as T3.2');
    } else if (themeCode && !code.startsWith(`${themeCode}.`)) {
      this.report(`${path}.code`, `must start with its theme's code (${themeCode}.)`);
    }
    const type = typeof question.type === 'string' && QUESTION_TYPES.has(question.type) ? (question.type as QuestionType) : null;
    if (!type) this.report(`${path}.type`, `must be one of ${[...QUESTION_TYPES].join(', ')}`);

    this.text(question.text, `${path}.text`);
    if (question.help !== undefined) this.text(question.help, `${path}.help`);
    const optionValues = this.options(question, path, type);
    this.numberBounds(question, path, type);
    this.textLength(question, path, type);
    if (question.weight !== 1 && question.weight !== 2 && question.weight !== 3) this.report(`${path}.weight`, 'must be 1, 2 or 3');
    for (const flag of ['required', 'evidenceExpected', 'notApplicableAllowed'] as const) {
      if (typeof question[flag] !== 'boolean') this.report(`${path}.${flag}`, 'must be true or false');
    }
    this.references(question.references, `${path}.references`);

    const shape: QuestionShape = {
      code,
      type,
      optionValues,
      min: typeof question.min === 'number' ? question.min : undefined,
      max: typeof question.max === 'number' ? question.max : undefined,
    };
    if (code) {
      const earlier = this.questions.get(code);
      if (earlier) this.report(`${path}.code`, `question ${code} is already defined at ${earlier.path}`);
      else this.questions.set(code, { ...shape, path });
    }
    return shape;
  }

  private options(question: Json, path: string, type: QuestionType | null): Set<string> {
    const values = new Set<string>();
    if (!type || !CHOICE_TYPES.has(type)) {
      if (question.options !== undefined) this.report(`${path}.options`, 'only SINGLE_CHOICE and MULTI_CHOICE questions have options');
      return values;
    }
    if (!Array.isArray(question.options) || question.options.length < 2) {
      this.report(`${path}.options`, 'a choice question needs at least two options');
      return values;
    }
    question.options.forEach((option: unknown, i) => {
      const optionPath = `${path}.options[${i}]`;
      if (!isObject(option)) return this.report(optionPath, 'must be an object with value, label and points');
      this.unknownFields(option, FIELDS.option, optionPath);
      if (typeof option.value !== 'string' || option.value.trim() === '') {
        this.report(`${optionPath}.value`, 'is required');
      } else if (values.has(option.value)) {
        this.report(`${optionPath}.value`, `option ${option.value} appears twice`);
      } else {
        values.add(option.value);
      }
      this.text(option.label, `${optionPath}.label`);
      if (!isFiniteNumber(option.points) || option.points < 0 || option.points > 1) {
        this.report(`${optionPath}.points`, 'must be a number from 0 to 1');
      }
    });
    return values;
  }

  private numberBounds(question: Json, path: string, type: QuestionType | null): void {
    if (type !== QuestionType.NUMBER) {
      for (const field of ['min', 'max', 'target'] as const) {
        if (question[field] !== undefined) this.report(`${path}.${field}`, 'only NUMBER questions have bounds');
      }
      return;
    }
    const { min, max, target } = question;
    if (!isFiniteNumber(min)) this.report(`${path}.min`, 'a NUMBER question needs a finite min');
    if (!isFiniteNumber(max)) this.report(`${path}.max`, 'a NUMBER question needs a finite max');
    if (isFiniteNumber(min) && isFiniteNumber(max) && min >= max) this.report(`${path}.max`, 'must be greater than min');
    if (target !== undefined && (!isFiniteNumber(target) || (isFiniteNumber(min) && target < min) || (isFiniteNumber(max) && target > max))) {
      this.report(`${path}.target`, 'must be a number between min and max');
    }
    // The answer scores value / target (target defaults to max): a target of zero or less cannot score.
    const scoredAgainst = target ?? max;
    if (isFiniteNumber(scoredAgainst) && scoredAgainst <= 0) {
      this.report(`${path}.${target === undefined ? 'max' : 'target'}`, 'must be positive: the answer scores value / target');
    }
  }

  private textLength(question: Json, path: string, type: QuestionType | null): void {
    if (type !== QuestionType.TEXT) {
      if (question.maxLength !== undefined) this.report(`${path}.maxLength`, 'only TEXT questions have a maxLength');
      return;
    }
    const { maxLength } = question;
    if (!Number.isInteger(maxLength) || (maxLength as number) < 1 || (maxLength as number) > MAX_TEXT_ANSWER_LENGTH) {
      this.report(`${path}.maxLength`, `a TEXT question needs a maxLength from 1 to ${MAX_TEXT_ANSWER_LENGTH}`);
    }
  }

  private references(value: unknown, path: string): void {
    if (!Array.isArray(value) || value.length === 0) return this.report(path, 'must list at least one reference (e.g. UNGP 17)');
    value.forEach((reference, i) => {
      if (typeof reference !== 'string' || reference.trim() === '') this.report(`${path}[${i}]`, 'must be a non-empty text');
    });
  }

  private redFlags(value: unknown, path: string, question: QuestionShape): void {
    if (!Array.isArray(value)) return this.report(path, 'must be a list');
    value.forEach((rule: unknown, i) => {
      const rulePath = `${path}[${i}]`;
      if (!isObject(rule)) return this.report(rulePath, 'must be an object with id, when and label');
      this.unknownFields(rule, FIELDS.redFlag, rulePath);
      if (typeof rule.id !== 'string' || rule.id.trim() === '') {
        this.report(`${rulePath}.id`, 'is required');
      } else {
        const earlier = this.redFlagIds.get(rule.id);
        if (earlier) this.report(`${rulePath}.id`, `red flag ${rule.id} is already defined at ${earlier}`);
        else this.redFlagIds.set(rule.id, rulePath);
      }
      this.text(rule.label, `${rulePath}.label`);
      if (question.type === QuestionType.TEXT) return this.report(`${rulePath}.when`, 'a TEXT answer cannot raise a red flag');
      if (!isObject(rule.when)) return this.report(`${rulePath}.when`, 'must be { equals: value } or { includes: option }');
      const keys = Object.keys(rule.when);
      if (keys.length !== 1 || (keys[0] !== 'equals' && keys[0] !== 'includes')) {
        return this.report(`${rulePath}.when`, 'must be { equals: value } or { includes: option }');
      }
      this.matchValue(rule.when, `${rulePath}.when`, question);
    });
  }

  /** `{ equals }` / `{ includes }` against a question: the value must be one its answers can take. */
  private matchValue(match: Json, path: string, target: QuestionShape): void {
    if (!target.type) return; // the type itself is already reported
    if ('includes' in match) {
      if (target.type !== QuestionType.MULTI_CHOICE) return this.report(`${path}.includes`, `includes applies to MULTI_CHOICE questions; ${target.code} is ${target.type}`);
      if (typeof match.includes !== 'string' || !target.optionValues.has(match.includes)) {
        this.report(`${path}.includes`, `must be an option of ${target.code}: ${[...target.optionValues].join(', ')}`);
      }
      return;
    }
    const value = match.equals;
    const problem = equalsProblem(value, target);
    if (problem) this.report(`${path}.equals`, problem);
  }

  private condition(value: unknown, path: string, depth: number, reads: Set<string>): void {
    if (depth > MAX_CONDITION_DEPTH) return this.report(path, `conditions may nest at most ${MAX_CONDITION_DEPTH} levels deep`);
    if (!isObject(value)) return this.report(path, `must be one of ${CONDITION_FORMS_TEXT}`);
    const keys = Object.keys(value).sort();
    const form = CONDITION_FORMS.find((candidate) => candidate.length === keys.length && [...candidate].sort().every((k, i) => k === keys[i]));
    if (!form) return this.report(path, `must be one of ${CONDITION_FORMS_TEXT}`);

    switch (form[0]) {
      case 'capability':
        return this.enumValue(value.capability, CAPABILITIES, `${path}.capability`);
      case 'context':
        return this.enumValue(value.context, CONTEXTS, `${path}.context`);
      case 'category':
        return this.enumValue(value.category, CATEGORIES, `${path}.category`);
      case 'question': {
        const target = typeof value.question === 'string' ? this.questions.get(value.question) : undefined;
        if (!target) return this.report(`${path}.question`, `no question ${String(value.question)} in this questionnaire`);
        reads.add(target.code);
        return this.matchValue(value, path, target);
      }
      case 'all':
      case 'any': {
        const operands = value[form[0]];
        if (!Array.isArray(operands) || operands.length === 0) return this.report(`${path}.${form[0]}`, 'must list at least one condition');
        operands.forEach((operand, i) => this.condition(operand, `${path}.${form[0]}[${i}]`, depth + 1, reads));
        return;
      }
      case 'not':
        return this.condition(value.not, `${path}.not`, depth + 1, reads);
    }
  }

  private enumValue(value: unknown, allowed: Set<string>, path: string): void {
    if (typeof value !== 'string' || !allowed.has(value)) this.report(path, `must be one of ${[...allowed].join(', ')}`);
  }

  /** A question may not depend on its own answer, directly or through others (Tarjan's strongly connected components). */
  private cycles(): void {
    const index = new Map<string, number>();
    const lowLink = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    let counter = 0;

    const visit = (code: string): void => {
      index.set(code, counter);
      lowLink.set(code, counter);
      counter += 1;
      stack.push(code);
      onStack.add(code);
      for (const next of this.dependsOn.get(code) ?? []) {
        if (!index.has(next)) {
          visit(next);
          lowLink.set(code, Math.min(lowLink.get(code)!, lowLink.get(next)!));
        } else if (onStack.has(next)) {
          lowLink.set(code, Math.min(lowLink.get(code)!, index.get(next)!));
        }
      }
      if (lowLink.get(code) !== index.get(code)) return;
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== code);
      const selfLoop = component.length === 1 && this.dependsOn.get(code)?.has(code);
      if (component.length > 1 || selfLoop) this.reportCycle(component);
    };
    for (const code of this.dependsOn.keys()) if (!index.has(code)) visit(code);
  }

  private reportCycle(component: string[]): void {
    const inOrder = [...this.questions.values()].filter((q) => component.includes(q.code));
    const first = inOrder[0];
    const message =
      inOrder.length === 1
        ? `${first.code} depends on its own answer`
        : `the conditions of ${inOrder.map((q) => q.code).join(', ')} depend on each other in a cycle`;
    this.report(`${first.path}.applicableWhen`, message);
  }

  private text(value: unknown, path: string): void {
    if (!isObject(value)) return this.report(path, `must give the text in ${LANGUAGES.join(', ')}`);
    this.unknownFields(value, FIELDS.text, path);
    for (const language of LANGUAGES) {
      const text = value[language];
      if (typeof text !== 'string' || text.trim() === '') this.report(`${path}.${language}`, 'is required');
      else if (text.length > MAX_TEXT_LENGTH) this.report(`${path}.${language}`, `must be at most ${MAX_TEXT_LENGTH} characters`);
    }
  }

  private list(value: unknown, path: string, emptyMessage: string): unknown[] {
    if (!Array.isArray(value) || value.length === 0) {
      this.report(path, emptyMessage);
      return [];
    }
    return value;
  }

  /** A misspelt field (say `applicableWhn`) would otherwise be dropped silently and change what the questionnaire means. */
  private unknownFields(value: Json, allowed: readonly string[], path: string): void {
    for (const field of Object.keys(value)) {
      if (!allowed.includes(field)) this.report(path ? `${path}.${field}` : field, `unknown field; expected one of ${allowed.join(', ')}`);
    }
  }
}

function equalsProblem(value: unknown, target: QuestionShape): string | null {
  switch (target.type) {
    case QuestionType.BOOLEAN:
      return typeof value === 'boolean' ? null : `must be true or false (${target.code} is BOOLEAN)`;
    case QuestionType.SINGLE_CHOICE:
      return typeof value === 'string' && target.optionValues.has(value) ? null : `must be an option of ${target.code}: ${[...target.optionValues].join(', ')}`;
    case QuestionType.MULTI_CHOICE:
      return `use includes for MULTI_CHOICE questions such as ${target.code}`;
    case QuestionType.SCALE_0_4:
      return Number.isInteger(value) && (value as number) >= 0 && (value as number) <= 4 ? null : `must be a whole number from 0 to 4 (${target.code} is SCALE_0_4)`;
    case QuestionType.NUMBER: {
      const inRange = isFiniteNumber(value) && (target.min === undefined || value >= target.min) && (target.max === undefined || value <= target.max);
      return inRange ? null : `must be a number within the bounds of ${target.code}`;
    }
    case QuestionType.TEXT:
      return typeof value === 'string' ? null : `must be a text (${target.code} is TEXT)`;
    default:
      return null;
  }
}

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
