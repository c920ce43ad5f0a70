import { Button, Stack, Tabs, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { client } from '../../api/graphql-client';
import { graphql } from '../../gql';
import { ApiErrorAlert } from './api-error-alert';
import { fieldError, useAction } from './use-action';

const ApproveAssessmentDocument = graphql(`
  mutation ApproveAssessment($input: ApproveAssessmentInput!) {
    approveAssessment(input: $input) {
      id
      status
    }
  }
`);

const RequestAssessmentChangesDocument = graphql(`
  mutation RequestAssessmentChanges($input: RequestAssessmentChangesInput!) {
    requestAssessmentChanges(input: $input) {
      id
      status
    }
  }
`);

const RejectAssessmentDocument = graphql(`
  mutation RejectAssessment($input: RejectAssessmentInput!) {
    rejectAssessment(input: $input) {
      id
      status
    }
  }
`);

/**
 * The claimant's decision. Approval carries conditions when the effective scores give CERTIFIED_WITH_CONDITIONS;
 * a request for changes carries the per-question comments written beside the answers; a rejection its reason.
 */
export function ReviewDecisionPanel({
  assessmentId,
  conditionsRequired,
  questionComments,
  onDecided,
}: {
  assessmentId: string;
  conditionsRequired: boolean;
  questionComments: Record<string, string>;
  onDecided: () => void;
}) {
  const { t } = useTranslation();
  const action = useAction();
  const [comment, setComment] = useState('');
  const [conditions, setConditions] = useState('');
  const [reason, setReason] = useState('');
  const [tab, setTab] = useState<string | null>('approve');
  const commented = Object.entries(questionComments)
    .filter(([, text]) => text.trim())
    .map(([questionCode, text]) => ({ questionCode, comment: text.trim() }));

  async function decide(request: () => Promise<unknown>) {
    if ((await action.run(request)) !== undefined) onDecided();
  }

  function approve(event: FormEvent) {
    event.preventDefault();
    void decide(() => client.request(ApproveAssessmentDocument, { input: { assessmentId, comment: comment.trim() || null, conditions: conditions.trim() || null } }));
  }
  function requestChanges(event: FormEvent) {
    event.preventDefault();
    void decide(() => client.request(RequestAssessmentChangesDocument, { input: { assessmentId, comment, questionComments: commented } }));
  }
  function reject(event: FormEvent) {
    event.preventDefault();
    void decide(() => client.request(RejectAssessmentDocument, { input: { assessmentId, comment: reason } }));
  }

  return (
    <Stack gap="sm">
      <Title order={2}>{t('review.decision.title')}</Title>
      <Tabs
        value={tab}
        onChange={(value) => {
          setTab(value);
          action.clearError();
        }}
      >
        <Tabs.List>
          <Tabs.Tab value="approve">{t('review.decision.approve')}</Tabs.Tab>
          <Tabs.Tab value="changes">{t('review.decision.requestChanges')}</Tabs.Tab>
          <Tabs.Tab value="reject">{t('review.decision.reject')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="approve" pt="sm">
          <Stack component="form" gap="xs" onSubmit={approve}>
            <Textarea label={t('review.decision.comment')} autosize minRows={2} value={comment} onChange={(event) => setComment(event.currentTarget.value)} error={fieldError(action.error, 'comment')} />
            <Textarea
              label={t('review.decision.conditions')}
              description={conditionsRequired ? t('review.decision.conditionsRequired') : t('review.decision.conditionsOptional')}
              required={conditionsRequired}
              autosize
              minRows={2}
              value={conditions}
              onChange={(event) => setConditions(event.currentTarget.value)}
              error={fieldError(action.error, 'conditions')}
            />
            <Button type="submit" loading={action.busy} w="fit-content">
              {t('review.decision.approveSubmit')}
            </Button>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="changes" pt="sm">
          <Stack component="form" gap="xs" onSubmit={requestChanges}>
            <Textarea label={t('review.decision.changesComment')} required autosize minRows={2} value={comment} onChange={(event) => setComment(event.currentTarget.value)} error={fieldError(action.error, 'comment')} />
            <Text size="sm">{t('review.decision.questionComments', { number: commented.length })}</Text>
            <Button type="submit" loading={action.busy} w="fit-content">
              {t('review.decision.requestChangesSubmit')}
            </Button>
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="reject" pt="sm">
          <Stack component="form" gap="xs" onSubmit={reject}>
            <Textarea label={t('review.decision.reason')} required autosize minRows={2} value={reason} onChange={(event) => setReason(event.currentTarget.value)} error={fieldError(action.error, 'comment')} />
            <Button type="submit" color="red.9" loading={action.busy} w="fit-content">
              {t('review.decision.rejectSubmit')}
            </Button>
          </Stack>
        </Tabs.Panel>
      </Tabs>
      <ApiErrorAlert error={action.error} fieldsShown={['comment', 'conditions']} />
    </Stack>
  );
}
