import type { DataSource } from 'typeorm';
import { TemplateStatus, type QuestionnaireTemplate } from '@assay/database';
import { Capability, QuestionType, type LocalizedText, type QuestionDefinition, type QuestionnaireDefinition } from '@assay/domain';
import { insertTemplate } from './questionnaire-fixtures.js';

const text = (en: string): LocalizedText => ({ en, fr: `${en} (fr)`, es: `${en} (es)` });

const question = (code: string, type: QuestionType, extra: Partial<QuestionDefinition> = {}): QuestionDefinition => ({
  code,
  type,
  text: text(`Question ${code}`),
  weight: 2,
  required: true,
  evidenceExpected: false,
  notApplicableAllowed: false,
  references: ['UNGP 17'],
  ...extra,
});

const options = (...values: string[]) => values.map((value, index) => ({ value, label: text(value), points: index === 0 ? 1 : 0.5 }));

/**
 * A small questionnaire with every question type and both kinds of applicability condition:
 *  - T1.1 BOOLEAN; T1.2 TEXT (max 200) only when T1.1 is true; T1.3 SINGLE_CHOICE, NOT_APPLICABLE allowed;
 *  - T2.1 MULTI_CHOICE; T2.2 SCALE_0_4; T2.3 NUMBER 0..100, optional;
 *  - T3.1 BOOLEAN only for a scope with BIOMETRIC_PROCESSING; T3.2 TEXT (max 50), optional.
 */
export function testQuestionnaire(key = 'test-questionnaire'): QuestionnaireDefinition {
  return {
    key,
    title: text('Test questionnaire'),
    themes: [
      {
        code: 'T1',
        title: text('Governance'),
        questions: [
          question('T1.1', QuestionType.BOOLEAN, { redFlags: [{ id: 'no-policy', when: { equals: false }, label: text('No policy') }] }),
          question('T1.2', QuestionType.TEXT, { maxLength: 200, applicableWhen: { question: 'T1.1', equals: true } }),
          question('T1.3', QuestionType.SINGLE_CHOICE, { options: options('QUARTERLY', 'ANNUAL', 'NEVER'), notApplicableAllowed: true }),
        ],
      },
      {
        code: 'T2',
        title: text('Impact assessment'),
        questions: [
          question('T2.1', QuestionType.MULTI_CHOICE, { options: options('A', 'B', 'C') }),
          question('T2.2', QuestionType.SCALE_0_4),
          question('T2.3', QuestionType.NUMBER, { min: 0, max: 100, required: false }),
        ],
      },
      {
        code: 'T3',
        title: text('Privacy'),
        questions: [
          question('T3.1', QuestionType.BOOLEAN, { applicableWhen: { capability: Capability.BIOMETRIC_PROCESSING } }),
          question('T3.2', QuestionType.TEXT, { maxLength: 50, required: false }),
        ],
      },
    ],
  };
}

/**
 * Publishes `definition` as the next version of its key, straight into the database (as the questionnaire
 * module does once an association admin publishes a draft), and returns the row.
 */
export async function publishTestQuestionnaire(db: DataSource, definition: QuestionnaireDefinition = testQuestionnaire()): Promise<QuestionnaireTemplate> {
  const [row] = (await db.query(`SELECT coalesce(max(version), 0)::int + 1 AS version FROM questionnaire_template WHERE key = $1`, [definition.key])) as {
    version: number;
  }[];
  return insertTemplate(db, TemplateStatus.PUBLISHED, definition, row!.version);
}
