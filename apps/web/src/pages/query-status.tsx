import { Alert, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { QueryState } from '../api/use-query';

/** What a page shows while its query runs or when it failed; null once there is data. */
export function QueryStatus({ state }: { state: QueryState<unknown> }) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <Loader aria-label={t('common.loading')} />;
  if (state.status === 'error')
    return (
      <Alert color="red" role="alert" title={t('common.loadFailed')}>
        {state.error.message}
      </Alert>
    );
  return null;
}
