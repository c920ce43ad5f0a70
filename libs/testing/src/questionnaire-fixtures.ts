import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { QuestionnaireTemplate, TemplateStatus, templateRow } from '@assay/database';
import { QuestionType, type LocalizedText, type QuestionnaireDefinition } from '@assay/domain';

const text = (en: string): LocalizedText => ({ en, fr: `${en} (fr)`, es: `${en} (es)` });

/** A small questionnaire (valid, under a fresh key unless one is given) that uses every question type, a condition on another answer and a red flag. */
export function sampleQuestionnaire(key = `test-${randomBytes(4).toString('hex')}`): QuestionnaireDefinition {
  return {
    key,
    title: text('Sample questionnaire'),
    description: text('For tests'),
    themes: [
      {
        code: 'T1',
        title: text('Governance and accountability'),
        questions: [
          {
            code: 'T1.1',
            type: QuestionType.BOOLEAN,
            text: text('Does the board own a human-rights policy?'),
            weight: 3,
            required: true,
            evidenceExpected: true,
            notApplicableAllowed: false,
            references: ['UNGP 16'],
          },
          {
            code: 'T1.2',
            type: QuestionType.SINGLE_CHOICE,
            text: text('How often is the policy reviewed?'),
            help: text('Count the formal reviews'),
            options: [
              { value: 'NEVER', label: text('Never'), points: 0 },
              { value: 'YEARLY', label: text('Every year'), points: 1 },
            ],
            weight: 2,
            required: true,
            evidenceExpected: false,
            notApplicableAllowed: false,
            applicableWhen: { question: 'T1.1', equals: true },
            references: ['ICoC §21'],
          },
          {
            code: 'T1.3',
            type: QuestionType.MULTI_CHOICE,
            text: text('Who may end a contract for misuse?'),
            options: [
              { value: 'BOARD', label: text('The board'), points: 0.5 },
              { value: 'COMPLIANCE', label: text('Compliance'), points: 0.5 },
              { value: 'NOBODY', label: text('Nobody'), points: 0 },
            ],
            weight: 1,
            required: false,
            evidenceExpected: false,
            notApplicableAllowed: true,
            redFlags: [{ id: 'no-misuse-response', when: { includes: 'NOBODY' }, label: text('Nobody can respond to misuse') }],
            references: ['UNGP 19'],
          },
        ],
      },
      {
        code: 'T2',
        title: text('Impact assessment'),
        description: text('Necessity and proportionality'),
        questions: [
          {
            code: 'T2.1',
            type: QuestionType.SCALE_0_4,
            text: text('How mature is the impact assessment process?'),
            weight: 2,
            required: true,
            evidenceExpected: true,
            notApplicableAllowed: false,
            references: ['UNGP 17', 'CM/Rec(2024)5 P4'],
          },
          {
            code: 'T2.2',
            type: QuestionType.NUMBER,
            text: text('How many assessments were made last year?'),
            min: 0,
            max: 100,
            target: 10,
            weight: 1,
            required: false,
            evidenceExpected: false,
            notApplicableAllowed: false,
            references: ['UNGP 18'],
          },
          {
            code: 'T2.3',
            type: QuestionType.TEXT,
            text: text('Describe the last one'),
            maxLength: 2000,
            weight: 1,
            required: false,
            evidenceExpected: false,
            notApplicableAllowed: true,
            references: ['UNGP 21'],
          },
        ],
      },
    ],
  };
}

/** A template version written straight to the database (for tests of what others may do with it). */
export async function insertTemplate(db: DataSource, status: TemplateStatus, definition = sampleQuestionnaire(), version = 1): Promise<QuestionnaireTemplate> {
  const now = new Date();
  return db.getRepository(QuestionnaireTemplate).save({
    ...templateRow(definition),
    version,
    status,
    publishedAt: status === TemplateStatus.DRAFT ? null : now,
    retiredAt: status === TemplateStatus.RETIRED ? now : null,
    createdByUserId: null,
  });
}
