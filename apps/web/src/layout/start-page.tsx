import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { homePath, useSession } from '../api/session';

/** `/`: a signed-in user's home page; for anyone else, the public list of certified providers. */
export function StartPage() {
  const { session } = useSession();
  const { t } = useTranslation();
  if (session.status === 'restoring') return <Loader aria-label={t('common.loading')} />;
  return <Navigate to={session.status === 'signed-in' ? homePath(session.user.organisation.kind) : '/providers'} replace />;
}
