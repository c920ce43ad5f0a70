import { Badge, Button, Card, Group, NativeSelect, NumberInput, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/graphql-client';
import { formatDateTime } from '../../format';
import { graphql } from '../../gql';
import type { ReviewAssessmentQuery, Tier } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { ApiErrorAlert } from './api-error-alert';
import { formatNumber } from './localized';
import { fieldError, useAction } from './use-action';

const ProposeScoreOverrideDocument = graphql(`
  mutation ProposeScoreOverride($input: ProposeScoreOverrideInput!) {
    proposeScoreOverride(input: $input) {
      id
    }
  }
`);

const ConfirmScoreOverrideDocument = graphql(`
  mutation ConfirmScoreOverride($overrideId: ID!) {
    confirmScoreOverride(overrideId: $overrideId) {
      id
    }
  }
`);

const WithdrawScoreOverrideDocument = graphql(`
  mutation WithdrawScoreOverride($overrideId: ID!) {
    withdrawScoreOverride(overrideId: $overrideId) {
      id
    }
  }
`);

const TIERS: Tier[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
/** The api's floor, checked here too so the reviewer learns it before sending. */
const MIN_JUSTIFICATION = 20;

type Override = ReviewAssessmentQuery['assessment']['scoreOverrides'][number];

/**
 * Overrides of the tier or maturity (four eyes): the reviewer holding the claim proposes one with a justification;
 * another reviewer or admin confirms it; the proposer or an admin withdraws it. Everyone sees the Confirm button:
 * the server decides, and its refusal is shown as it says it.
 */
export function ScoreOverridePanel({ assessmentId, overrides, canPropose, onChanged }: { assessmentId: string; overrides: Override[]; canPropose: boolean; onChanged: () => void }) {
  const { t } = useTranslation();
  const pending = overrides.find((entry) => entry.status === 'PENDING');
  return (
    <Stack gap="sm">
      <Title order={2}>{t('review.override.title')}</Title>
      {overrides.length === 0 && <Text size="sm">{t('review.override.none')}</Text>}
      {overrides.map((entry) => (
        <OverrideCard key={entry.id} entry={entry} onChanged={onChanged} />
      ))}
      {canPropose && !pending && <ProposeOverrideForm assessmentId={assessmentId} onChanged={onChanged} />}
    </Stack>
  );
}

function OverrideCard({ entry, onChanged }: { entry: Override; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const action = useAction();
  const change = [entry.tier ? t('review.override.tierTo', { tier: label('Tier', entry.tier) }) : null, entry.maturity !== null && entry.maturity !== undefined ? t('review.override.maturityTo', { maturity: formatNumber(entry.maturity, i18n.language) }) : null]
    .filter(Boolean)
    .join(' · ');

  async function act(request: () => Promise<unknown>) {
    if ((await action.run(request)) !== undefined) onChanged();
  }

  return (
    <Card withBorder component="article" aria-label={t('review.override.cardLabel', { status: label('ScoreOverrideStatus', entry.status) })}>
      <Group justify="space-between">
        <Text fw={600}>{change}</Text>
        <Badge variant="outline" color="dark">
          {label('ScoreOverrideStatus', entry.status)}
        </Badge>
      </Group>
      <Text size="sm" mt={4}>
        {t('review.override.proposedBy', { name: entry.proposedBy.displayName, when: formatDateTime(entry.proposedAt, i18n.language) })}
      </Text>
      {entry.confirmedBy && entry.confirmedAt && <Text size="sm">{t('review.override.confirmedBy', { name: entry.confirmedBy.displayName, when: formatDateTime(entry.confirmedAt, i18n.language) })}</Text>}
      <Text mt="xs">{entry.justification}</Text>
      {entry.status === 'PENDING' && (
        <Group mt="sm">
          <Button size="xs" loading={action.busy} onClick={() => void act(() => client.request(ConfirmScoreOverrideDocument, { overrideId: entry.id }))}>
            {t('review.override.confirm')}
          </Button>
          <Button size="xs" variant="outline" loading={action.busy} onClick={() => void act(() => client.request(WithdrawScoreOverrideDocument, { overrideId: entry.id }))}>
            {t('review.override.withdraw')}
          </Button>
        </Group>
      )}
      <ApiErrorAlert error={action.error} />
    </Card>
  );
}

function ProposeOverrideForm({ assessmentId, onChanged }: { assessmentId: string; onChanged: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const action = useAction();
  const [tier, setTier] = useState<Tier | ''>('');
  const [maturity, setMaturity] = useState<number | string>('');
  const [justification, setJustification] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (justification.trim().length < MIN_JUSTIFICATION) return setProblem(t('review.override.justificationTooShort', { min: MIN_JUSTIFICATION }));
    setProblem(null);
    const input = { assessmentId, justification, ...(tier ? { tier } : {}), ...(typeof maturity === 'number' ? { maturity } : {}) };
    if ((await action.run(() => client.request(ProposeScoreOverrideDocument, { input }))) !== undefined) {
      setJustification('');
      onChanged();
    }
  }

  return (
    <Card withBorder component="form" onSubmit={(event: FormEvent) => void submit(event)} aria-label={t('review.override.propose')}>
      <Stack gap="xs">
        <Text fw={600}>{t('review.override.propose')}</Text>
        <Group grow align="flex-start">
          <NativeSelect
            label={t('review.override.tier')}
            value={tier}
            onChange={(event) => setTier(event.currentTarget.value as Tier | '')}
            data={[{ value: '', label: t('review.override.unchanged') }, ...TIERS.map((value) => ({ value, label: label('Tier', value) }))]}
            error={fieldError(action.error, 'tier')}
          />
          <NumberInput label={t('review.override.maturity')} description={t('review.override.maturityHint')} min={0} max={100} decimalScale={2} value={maturity} onChange={setMaturity} error={fieldError(action.error, 'maturity')} />
        </Group>
        <Textarea
          label={t('review.override.justification')}
          description={t('review.override.justificationHint', { min: MIN_JUSTIFICATION })}
          required
          autosize
          minRows={2}
          value={justification}
          onChange={(event) => setJustification(event.currentTarget.value)}
          error={problem ?? fieldError(action.error, 'justification')}
        />
        <Group>
          <Button type="submit" loading={action.busy}>
            {t('review.override.submit')}
          </Button>
        </Group>
        <ApiErrorAlert error={action.error} fieldsShown={['tier', 'maturity', 'justification']} />
      </Stack>
    </Card>
  );
}
