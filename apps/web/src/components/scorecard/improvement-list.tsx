import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized } from '../../i18n/localized-text';
import type { Improvement } from './improvements';
import type { QuestionText } from './question-explanations';

/** How many of the biggest losses to show: the first steps, not the whole questionnaire again. */
const SHOWN = 10;

/** What to improve: the questions losing the most maturity points first, and whether evidence is what is missing. */
export function ImprovementList({ improvements, questions }: { improvements: Improvement[]; questions: Map<string, QuestionText> }) {
  const { t, i18n } = useTranslation();
  if (improvements.length === 0) return <Text>{t('scorecard.nothingToImprove')}</Text>;
  return (
    <List type="ordered" spacing="xs">
      {improvements.slice(0, SHOWN).map((item) => {
        const question = questions.get(item.code);
        return (
          <List.Item key={item.code}>
            <Text size="sm">
              <strong>{item.code}</strong> {question && localized(question.text, i18n.language)}
            </Text>
            <Text size="sm">
              {t('scorecard.pointsLost', { points: item.maturityPointsLost.toFixed(1) })}
              {item.evidenceMissing && ` ${t('scorecard.addEvidence')}`}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
