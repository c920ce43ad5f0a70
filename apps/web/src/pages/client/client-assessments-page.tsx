import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from '../../api/use-query';
import { graphql } from '../../gql';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';
import { ClientAssessmentsTable } from './client-assessments-table';

const ClientAssessmentsDocument = graphql(`
  query ClientAssessments {
    assessments(first: 100) {
      nodes {
        ...ClientAssessmentFields
      }
    }
  }
`);

/** Every assessment the client may read: those it requested, its working groups' and those shared with it. */
export function ClientAssessmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('clientAssessments.title'));
  const state = useQuery(ClientAssessmentsDocument, {});
  return (
    <Stack>
      <Title order={1}>{t('clientAssessments.title')}</Title>
      <Text>{t('clientAssessments.intro')}</Text>
      <QueryStatus state={state} />
      {state.status === 'done' &&
        (state.data.assessments.nodes.length === 0 ? (
          <Text>{t('clientAssessments.none')}</Text>
        ) : (
          <ClientAssessmentsTable assessments={state.data.assessments.nodes} caption={t('clientAssessments.caption')} />
        ))}
    </Stack>
  );
}
