import { Badge, Group, List, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EligibilityCondition, Tier } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { TIER_COLOUR } from '../../status-colours';
import { formatNumber, formatPercent, localized } from './localized';

type Text3 = { en: string; fr: string; es: string };

export interface ScorecardSummaryData {
  tier: Tier;
  maturity: number;
  inherentRisk: number;
  residualRisk: number;
  confidence: number;
  methodologyVersion: string;
  redFlags: { questionCode: string; ruleId: string; label?: Text3 | null }[];
  themes: { code: string; title: Text3; score?: number | null; weight: number }[];
  eligibility: { level?: string | null };
  override?: { scoredTier: Tier; scoredMaturity: number } | null;
}

/** What a reviewer reads first: the effective numbers, the red flags and every theme's score (the chart is a bar per theme, with its value as text). */
/** `unmet`: the certificate conditions the effective numbers miss (the approval is the reviewer's, not shown here). */
export function ScorecardSummary({ scorecard, unmet }: { scorecard: ScorecardSummaryData; unmet: EligibilityCondition[] }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const language = i18n.language;
  const figures = [
    { key: 'maturity', value: formatNumber(scorecard.maturity, language) },
    { key: 'inherentRisk', value: formatNumber(scorecard.inherentRisk, language) },
    { key: 'residualRisk', value: formatNumber(scorecard.residualRisk, language) },
    { key: 'confidence', value: formatPercent(scorecard.confidence, language) },
  ];
  return (
    <Stack gap="sm">
      <Title order={2}>{t('review.scorecard.title')}</Title>
      <Group gap="xs">
        <Text fw={600}>{t('review.scorecard.tier')}</Text>
        <Badge color={TIER_COLOUR[scorecard.tier]}>{label('Tier', scorecard.tier)}</Badge>
        {scorecard.override && (
          <Text size="sm">
            {t('review.scorecard.overriddenFrom', { tier: label('Tier', scorecard.override.scoredTier), maturity: formatNumber(scorecard.override.scoredMaturity, language) })}
          </Text>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, sm: 4 }} component="dl" m={0}>
        {figures.map((figure) => (
          <div key={figure.key}>
            <Text component="dt" size="sm">
              {t(`review.scorecard.${figure.key}`)}
            </Text>
            <Text component="dd" m={0} fw={700} fz="lg">
              {figure.value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
      <Text size="sm">
        {unmet.length === 0 && scorecard.eligibility.level
          ? t('review.scorecard.eligible', { level: label('CertificateLevel', scorecard.eligibility.level) })
          : t('review.scorecard.notEligible', { unmet: unmet.map((code) => label('EligibilityCondition', code)).join('; ') })}{' '}
        · {t('review.scorecard.methodology', { version: scorecard.methodologyVersion })}
      </Text>
      {scorecard.redFlags.length > 0 ? (
        <div>
          <Text fw={600} c="red.9">
            {t('review.scorecard.redFlags', { number: scorecard.redFlags.length })}
          </Text>
          <List>
            {scorecard.redFlags.map((flag) => (
              <List.Item key={`${flag.questionCode}-${flag.ruleId}`}>
                {flag.questionCode}: {flag.label ? localized(flag.label, language) : flag.ruleId}
              </List.Item>
            ))}
          </List>
        </div>
      ) : (
        <Text size="sm">{t('review.scorecard.noRedFlag')}</Text>
      )}
      <Table withTableBorder captionSide="top">
        <Table.Caption>{t('review.scorecard.themesCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('review.scorecard.theme')}</Table.Th>
            <Table.Th scope="col">{t('review.scorecard.weight')}</Table.Th>
            <Table.Th scope="col">{t('review.scorecard.score')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {scorecard.themes.map((theme) => {
            const title = `${theme.code} ${localized(theme.title, language)}`;
            return (
              <Table.Tr key={theme.code}>
                <Table.Th scope="row" fw={400}>
                  {title}
                </Table.Th>
                <Table.Td>{formatNumber(theme.weight, language)}</Table.Td>
                <Table.Td miw={160}>
                  {theme.score === null || theme.score === undefined ? (
                    t('review.scorecard.notApplicable')
                  ) : (
                    <Group gap="xs" wrap="nowrap">
                      <Progress value={theme.score} aria-label={title} style={{ flex: 1 }} />
                      <Text size="sm" w={40} ta="right">
                        {formatNumber(theme.score, language, 0)}
                      </Text>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
