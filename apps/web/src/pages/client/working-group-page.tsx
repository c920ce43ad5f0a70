import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { countryName } from '../../format';
import { graphql } from '../../gql';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';
import { isMissing } from './is-missing';
import { ClientAssessmentsTable } from './client-assessments-table';

const ClientWorkingGroupDocument = graphql(`
  query ClientWorkingGroup($id: ID!) {
    workingGroup(id: $id) {
      id
      name
      description
      members {
        id
        legalName
        country
      }
      watchList {
        id
        legalName
        country
      }
    }
    assessments(first: 100) {
      nodes {
        ...ClientAssessmentFields
      }
    }
  }
`);

/** One of the client's working groups: its members, the suppliers it watches and the assessments requested on its behalf. */
export function WorkingGroupPage() {
  const { workingGroupId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const state = useQuery(ClientWorkingGroupDocument, { id: workingGroupId });
  const group = state.status === 'done' ? state.data.workingGroup : null;
  usePageTitle(group?.name ?? t('clientWorkingGroup.title'));

  if (!group || state.status !== 'done') {
    return (
      <Stack>
        <Title order={1}>{t('clientWorkingGroup.title')}</Title>
        {state.status === 'error' && isMissing(state.error) ? <Text>{t('clientWorkingGroup.notFound')}</Text> : <QueryStatus state={state} />}
      </Stack>
    );
  }
  const groupAssessments = state.data.assessments.nodes.filter((assessment) => assessment.workingGroup?.id === group.id);

  return (
    <Stack>
      <Anchor component={Link} to="/working-groups" size="sm">
        {t('clientWorkingGroup.backToList')}
      </Anchor>
      <Title order={1}>{group.name}</Title>
      <Text>{group.description}</Text>

      <section aria-labelledby="group-members-heading">
        <Title order={2} id="group-members-heading" mb="xs">
          {t('clientWorkingGroup.members')}
        </Title>
        <Table striped withTableBorder captionSide="top" maw={760}>
          <Table.Caption>{t('clientWorkingGroup.membersCaption', { shown: group.members.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('clientWorkingGroup.organisation')}</Table.Th>
              <Table.Th scope="col">{t('clientWorkingGroup.country')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.members.map((member) => (
              <Table.Tr key={member.id}>
                <Table.Th scope="row">{member.legalName}</Table.Th>
                <Table.Td>{countryName(member.country, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </section>

      <section aria-labelledby="group-watch-list-heading">
        <Title order={2} id="group-watch-list-heading" mb="xs">
          {t('clientWorkingGroup.watchList')}
        </Title>
        {group.watchList.length === 0 ? (
          <Text>{t('clientWorkingGroup.noWatchedSupplier')}</Text>
        ) : (
          <Table striped withTableBorder captionSide="top" maw={760}>
            <Table.Caption>{t('clientWorkingGroup.watchListCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('clientWorkingGroup.supplier')}</Table.Th>
                <Table.Th scope="col">{t('clientWorkingGroup.country')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.watchList.map((supplier) => (
                <Table.Tr key={supplier.id}>
                  <Table.Th scope="row">
                    <Anchor component={Link} to={`/suppliers/${supplier.id}`}>
                      {supplier.legalName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{countryName(supplier.country, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </section>

      <section aria-labelledby="group-assessments-heading">
        <Title order={2} id="group-assessments-heading" mb="xs">
          {t('clientWorkingGroup.assessments')}
        </Title>
        {groupAssessments.length === 0 ? (
          <Text>{t('clientWorkingGroup.noAssessments')}</Text>
        ) : (
          <ClientAssessmentsTable assessments={groupAssessments} caption={t('clientWorkingGroup.assessmentsCaption')} />
        )}
      </section>
    </Stack>
  );
}
