import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../api/graphql-client';
import type { SaveStatus } from './use-answer-autosave';

/** Whether the answers are saved, announced politely to screen readers as it changes. */
export function SaveIndicator({ status, failure, pending, onRetry }: { status: SaveStatus; failure: ApiError | null; pending: number; onRetry: () => void }) {
  const { t } = useTranslation();
  const text =
    status === 'saving' ? t('autosave.saving') : status === 'error' ? t('autosave.failed', { reason: failure?.message ?? '' }) : pending > 0 ? t('autosave.pending') : status === 'saved' ? t('autosave.saved') : t('autosave.idle');
  return (
    <Group gap="xs">
      <Text size="sm" role="status" aria-live="polite" c={status === 'error' ? 'red.9' : undefined}>
        {text}
      </Text>
      {status === 'error' && (
        <Button size="compact-xs" variant="outline" onClick={onRetry}>
          {t('autosave.retry')}
        </Button>
      )}
    </Group>
  );
}
