import { Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { localized, type LocalizedText } from '../../i18n/localized-text';

export interface ThemeScore {
  code: string;
  score: number | null;
  weight: number;
  title: LocalizedText;
}

/** Theme scores as a bar chart that is also a table: each bar carries its value in text, for every reader. */
export function ThemeScoresChart({ themes }: { themes: ThemeScore[] }) {
  const { t, i18n } = useTranslation();
  return (
    <Table captionSide="top" verticalSpacing="xs">
      <Table.Caption>{t('scorecard.themeChart')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('scorecard.theme')}</Table.Th>
          <Table.Th scope="col" w="45%">
            {t('scorecard.score')}
          </Table.Th>
          <Table.Th scope="col">{t('scorecard.themeWeight')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {themes.map((theme) => {
          const title = `${theme.code} · ${localized(theme.title, i18n.language)}`;
          return (
            <Table.Tr key={theme.code}>
              <Table.Th scope="row" fw={400}>
                {title}
              </Table.Th>
              <Table.Td>
                {theme.score === null ? (
                  <Text size="sm">{t('scorecard.noApplicableQuestion')}</Text>
                ) : (
                  <>
                    <Progress value={theme.score} size="lg" aria-label={t('scorecard.themeBar', { theme: theme.code, score: theme.score.toFixed(1) })} />
                    <Text size="sm">{t('scorecard.outOf100', { score: theme.score.toFixed(1) })}</Text>
                  </>
                )}
              </Table.Td>
              <Table.Td>×{theme.weight}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </Table>
  );
}
