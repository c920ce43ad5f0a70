import { Badge, Group, List, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Tier } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { TIER_COLOUR } from '../../status-colours';

interface Props {
  inherentRisk: number;
  residualRisk: number;
  maturity: number;
  tier: Tier;
  confidence: number;
  eligibility: { eligible: boolean; level?: string | null; unmet: string[] };
}

function Figure({ label, value, bar }: { label: string; value: string; bar?: number }) {
  return (
    <Paper withBorder p="sm">
      <Stack gap={4}>
        <Text size="sm">{label}</Text>
        <Text fz="xl" fw={700}>
          {value}
        </Text>
        {bar !== undefined && <Progress value={bar} aria-label={`${label}: ${value}`} />}
      </Stack>
    </Paper>
  );
}

/** The headline numbers: inherent against residual risk, maturity, tier, confidence, and certificate eligibility. */
export function RiskSummary({ inherentRisk, residualRisk, maturity, tier, confidence, eligibility }: Props) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
        <Figure label={t('scorecard.inherentRisk')} value={inherentRisk.toFixed(1)} bar={inherentRisk} />
        <Figure label={t('scorecard.residualRisk')} value={residualRisk.toFixed(1)} bar={residualRisk} />
        <Figure label={t('scorecard.maturity')} value={maturity.toFixed(1)} bar={maturity} />
        <Figure label={t('scorecard.confidence')} value={`${Math.round(confidence * 100)} %`} bar={confidence * 100} />
      </SimpleGrid>
      <Group>
        <Text>{t('scorecard.tier')}</Text>
        <Badge color={TIER_COLOUR[tier]} size="lg">
          {label('Tier', tier)}
        </Badge>
        <Text>
          {eligibility.eligible ? t('scorecard.eligible', { level: eligibility.level ? label('CertificateLevel', eligibility.level) : '' }) : t('scorecard.notEligible')}
        </Text>
      </Group>
      {eligibility.unmet.length > 0 && (
        <List size="sm" aria-label={t('scorecard.unmet')}>
          {eligibility.unmet.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
