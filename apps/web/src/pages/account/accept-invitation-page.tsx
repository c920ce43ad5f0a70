import { Alert, Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ApiError, client } from '../../api/graphql-client';
import { homePath } from '../../api/session';
import { graphql } from '../../gql';
import { usePageTitle } from '../../layout/page-title';

const AcceptInvitationDocument = graphql(`
  mutation AcceptInvitation($input: AcceptInvitationInput!) {
    acceptInvitation(input: $input) {
      ...SessionFields
    }
  }
`);

/** The api's minimum (apps/api/src/modules/auth/dto/auth.input.ts), checked here too so the form says it first. */
const PASSWORD_MIN_LENGTH = 12;

type Problem = 'invalidToken' | 'passwordTooShort' | 'passwordsDiffer' | 'nameMissing' | 'unexpected';

/**
 * An invited user opens the link their admin passed on (`/invitation?token=…`), chooses a name and a password,
 * and is signed in on their organisation's home page.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  usePageTitle(t('invitation.title'));
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [token, setToken] = useState(params.get('token') ?? '');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const local: Problem | null = !displayName.trim() ? 'nameMissing' : password.length < PASSWORD_MIN_LENGTH ? 'passwordTooShort' : password !== confirmation ? 'passwordsDiffer' : null;
    setProblem(local);
    if (local) return;
    setBusy(true);
    try {
      const { acceptInvitation } = await client.request(AcceptInvitationDocument, { input: { token: token.trim(), displayName: displayName.trim(), password } });
      const user = client.startSession(acceptInvitation);
      navigate(homePath(user.organisation.kind), { replace: true });
    } catch (caught) {
      const fields = caught instanceof ApiError ? caught.fields.map((field) => field.field) : [];
      setProblem(fields.includes('input.token') || fields.includes('token') ? 'invalidToken' : fields.includes('input.password') ? 'passwordTooShort' : 'unexpected');
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper maw={480} mx="auto" mt="xl" p="lg" withBorder>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Stack>
          <Title order={1} size="h2">
            {t('invitation.title')}
          </Title>
          <Text>{t('invitation.intro')}</Text>
          {problem && (
            <Alert color="red" role="alert" title={t('invitation.failed')}>
              {t(`invitation.problem.${problem}`, { min: PASSWORD_MIN_LENGTH })}
            </Alert>
          )}
          {!params.get('token') && <TextInput label={t('invitation.token')} required value={token} onChange={(event) => setToken(event.currentTarget.value)} />}
          <TextInput label={t('invitation.displayName')} autoComplete="name" required value={displayName} onChange={(event) => setDisplayName(event.currentTarget.value)} />
          <PasswordInput
            label={t('invitation.password')}
            description={t('invitation.passwordHint', { min: PASSWORD_MIN_LENGTH })}
            autoComplete="new-password"
            required
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
          />
          <PasswordInput label={t('invitation.confirmation')} autoComplete="new-password" required value={confirmation} onChange={(event) => setConfirmation(event.currentTarget.value)} />
          <Button type="submit" loading={busy}>
            {t('invitation.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
