import { Box, Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { localized, type LocalizedText } from '../../i18n/localized-text';

export interface ThemeScore {
  code: string;
  score: number | null;
  weight: number;
  title: LocalizedText;
}

/**
 * Theme scores drawn as a bar chart (recharts), followed by the same figures as a table: the chart is for the eye
 * and hidden from assistive technologies, the table gives every reader each theme's title, score and weight.
 */
export function ThemeScoresChart({ themes }: { themes: ThemeScore[] }) {
  const bars = themes.map((theme) => ({ code: theme.code, score: theme.score ?? 0 }));
  return (
    <>
      <Box aria-hidden="true" h={Math.max(160, themes.length * 30 + 40)}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={bars} layout="vertical" margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 20, 40, 60, 80, 100]} />
            <YAxis type="category" dataKey="code" width={40} />
            <Bar dataKey="score" fill="var(--mantine-color-indigo-8)" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Box>
      <ThemeScoresTable themes={themes} />
    </>
  );
}

function ThemeScoresTable({ themes }: { themes: ThemeScore[] }) {
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
