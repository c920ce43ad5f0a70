import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { DEFAULT_QUESTIONNAIRE_FILE, loadQuestionnaireFile } from './load-questionnaire-file.js';

describe('loading a questionnaire file', () => {
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(path.join(tmpdir(), 'assay-questionnaire-'))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    return file;
  };

  it('finds the default questionnaire in data/questionnaires', () => {
    expect(DEFAULT_QUESTIONNAIRE_FILE).toMatch(/data[\\/]questionnaires[\\/]assay-default\.yaml$/);
    expect(loadQuestionnaireFile(DEFAULT_QUESTIONNAIRE_FILE).key).toBe('assay-default');
  });

  it('reads the same questionnaire from JSON and from YAML, by extension', () => {
    const definition = loadQuestionnaireFile(DEFAULT_QUESTIONNAIRE_FILE);
    expect(loadQuestionnaireFile(write('copy.json', JSON.stringify(definition)))).toEqual(definition);
    expect(loadQuestionnaireFile(write('copy.yml', stringify(definition)))).toEqual(definition);
  });

  it('refuses an invalid questionnaire, naming the file and every problem with its path', () => {
    const definition = loadQuestionnaireFile(DEFAULT_QUESTIONNAIRE_FILE);
    definition.themes[2].questions[4].text.fr = '';
    (definition.themes[0].questions[0] as { weight: number }).weight = 7;
    const file = write('broken.json', JSON.stringify(definition));
    expect(() => loadQuestionnaireFile(file)).toThrow(
      new Error(`The questionnaire ${file} has 2 problem(s):\n  themes[0].questions[0].weight: must be 1, 2 or 3\n  themes[2].questions[4].text.fr: is required`),
    );
  });

  it('refuses a file that does not parse, or has an extension it does not know', () => {
    expect(() => loadQuestionnaireFile(write('bad.yaml', 'key: [unclosed'))).toThrow(/Cannot read the questionnaire .*bad\.yaml/);
    expect(() => loadQuestionnaireFile(write('dup.yaml', 'key: a\nkey: b\n'))).toThrow(/Cannot read the questionnaire/);
    expect(() => loadQuestionnaireFile(write('questionnaire.txt', '{}'))).toThrow(/unknown extension ".txt"/);
  });
});
