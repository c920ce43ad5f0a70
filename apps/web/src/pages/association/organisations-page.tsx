import { Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/graphql-client';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { countryName, formatDate } from '../../format';
import { graphql } from '../../gql';
import type { MembershipStatus, OrganisationKind } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { MEMBERSHIP_STATUSES } from '../../i18n/enum-values';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';
import { ApiErrorAlert } from './api-error-alert';
import { useAction } from './use-action';

const OrganisationsDocument = graphql(`
  query Organisations {
    organisations {
      id
      kind
      legalName
      country
      status
      website
      createdAt
    }
  }
`);

const VerifyOrganisationDocument = graphql(`
  mutation VerifyOrganisation($id: ID!) {
    verifyOrganisation(id: $id) {
      id
      status
    }
  }
`);

const SupplierMembershipDocument = graphql(`
  query SupplierMembership($id: ID!) {
    supplier(id: $id) {
      id
      membershipStatus
    }
  }
`);

const SetSupplierMembershipDocument = graphql(`
  mutation SetSupplierMembership($supplierId: ID!, $status: MembershipStatus!) {
    setSupplierMembershipStatus(supplierId: $supplierId, status: $status) {
      id
      membershipStatus
    }
  }
`);

const KIND_ORDER: Record<OrganisationKind, number> = { ASSOCIATION: 0, PROVIDER: 1, CLIENT: 2 };

/** Every organisation: admins verify self-registered providers and set a provider's association membership. */
export function OrganisationsPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('organisations.title'));
  const label = useEnumLabel();
  const { session } = useSession();
  const isAdmin = session.status === 'signed-in' && session.user.role === 'ADMIN';
  const state = useQuery(OrganisationsDocument, {});
  const organisations = state.status === 'done' ? [...state.data.organisations].sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.legalName.localeCompare(b.legalName)) : [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>{t('organisations.title')}</Title>
        {isAdmin && <QueueDashboardLink />}
      </Group>
      <Text>{t('organisations.intro')}</Text>
      <QueryStatus state={state} />
      {state.status === 'done' && (
        <Table striped withTableBorder captionSide="top">
          <Table.Caption>{t('organisations.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('organisations.name')}</Table.Th>
              <Table.Th scope="col">{t('organisations.kind')}</Table.Th>
              <Table.Th scope="col">{t('organisations.country')}</Table.Th>
              <Table.Th scope="col">{t('organisations.status')}</Table.Th>
              <Table.Th scope="col">{t('organisations.membership')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {organisations.map((organisation) => (
              <Table.Tr key={organisation.id}>
                <Table.Th scope="row" fw={400}>
                  {organisation.legalName}
                  <Text size="sm">{t('organisations.since', { date: formatDate(organisation.createdAt, i18n.language) })}</Text>
                </Table.Th>
                <Table.Td>{label('OrganisationKind', organisation.kind)}</Table.Td>
                <Table.Td>{countryName(organisation.country, i18n.language)}</Table.Td>
                <Table.Td>
                  <Badge variant="outline" color={organisation.status === 'ACTIVE' ? 'dark' : 'red.9'}>
                    {label('OrganisationStatus', organisation.status)}
                  </Badge>
                  {isAdmin && organisation.status === 'PENDING_VERIFICATION' && <VerifyButton organisation={organisation} onVerified={state.reload} />}
                </Table.Td>
                <Table.Td>{organisation.kind === 'PROVIDER' ? <MembershipControl supplier={organisation} editable={isAdmin} /> : '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

function VerifyButton({ organisation, onVerified }: { organisation: { id: string; legalName: string }; onVerified: () => void }) {
  const { t } = useTranslation();
  const action = useAction();
  async function verify() {
    if ((await action.run(() => client.request(VerifyOrganisationDocument, { id: organisation.id }))) !== undefined) onVerified();
  }
  return (
    <>
      <Button size="compact-sm" ml="xs" loading={action.busy} onClick={() => void verify()} aria-label={t('organisations.verifyNamed', { name: organisation.legalName })}>
        {t('organisations.verify')}
      </Button>
      <ApiErrorAlert error={action.error} />
    </>
  );
}

/** A provider's membership of the association (its supplier profile), read per provider: the organisation list does not carry it. */
function MembershipControl({ supplier, editable }: { supplier: { id: string; legalName: string }; editable: boolean }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const state = useQuery(SupplierMembershipDocument, { id: supplier.id });
  const action = useAction();
  if (state.status !== 'done') return state.status === 'loading' ? <Text size="sm">{t('common.loading')}</Text> : '—';
  const current = state.data.supplier.membershipStatus;
  if (!editable) return <>{label('MembershipStatus', current)}</>;

  async function change(status: MembershipStatus) {
    if ((await action.run(() => client.request(SetSupplierMembershipDocument, { supplierId: supplier.id, status }))) !== undefined) state.reload();
  }
  return (
    <>
      <NativeSelect
        size="xs"
        aria-label={t('organisations.membershipOf', { name: supplier.legalName })}
        value={current}
        disabled={action.busy}
        onChange={(event) => void change(event.currentTarget.value as MembershipStatus)}
        data={MEMBERSHIP_STATUSES.map((value) => ({ value, label: label('MembershipStatus', value) }))}
      />
      <ApiErrorAlert error={action.error} />
    </>
  );
}

/**
 * The queue dashboard is served by the api at /admin/queues; a browser tab has no Authorization header, so the api
 * first opens a dashboard session (an HttpOnly cookie holding this session's access token) for the new tab to use.
 * The tab is opened within the click, so no popup blocker stops it, and sent to the dashboard once the session is open.
 */
function QueueDashboardLink() {
  const { t } = useTranslation();
  const action = useAction();

  async function open(event: MouseEvent) {
    event.preventDefault();
    const tab = window.open('', '_blank');
    const opened = await action.run(async () => {
      const response = await client.fetchWithSession('/admin/queues/session', { method: 'POST' });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return true;
    });
    if (!tab) return;
    if (opened) {
      tab.opener = null;
      tab.location.href = '/admin/queues';
    } else tab.close();
  }

  return (
    <div>
      <Anchor href="/admin/queues" target="_blank" rel="noopener" onClick={(event) => void open(event)}>
        {t('organisations.queueDashboard')}
      </Anchor>
      <ApiErrorAlert error={action.error} />
    </div>
  );
}
