import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QuestionType } from '../../gql/graphql';
import { localized, type LocalizedText } from '../../i18n/localized-text';
import { describeAnswer } from './describe-answer';

export interface QuestionText {
  code: string;
  type: QuestionType;
  text: LocalizedText;
  options: { value: string; label: LocalizedText }[];
}

export interface ExplainedRow {
  code: string;
  answer?: string | null;
  answered: boolean;
  excluded: boolean;
  weight: number;
  score: number;
  evidenceFactor: number;
  contribution: number;
}

/** Why each question counts as it does: the frozen answer, its weight, evidence factor and contribution to its theme. */
export function QuestionExplanations({ rows, questions }: { rows: ExplainedRow[]; questions: Map<string, QuestionText> }) {
  const { t, i18n } = useTranslation();
  return (
    <Table striped withTableBorder captionSide="top" fz="sm">
      <Table.Caption>{t('scorecard.explanationCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('scorecard.question')}</Table.Th>
          <Table.Th scope="col">{t('scorecard.answer')}</Table.Th>
          <Table.Th scope="col">{t('scorecard.weight')}</Table.Th>
          <Table.Th scope="col">{t('scorecard.answerScore')}</Table.Th>
          <Table.Th scope="col">{t('scorecard.evidenceFactor')}</Table.Th>
          <Table.Th scope="col">{t('scorecard.contribution')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((row) => {
          const question = questions.get(row.code);
          return (
            <Table.Tr key={row.code}>
              <Table.Th scope="row" fw={400}>
                <Text size="sm" fw={600} span>
                  {row.code}
                </Text>{' '}
                {question && localized(question.text, i18n.language)}
              </Table.Th>
              <Table.Td>
                {row.excluded
                  ? t('scorecard.excluded')
                  : question
                    ? describeAnswer(question, { value: row.answer, notApplicable: false }, t, i18n.language)
                    : (row.answer ?? t('answer.unanswered'))}
              </Table.Td>
              <Table.Td>{row.weight}</Table.Td>
              <Table.Td>{row.excluded ? '—' : row.score.toFixed(2)}</Table.Td>
              <Table.Td>{row.excluded ? '—' : row.evidenceFactor.toFixed(1)}</Table.Td>
              <Table.Td>{row.excluded ? '—' : row.contribution.toFixed(1)}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
