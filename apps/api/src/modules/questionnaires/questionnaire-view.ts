import type { QuestionDefinition, ThemeDefinition } from '@assay/domain';
import type { TemplateQuestionType, ThemeType } from './dto/questionnaire-template.type.js';

/** A stored question as GraphQL serves it: absent parts become null or empty lists, conditions become JSON. */
export function questionView(question: QuestionDefinition): TemplateQuestionType {
  return {
    code: question.code,
    type: question.type,
    text: question.text,
    help: question.help ?? null,
    options: question.options ?? [],
    min: question.min ?? null,
    max: question.max ?? null,
    target: question.target ?? null,
    maxLength: question.maxLength ?? null,
    weight: question.weight,
    required: question.required,
    evidenceExpected: question.evidenceExpected,
    notApplicableAllowed: question.notApplicableAllowed,
    references: question.references,
    applicableWhenJson: question.applicableWhen ? JSON.stringify(question.applicableWhen) : null,
    redFlags: (question.redFlags ?? []).map((flag) => ({ id: flag.id, label: flag.label, whenJson: JSON.stringify(flag.when) })),
  };
}

export function themeView(theme: ThemeDefinition): ThemeType {
  return { code: theme.code, title: theme.title, description: theme.description ?? null, questions: theme.questions.map(questionView) };
}
