import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../format';
import { describeAnswer } from '../../../components/scorecard/describe-answer';
import type { QuestionOfForm } from './question-field';
import type { AnswerConflict } from './use-answer-autosave';

/** Someone saved this answer after the user read it: both answers side by side, and the user's choice. */
export function AnswerConflictPanel({ question, conflict, onResolve }: { question: QuestionOfForm; conflict: AnswerConflict; onResolve: (choice: 'theirs' | 'mine') => void }) {
  const { t, i18n } = useTranslation();
  const { theirs, mine } = conflict;
  return (
    <Alert color="red" role="alert" title={t('questionnaire.conflict.title')}>
      <Stack gap="xs">
        <Text size="sm">
          {t('questionnaire.conflict.body', {
            name: theirs.answeredBy?.displayName ?? t('questionnaire.conflict.someone'),
            when: theirs.answeredAt ? formatDateTime(theirs.answeredAt, i18n.language) : '',
          })}
        </Text>
        <Text size="sm">
          <strong>{t('questionnaire.conflict.theirs')}</strong> {describeAnswer(question, theirs, t, i18n.language)}
          {theirs.comment && ` — ${theirs.comment}`}
        </Text>
        <Text size="sm">
          <strong>{t('questionnaire.conflict.mine')}</strong> {describeAnswer(question, mine, t, i18n.language)}
          {mine.comment && ` — ${mine.comment}`}
        </Text>
        <Group>
          <Button size="xs" variant="outline" onClick={() => onResolve('theirs')}>
            {t('questionnaire.conflict.keepTheirs')}
          </Button>
          <Button size="xs" onClick={() => onResolve('mine')}>
            {t('questionnaire.conflict.overwrite')}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
