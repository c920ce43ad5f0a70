import type { TFunction } from 'i18next';
import type { QuestionType } from '../../gql/graphql';
import { localized, type LocalizedText } from '../../i18n/localized-text';

export const SCALE_STEPS = ['0', '1', '2', '3', '4'] as const;

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return null;
  }
}

/** An answer (its value as JSON) in words, as the reader would have chosen it: option labels, Yes/No, the scale step, the text. */
export function describeAnswer(
  question: { type: QuestionType; options: { value: string; label: LocalizedText }[] },
  answer: { value: string | null | undefined; notApplicable: boolean },
  t: TFunction,
  language: string,
): string {
  if (answer.notApplicable) return t('answer.notApplicable');
  const value = parse(answer.value ?? null);
  if (value === null) return t('answer.unanswered');
  const option = (choice: unknown) => {
    const found = question.options.find((candidate) => candidate.value === choice);
    return found ? localized(found.label, language) : String(choice);
  };
  switch (question.type) {
    case 'BOOLEAN':
      return value ? t('answer.yes') : t('answer.no');
    case 'SINGLE_CHOICE':
      return option(value);
    case 'MULTI_CHOICE':
      return Array.isArray(value) ? value.map(option).join('; ') : String(value);
    case 'SCALE_0_4':
      return t(`answer.scale.${String(value)}`);
    default:
      return String(value);
  }
}
