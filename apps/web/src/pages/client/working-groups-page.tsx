import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query';
import { graphql } from '../../gql';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';

const ClientWorkingGroupsDocument = graphql(`
  query ClientWorkingGroups {
    workingGroups {
      id
      name
      description
    }
  }
`);

/** The association's working groups this client belongs to. */
export function WorkingGroupsPage() {
  const { t } = useTranslation();
  usePageTitle(t('clientWorkingGroups.title'));
  const state = useQuery(ClientWorkingGroupsDocument, {});
  return (
    <Stack>
      <Title order={1}>{t('clientWorkingGroups.title')}</Title>
      <Text>{t('clientWorkingGroups.intro')}</Text>
      <QueryStatus state={state} />
      {state.status === 'done' &&
        (state.data.workingGroups.length === 0 ? (
          <Text>{t('clientWorkingGroups.none')}</Text>
        ) : (
          <List spacing="sm" listStyleType="none" aria-label={t('clientWorkingGroups.title')}>
            {state.data.workingGroups.map((group) => (
              <List.Item key={group.id}>
                <Anchor component={Link} to={`/working-groups/${group.id}`} fw={600}>
                  {group.name}
                </Anchor>
                <Text size="sm">{group.description}</Text>
              </List.Item>
            ))}
          </List>
        ))}
    </Stack>
  );
}
