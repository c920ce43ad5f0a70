/** Builders for the scenario specs of this folder (not exported from the library). */
import { QuestionType, type AnswerValue, type LocalizedText, type QuestionDefinition, type QuestionnaireDefinition } from './questionnaire.types.js';
import type { AssessmentScope, SavedAnswer } from './applicability.js';

export const text = (en: string): LocalizedText => ({ en, fr: `${en} (fr)`, es: `${en} (es)` });

export function question(code: string, type: QuestionType, extra: Partial<QuestionDefinition> = {}): QuestionDefinition {
  const shape: Partial<QuestionDefinition> = {};
  if (type === QuestionType.SINGLE_CHOICE || type === QuestionType.MULTI_CHOICE) {
    shape.options = [
      { value: 'A', label: text('A'), points: 1 },
      { value: 'B', label: text('B'), points: 0.5 },
      { value: 'C', label: text('C'), points: 0 },
    ];
  }
  if (type === QuestionType.NUMBER) Object.assign(shape, { min: 0, max: 100 });
  if (type === QuestionType.TEXT) shape.maxLength = 20;
  return {
    code,
    type,
    text: text(`Question ${code}`),
    weight: 2,
    required: true,
    evidenceExpected: false,
    notApplicableAllowed: false,
    references: ['UNGP 17'],
    ...shape,
    ...extra,
  };
}

/** A questionnaire of one theme per entry: `{ T1: [questions], T2: [...] }`. */
export function questionnaire(themes: Record<string, QuestionDefinition[]>): QuestionnaireDefinition {
  return {
    key: 'spec-questionnaire',
    title: text('Spec questionnaire'),
    themes: Object.entries(themes).map(([code, questions]) => ({ code, title: text(`Theme ${code}`), questions })),
  };
}

export const emptyScope: AssessmentScope = { categories: [], capabilities: [], contexts: [] };

export function answers(entries: Record<string, AnswerValue | 'N/A'>): Map<string, SavedAnswer> {
  return new Map(
    Object.entries(entries).map(([code, value]) => [code, value === 'N/A' ? { value: null, notApplicable: true } : { value, notApplicable: false }]),
  );
}
