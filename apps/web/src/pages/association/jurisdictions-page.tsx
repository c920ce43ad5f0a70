import { Badge, Button, Card, Group, NativeSelect, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/graphql-client';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { countryName, formatDate } from '../../format';
import { graphql } from '../../gql';
import type { JurisdictionRiskLevel } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';
import { ApiErrorAlert } from './api-error-alert';
import { fieldError, useAction } from './use-action';

const JurisdictionRisksDocument = graphql(`
  query JurisdictionRisks {
    jurisdictionRisks {
      country
      level
      rationale
      updatedAt
    }
  }
`);

const SetJurisdictionRiskDocument = graphql(`
  mutation SetJurisdictionRisk($input: SetJurisdictionRiskInput!) {
    setJurisdictionRisk(input: $input) {
      country
      level
    }
  }
`);

const ClearJurisdictionRiskDocument = graphql(`
  mutation ClearJurisdictionRisk($country: String!) {
    clearJurisdictionRisk(country: $country) {
      country
    }
  }
`);

const LEVELS: JurisdictionRiskLevel[] = ['LOW', 'MEDIUM', 'HIGH', 'SEVERE'];

/** The association's country ratings that inherent risk adds (unrated countries count as medium); admins edit them. */
export function JurisdictionsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('jurisdictions.title'));
  const label = useEnumLabel();
  const { session } = useSession();
  const isAdmin = session.status === 'signed-in' && session.user.role === 'ADMIN';
  const state = useQuery(JurisdictionRisksDocument, {});
  const clear = useAction();
  const [editing, setEditing] = useState<{ country: string; level: JurisdictionRiskLevel; rationale: string } | null>(null);

  async function clearRating(country: string) {
    if ((await clear.run(() => client.request(ClearJurisdictionRiskDocument, { country }))) !== undefined) state.reload();
  }

  return (
    <Stack>
      <Title order={1}>{t('jurisdictions.title')}</Title>
      <Text>{t('jurisdictions.intro')}</Text>
      {isAdmin && <RatingForm key={editing?.country ?? 'new'} initial={editing} onSaved={() => {
            setEditing(null);
            state.reload();
          }} />}
      <ApiErrorAlert error={clear.error} />
      <QueryStatus state={state} />
      {state.status === 'done' && (
        <Table striped withTableBorder captionSide="top">
          <Table.Caption>{t('jurisdictions.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('jurisdictions.country')}</Table.Th>
              <Table.Th scope="col">{t('jurisdictions.level')}</Table.Th>
              <Table.Th scope="col">{t('jurisdictions.rationale')}</Table.Th>
              <Table.Th scope="col">{t('jurisdictions.updated')}</Table.Th>
              {isAdmin && <Table.Th scope="col">{t('jurisdictions.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.data.jurisdictionRisks.map((risk) => (
              <Table.Tr key={risk.country}>
                <Table.Th scope="row" fw={400}>
                  {countryName(risk.country, i18n.language)} ({risk.country})
                </Table.Th>
                <Table.Td>
                  <Badge variant="outline" color="dark">
                    {label('JurisdictionRiskLevel', risk.level)}
                  </Badge>
                </Table.Td>
                <Table.Td>{risk.rationale}</Table.Td>
                <Table.Td>{risk.updatedAt ? formatDate(risk.updatedAt, i18n.language) : '—'}</Table.Td>
                {isAdmin && (
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="compact-sm" variant="outline" onClick={() => setEditing({ country: risk.country, level: risk.level, rationale: risk.rationale })}>
                        {t('jurisdictions.edit')}
                      </Button>
                      <Button size="compact-sm" variant="outline" color="red.9" loading={clear.busy} onClick={() => void clearRating(risk.country)}>
                        {t('jurisdictions.clear')}
                      </Button>
                    </Group>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function RatingForm({ initial, onSaved }: { initial: { country: string; level: JurisdictionRiskLevel; rationale: string } | null; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const label = useEnumLabel();
  const action = useAction();
  const [country, setCountry] = useState(initial?.country ?? '');
  const [level, setLevel] = useState<JurisdictionRiskLevel>(initial?.level ?? 'MEDIUM');
  const [rationale, setRationale] = useState(initial?.rationale ?? '');
  const code = country.trim().toUpperCase();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if ((await action.run(() => client.request(SetJurisdictionRiskDocument, { input: { country: code, level, rationale } }))) !== undefined) onSaved();
  }

  return (
    <Card withBorder component="form" onSubmit={(event: FormEvent) => void submit(event)} aria-labelledby="rate-country">
      <Stack gap="xs">
        <Title order={2} id="rate-country">
          {t('jurisdictions.form.title')}
        </Title>
        <Group grow align="flex-start">
          <TextInput
            label={t('jurisdictions.form.country')}
            description={code.length === 2 ? countryName(code, i18n.language) : t('jurisdictions.form.countryHint')}
            required
            maxLength={2}
            value={country}
            onChange={(event) => setCountry(event.currentTarget.value)}
            error={fieldError(action.error, 'country')}
          />
          <NativeSelect label={t('jurisdictions.form.level')} value={level} onChange={(event) => setLevel(event.currentTarget.value as JurisdictionRiskLevel)} data={LEVELS.map((value) => ({ value, label: label('JurisdictionRiskLevel', value) }))} />
        </Group>
        <Textarea label={t('jurisdictions.form.rationale')} required autosize minRows={2} value={rationale} onChange={(event) => setRationale(event.currentTarget.value)} error={fieldError(action.error, 'rationale')} />
        <Button type="submit" loading={action.busy} w="fit-content">
          {t('jurisdictions.form.submit')}
        </Button>
        <ApiErrorAlert error={action.error} fieldsShown={['country', 'rationale']} />
      </Stack>
    </Card>
  );
}
