import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { client } from '../api/graphql-client';
import { useSession } from '../api/session';
import { graphql } from '../gql';

const UnreadNotificationCountDocument = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

const POLL_MS = 60_000;

const UnreadCountContext = createContext<{ count: number | null; refresh: () => void }>({ count: null, refresh: () => undefined });

/** The signed-in user's unread count, shown in the header: read on every navigation, every minute, and when a page marks some read. */
export function UnreadCountProvider({ children }: { children: ReactNode }) {
  const { session } = useSession();
  const { pathname } = useLocation();
  const [count, setCount] = useState<number | null>(null);
  const signedIn = session.status === 'signed-in';

  const refresh = useCallback(() => {
    if (!signedIn) return;
    client.request(UnreadNotificationCountDocument).then(
      (data) => setCount(data.unreadNotificationCount),
      () => setCount(null),
    );
  }, [signedIn]);

  useEffect(() => {
    if (!signedIn) return setCount(null);
    refresh();
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [signedIn, pathname, refresh]);

  return <UnreadCountContext.Provider value={{ count, refresh }}>{children}</UnreadCountContext.Provider>;
}

export function useUnreadCount() {
  return useContext(UnreadCountContext);
}
