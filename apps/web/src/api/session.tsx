import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { graphql } from '../gql';
import { client, type SessionUser } from './graphql-client';

const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionFields
    }
  }
`);

export type SessionState = { status: 'restoring' } | { status: 'signed-out' } | { status: 'signed-in'; user: SessionUser };

interface SessionContextValue {
  session: SessionState;
  signIn(email: string, password: string): Promise<SessionUser>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/** The signed-in user for the whole app; a reload restores the session from the tab's refresh token. */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState>(() => (client.hasStoredSession ? { status: 'restoring' } : { status: 'signed-out' }));

  useEffect(() => {
    client.onSessionChange((user) => setSession(user ? { status: 'signed-in', user } : { status: 'signed-out' }));
    if (client.hasStoredSession) void client.refresh();
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const { login } = await client.request(LoginDocument, { input: { email, password } });
    return client.startSession(login);
  }, []);
  const signOut = useCallback(() => client.signOut(), []);

  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession needs a SessionProvider');
  return value;
}

/** Where each kind of organisation starts (SPEC §2): providers their assessments, clients the directory, the association its review queue. */
export function homePath(kind: SessionUser['organisation']['kind']): string {
  switch (kind) {
    case 'PROVIDER':
      return '/assessments';
    case 'CLIENT':
      return '/directory';
    case 'ASSOCIATION':
      return '/reviews';
  }
}
