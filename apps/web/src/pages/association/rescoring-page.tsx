import { Anchor, Badge, Button, Card, Group, List, Progress, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { client } from '../../api/graphql-client';
import { useSession } from '../../api/session';
import { useQuery } from '../../api/use-query';
import { formatDateTime } from '../../format';
import { graphql } from '../../gql';
import type { RescoringProgressQuery } from '../../gql/graphql';
import { useEnumLabel } from '../../i18n/enum-label';
import { usePageTitle } from '../../layout/page-title';
import { QueryStatus } from '../query-status';
import { ApiErrorAlert } from './api-error-alert';
import { fieldError, useAction } from './use-action';

const RescoringsDocument = graphql(`
  query Rescorings {
    rescorings(first: 20) {
      nodes {
        id
        methodologyVersion
        status
        total
        done
        failed
        requestedAt
        finishedAt
        requestedBy {
          displayName
        }
        failures(first: 20) {
          assessmentId
          error
          failedAt
        }
      }
    }
  }
`);

const RescoringProgressDocument = graphql(`
  query RescoringProgress($id: ID!) {
    rescoring(id: $id) {
      id
      methodologyVersion
      status
      total
      done
      failed
    }
  }
`);

const RescoreAssessmentsDocument = graphql(`
  mutation RescoreAssessments($input: RescoreAssessmentsInput!) {
    rescoreAssessments(input: $input) {
      id
    }
  }
`);

/** How often a running re-scoring's progress is read. */
const POLL_MS = 1_500;

/** Re-scoring every scored assessment under a methodology version (admins start it), its progress live, and the past ones with their failures. */
export function RescoringPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('rescoring.title'));
  const label = useEnumLabel();
  const { session } = useSession();
  const isAdmin = session.status === 'signed-in' && session.user.role === 'ADMIN';
  const state = useQuery(RescoringsDocument, {});
  const [started, setStarted] = useState<string | null>(null);
  const running = state.status === 'done' ? state.data.rescorings.nodes.find((rescoring) => rescoring.status === 'RUNNING') : undefined;
  const followed = started ?? running?.id ?? null;

  return (
    <Stack>
      <Title order={1}>{t('rescoring.title')}</Title>
      <Text>{t('rescoring.intro')}</Text>
      {isAdmin && <StartRescoringForm onStarted={setStarted} />}
      {followed && (
        <LiveProgress
          key={followed}
          rescoringId={followed}
          onFinished={() => {
            setStarted(null);
            state.reload();
          }}
        />
      )}
      <QueryStatus state={state} />
      {state.status === 'done' &&
        (state.data.rescorings.nodes.length === 0 ? (
          <Text>{t('rescoring.none')}</Text>
        ) : (
          <Table striped withTableBorder captionSide="top">
            <Table.Caption>{t('rescoring.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rescoring.requested')}</Table.Th>
                <Table.Th scope="col">{t('rescoring.methodology')}</Table.Th>
                <Table.Th scope="col">{t('rescoring.status')}</Table.Th>
                <Table.Th scope="col">{t('rescoring.counts')}</Table.Th>
                <Table.Th scope="col">{t('rescoring.failures')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {state.data.rescorings.nodes.map((rescoring) => (
                <Table.Tr key={rescoring.id}>
                  <Table.Th scope="row" fw={400}>
                    {formatDateTime(rescoring.requestedAt, i18n.language)}
                    <Text size="sm">{rescoring.requestedBy.displayName}</Text>
                  </Table.Th>
                  <Table.Td>{rescoring.methodologyVersion}</Table.Td>
                  <Table.Td>
                    <Badge variant="outline" color={rescoring.status === 'COMPLETED_WITH_FAILURES' ? 'red.9' : 'dark'}>
                      {label('RescoringStatus', rescoring.status)}
                    </Badge>
                    {rescoring.finishedAt && <Text size="sm">{t('rescoring.finished', { when: formatDateTime(rescoring.finishedAt, i18n.language) })}</Text>}
                  </Table.Td>
                  <Table.Td>{t('rescoring.progressText', { done: rescoring.done, total: rescoring.total, failed: rescoring.failed })}</Table.Td>
                  <Table.Td>
                    {rescoring.failures.length === 0 ? (
                      '—'
                    ) : (
                      <List size="sm">
                        {rescoring.failures.map((failure) => (
                          <List.Item key={failure.assessmentId}>
                            <Anchor component={Link} to={`/reviews/${failure.assessmentId}`}>
                              {t('rescoring.assessment')}
                            </Anchor>
                            : {failure.error}
                          </List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ))}
    </Stack>
  );
}

function StartRescoringForm({ onStarted }: { onStarted: (id: string) => void }) {
  const { t } = useTranslation();
  const action = useAction();
  const [version, setVersion] = useState('assay-v1');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const started = await action.run(() => client.request(RescoreAssessmentsDocument, { input: { methodologyVersion: version.trim() } }));
    if (started) onStarted(started.rescoreAssessments.id);
  }

  return (
    <Card withBorder component="form" onSubmit={(event: FormEvent) => void submit(event)} aria-labelledby="start-rescoring">
      <Stack gap="xs">
        <Title order={2} id="start-rescoring">
          {t('rescoring.start.title')}
        </Title>
        <Text size="sm">{t('rescoring.start.intro')}</Text>
        <Group align="flex-end">
          <TextInput label={t('rescoring.start.methodology')} required value={version} onChange={(event) => setVersion(event.currentTarget.value)} error={fieldError(action.error, 'methodologyVersion')} />
          <Button type="submit" loading={action.busy}>
            {t('rescoring.start.submit')}
          </Button>
        </Group>
        <ApiErrorAlert error={action.error} fieldsShown={['methodologyVersion']} />
      </Stack>
    </Card>
  );
}

type Progress = RescoringProgressQuery['rescoring'];

/** Reads the re-scoring's counts every POLL_MS until it finishes; the bar counts the scored and the failed. */
function LiveProgress({ rescoringId, onFinished }: { rescoringId: string; onFinished: () => void }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const [progress, setProgress] = useState<Progress | null>(null);
  // The page's callback changes with every render; the polling belongs to the re-scoring only.
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const read = () => {
      client.request(RescoringProgressDocument, { id: rescoringId }).then(
        ({ rescoring }) => {
          if (stopped) return;
          setProgress(rescoring);
          if (rescoring.status === 'RUNNING') timer = setTimeout(read, POLL_MS);
          else finished.current();
        },
        () => {
          if (!stopped) timer = setTimeout(read, POLL_MS * 2);
        },
      );
    };
    read();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [rescoringId]);

  if (!progress) return null;
  const share = progress.total === 0 ? 100 : Math.round((100 * (progress.done + progress.failed)) / progress.total);
  return (
    <Card withBorder aria-labelledby="live-rescoring">
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} id="live-rescoring">
            {t('rescoring.live', { version: progress.methodologyVersion })}
          </Title>
          <Badge variant="outline" color="dark">
            {label('RescoringStatus', progress.status)}
          </Badge>
        </Group>
        <Progress value={share} aria-label={t('rescoring.progressLabel')} size="lg" />
        <Text aria-live="polite">{t('rescoring.progressText', { done: progress.done, total: progress.total, failed: progress.failed })}</Text>
      </Stack>
    </Card>
  );
}
