import { Alert, Button, Paper, PasswordInput, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { ApiError } from '../../api/graphql-client';
import { homePath, useSession } from '../../api/session';
import { usePageTitle } from '../../layout/page-title';

/** Only paths inside the app are followed after sign-in (never another site). */
function safeNext(next: string | null): string | null {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : null;
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const { session, signIn } = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // Signed in (now or already): where the guard sent them from, else their home. The same target as onSubmit's, since
  // the re-render after sign-in can redirect before its navigate() has taken effect.
  if (session.status === 'signed-in' && !busy) return <Navigate to={safeNext(params.get('next')) ?? homePath(session.user.organisation.kind)} replace />;

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const user = await signIn(email, password);
      navigate(safeNext(params.get('next')) ?? homePath(user.organisation.kind), { replace: true });
    } catch (caught) {
      const code = caught instanceof ApiError ? caught.code : undefined;
      setError(code === 'UNAUTHENTICATED' ? t('signIn.wrongCredentials') : code === 'RATE_LIMITED' ? t('signIn.rateLimited') : code === 'BAD_USER_INPUT' ? t('signIn.badInput') : t('common.unexpectedError'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper maw={420} mx="auto" mt="xl" p="lg" withBorder>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          <Title order={1} size="h2">
            {t('signIn.title')}
          </Title>
          {error && (
            <Alert color="red" role="alert" title={t('signIn.failed')}>
              {error}
            </Alert>
          )}
          <TextInput label={t('signIn.email')} type="email" autoComplete="username" required value={email} onChange={(event) => setEmail(event.currentTarget.value)} />
          <PasswordInput label={t('signIn.password')} autoComplete="current-password" required value={password} onChange={(event) => setPassword(event.currentTarget.value)} />
          <Button type="submit" loading={busy}>
            {t('signIn.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
