import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { validateQuestionnaire, type QuestionnaireDefinition } from '@assay/domain';

/** The questionnaire that ships with the product (format: docs/questionnaire-format.md). */
export const DEFAULT_QUESTIONNAIRE_FILE: string = fileURLToPath(new URL('../../../../data/questionnaires/assay-default.yaml', import.meta.url));

/**
 * Reads a questionnaire data file (YAML for `.yaml`/`.yml`, JSON for `.json`) and validates it. A file
 * that does not parse or does not pass validation throws, naming the file and listing every problem:
 * these files are written by the association and shipped or seeded, so a bad one must stop the start.
 */
export function loadQuestionnaireFile(file: string): QuestionnaireDefinition {
  const source = readFileSync(file, 'utf8');
  const extension = path.extname(file).toLowerCase();
  let parsed: unknown;
  try {
    if (extension === '.yaml' || extension === '.yml') parsed = parseYaml(source, { uniqueKeys: true });
    else if (extension === '.json') parsed = JSON.parse(source);
    else throw new Error(`unknown extension "${extension}"; use .yaml, .yml or .json`);
  } catch (error) {
    throw new Error(`Cannot read the questionnaire ${file}: ${(error as Error).message}`, { cause: error });
  }
  const checked = validateQuestionnaire(parsed);
  if (!checked.ok) {
    const problems = checked.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n');
    throw new Error(`The questionnaire ${file} has ${checked.problems.length} problem(s):\n${problems}`);
  }
  return checked.definition;
}
