import { Alert, Anchor, Button, List, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, client } from '../../../api/graphql-client';
import { graphql } from '../../../gql';

const SubmitAssessmentDocument = graphql(`
  mutation SubmitAssessment($id: ID!) {
    submitAssessment(assessmentId: $id) {
      id
      status
    }
  }
`);

const ANSWER_FIELD = /^answers\.(.+)$/;

interface Props {
  assessmentId: string;
  /** Saves pending edits first: the api judges what is saved. */
  beforeSubmit: () => Promise<void>;
  onSubmitted: () => void;
  goToQuestion: (code: string) => void;
}

/** Submission: the api refuses while required questions are unanswered and names them; each becomes a link to the question. */
export function SubmissionPanel({ assessmentId, beforeSubmit, onSubmitted, goToQuestion }: Props) {
  const { t } = useTranslation();
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    setError(null);
    setMissing([]);
    try {
      await beforeSubmit();
      await client.request(SubmitAssessmentDocument, { id: assessmentId });
      onSubmitted();
    } catch (caught) {
      const codes = caught instanceof ApiError ? caught.fields.flatMap(({ field }) => ANSWER_FIELD.exec(field)?.slice(1) ?? []) : [];
      if (caught instanceof ApiError && caught.code === 'BAD_USER_INPUT' && codes.length > 0) setMissing(codes);
      else setError(caught instanceof ApiError ? caught.message : t('common.unexpectedError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs">
      <Text size="sm">{t('submission.intro')}</Text>
      <Button onClick={() => void submit()} loading={busy} w="fit-content">
        {t('submission.submit')}
      </Button>
      {missing.length > 0 && (
        <Alert color="red" role="alert" title={t('submission.missingTitle', { count: missing.length })}>
          <List size="sm">
            {missing.map((code) => (
              <List.Item key={code}>
                <Anchor
                  href={`#question-${code}`}
                  onClick={(event) => {
                    event.preventDefault();
                    goToQuestion(code);
                  }}
                >
                  {t('submission.goTo', { code })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}
