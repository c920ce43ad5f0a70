import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { SessionUser } from '../api/graphql-client';
import { homePath, useSession } from '../api/session';

/** Pages for signed-in users (of one kind of organisation when `kind` is given); anyone else goes to sign in or home. */
export function RequireSession({ kind }: { kind?: SessionUser['organisation']['kind'] }) {
  const { session } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  if (session.status === 'restoring') return <Loader aria-label={t('common.loading')} />;
  if (session.status === 'signed-out') return <Navigate to={`/sign-in?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (kind && session.user.organisation.kind !== kind) return <Navigate to={homePath(session.user.organisation.kind)} replace />;
  return <Outlet />;
}
