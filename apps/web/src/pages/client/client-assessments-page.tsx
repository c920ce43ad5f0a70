import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from '../../api/use-query';
import { graphql } from '../../gql';
import type { AssessmentStatus } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';
import { ClientAssessmentsTable } from './client-assessments-table';

const ClientAssessmentsDocument = graphql(`
  query ClientAssessments($status: AssessmentStatus) {
    assessments(first: 100, filter: { status: $status }) {
      nodes {
        ...ClientAssessmentFields
      }
    }
  }
`);

/** In lifecycle order; `satisfies` fails the type check when the schema adds or drops a status. */
const STATUSES = Object.keys({
  REQUESTED: true,
  IN_PROGRESS: true,
  SUBMITTED: true,
  SCORING_FAILED: true,
  SCORED: true,
  UNDER_REVIEW: true,
  CHANGES_REQUESTED: true,
  APPROVED: true,
  REJECTED: true,
} satisfies Record<AssessmentStatus, true>) as AssessmentStatus[];

/** Every assessment the client may read: those it requested, its working groups' and those shared with it; the status filter lives in the address. */
export function ClientAssessmentsPage() {
  const { t } = useTranslation();
  usePageTitle(t('clientAssessments.title'));
  const label = useEnumLabel();
  const [params, setParams] = useSearchParams();
  const wanted = params.get('status');
  const status = STATUSES.find((value) => value === wanted) ?? null;
  const state = useQuery(ClientAssessmentsDocument, { status });
  return (
    <Stack>
      <Title order={1}>{t('clientAssessments.title')}</Title>
      <Text>{t('clientAssessments.intro')}</Text>
      <NativeSelect
        label={t('clientAssessments.statusFilter')}
        w={280}
        value={status ?? ''}
        onChange={(event) => setParams(event.currentTarget.value ? { status: event.currentTarget.value } : {})}
        data={[{ value: '', label: t('clientAssessments.anyStatus') }, ...STATUSES.map((value) => ({ value, label: label('AssessmentStatus', value) }))]}
      />
      <QueryStatus state={state} />
      {state.status === 'done' &&
        (state.data.assessments.nodes.length === 0 ? (
          <Text role="status">{status ? t('clientAssessments.noneWithStatus') : t('clientAssessments.none')}</Text>
        ) : (
          <ClientAssessmentsTable assessments={state.data.assessments.nodes} caption={t('clientAssessments.caption')} />
        ))}
    </Stack>
  );
}
