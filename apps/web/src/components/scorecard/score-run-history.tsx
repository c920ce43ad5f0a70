import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format';
import type { ScoreRunTrigger, Tier } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { TIER_COLOUR } from '../../status-colours';

export interface ScoreRunRow {
  id: string;
  scoredAt: string;
  submissionNumber: number;
  trigger: ScoreRunTrigger;
  methodologyVersion: string;
  inherentRisk: number;
  residualRisk: number;
  maturity: number;
  tier: Tier;
  confidence: number;
}

/** Every scoring of the assessment the reader may see, newest first. */
export function ScoreRunHistory({ runs }: { runs: ScoreRunRow[] }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  return (
    <Table striped withTableBorder captionSide="top" fz="sm">
      <Table.Caption>{t('scorecard.historyCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('scorecard.scoredAt')}</Table.Th>
          <Table.Th scope="col">{t('scorecard.submission')}</Table.Th>
          <Table.Th scope="col">{t('scorecard.methodology')}</Table.Th>
          <Table.Th scope="col">{t('scorecard.maturity')}</Table.Th>
          <Table.Th scope="col">{t('scorecard.residualRisk')}</Table.Th>
          <Table.Th scope="col">{t('scorecard.tier')}</Table.Th>
          <Table.Th scope="col">{t('scorecard.confidence')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {runs.map((run) => (
          <Table.Tr key={run.id}>
            <Table.Td>{formatDateTime(run.scoredAt, i18n.language)}</Table.Td>
            <Table.Td>
              {run.submissionNumber} ({label('ScoreRunTrigger', run.trigger)})
            </Table.Td>
            <Table.Td>{run.methodologyVersion}</Table.Td>
            <Table.Td>{run.maturity.toFixed(1)}</Table.Td>
            <Table.Td>{run.residualRisk.toFixed(1)}</Table.Td>
            <Table.Td>
              <Badge color={TIER_COLOUR[run.tier]}>{label('Tier', run.tier)}</Badge>
            </Table.Td>
            <Table.Td>{Math.round(run.confidence * 100)} %</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
