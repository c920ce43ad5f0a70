import { Alert, Button, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client } from '../../api/graphql-client';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { formatDateTime } from '../../format';
import { graphql } from '../../gql';
import { QueryStatus } from '../query-status';

const SharingDocument = graphql(`
  query AssessmentSharing($id: ID!) {
    assessmentShares(assessmentId: $id) {
      id
      active
      clientOrganisationName
      workingGroupName
      grantedAt
      grantedByName
      withdrawnAt
    }
    assessments(first: 100) {
      nodes {
        requesterKind
        requestedByOrganisation {
          id
          legalName
        }
        workingGroup {
          id
          name
        }
      }
    }
  }
`);

const ShareDocument = graphql(`
  mutation ShareAssessment($input: ShareAssessmentInput!) {
    shareAssessment(input: $input) {
      id
    }
  }
`);

const WithdrawShareDocument = graphql(`
  mutation WithdrawAssessmentShare($id: ID!) {
    withdrawAssessmentShare(shareId: $id) {
      id
    }
  }
`);

type Target = { kind: 'client' | 'group'; id: string; name: string };

/**
 * Who the provider may share with: the clients and working groups that asked it for assessments (a provider sees
 * no other organisation). Values are `client:<id>` or `group:<id>`.
 */
function targetsOf(nodes: { requesterKind: string; requestedByOrganisation: { id: string; legalName: string }; workingGroup?: { id: string; name: string } | null }[]): Target[] {
  const targets = new Map<string, Target>();
  for (const node of nodes) {
    if (node.requesterKind === 'CLIENT' || node.requesterKind === 'WORKING_GROUP') {
      targets.set(`client:${node.requestedByOrganisation.id}`, { kind: 'client', id: node.requestedByOrganisation.id, name: node.requestedByOrganisation.legalName });
    }
    if (node.workingGroup) targets.set(`group:${node.workingGroup.id}`, { kind: 'group', id: node.workingGroup.id, name: node.workingGroup.name });
  }
  return [...targets.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** An assessment's shares: who sees it through the provider's grant; its admins share and withdraw. */
export function SharingPanel({ assessmentId }: { assessmentId: string }) {
  const { t, i18n } = useTranslation();
  const { session } = useSession();
  const isAdmin = session.status === 'signed-in' && session.user.role === 'ADMIN';
  const state = useQuery(SharingDocument, { id: assessmentId });
  const [target, setTarget] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<unknown>) {
    setError(null);
    try {
      await action();
      setTarget('');
      state.reload();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : t('common.unexpectedError'));
    }
  }

  if (state.status !== 'done') return <QueryStatus state={state} />;
  const targets = targetsOf(state.data.assessments.nodes);
  const [kind, id] = target.split(':') as ['client' | 'group' | '', string | undefined];
  const share = () =>
    run(() => client.request(ShareDocument, { input: { assessmentId, ...(kind === 'client' ? { clientOrganisationId: id } : { workingGroupId: id }) } }));

  return (
    <Stack gap="sm">
      <Text size="sm">{t('sharing.intro')}</Text>
      {state.data.assessmentShares.length === 0 ? (
        <Text size="sm">{t('sharing.none')}</Text>
      ) : (
        <Table withTableBorder captionSide="top" fz="sm">
          <Table.Caption>{t('sharing.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sharing.target')}</Table.Th>
              <Table.Th scope="col">{t('sharing.granted')}</Table.Th>
              <Table.Th scope="col">{t('sharing.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {state.data.assessmentShares.map((grant) => {
              const name = grant.clientOrganisationName ?? grant.workingGroupName ?? '';
              return (
                <Table.Tr key={grant.id}>
                  <Table.Th scope="row" fw={400}>
                    {name}
                  </Table.Th>
                  <Table.Td>{t('sharing.grantedBy', { when: formatDateTime(grant.grantedAt, i18n.language), name: grant.grantedByName ?? '' })}</Table.Td>
                  <Table.Td>
                    {grant.active ? (
                      <Group gap="xs">
                        {t('sharing.active')}
                        {isAdmin && (
                          <Button size="compact-xs" variant="outline" color="red" onClick={() => void run(() => client.request(WithdrawShareDocument, { id: grant.id }))} aria-label={t('sharing.withdrawFrom', { name })}>
                            {t('sharing.withdraw')}
                          </Button>
                        )}
                      </Group>
                    ) : (
                      t('sharing.withdrawn', { when: grant.withdrawnAt ? formatDateTime(grant.withdrawnAt, i18n.language) : '' })
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {isAdmin &&
        (targets.length === 0 ? (
          <Text size="sm">{t('sharing.noTarget')}</Text>
        ) : (
          <Group align="flex-end">
            <NativeSelect
              label={t('sharing.with')}
              value={target}
              onChange={(event) => setTarget(event.currentTarget.value)}
              data={[
                { value: '', label: t('sharing.choose') },
                ...targets.map((entry) => ({ value: `${entry.kind}:${entry.id}`, label: entry.kind === 'group' ? t('sharing.group', { name: entry.name }) : entry.name })),
              ]}
            />
            <Button disabled={!target} onClick={() => void share()}>
              {t('sharing.share')}
            </Button>
          </Group>
        ))}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
