import { useCallback, useEffect, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, client } from './graphql-client';

export type QueryState<R> = { status: 'loading' } | { status: 'error'; error: ApiError } | { status: 'done'; data: R };

/** Runs a query when the component mounts and whenever its variables change; `reload` runs it again. */
export function useQuery<R, V>(document: TypedDocumentString<R, V>, variables: V): QueryState<R> & { reload: () => void } {
  const [state, setState] = useState<QueryState<R>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  const key = JSON.stringify(variables);

  useEffect(() => {
    let current = true;
    setState((previous) => (previous.status === 'done' ? previous : { status: 'loading' }));
    // request() types its variables per document (optional when there are none); here they are always given.
    (client.request as (d: TypedDocumentString<R, V>, v: V) => Promise<R>)(document, JSON.parse(key) as V).then(
      (data) => current && setState({ status: 'done', data }),
      (error: unknown) => current && setState({ status: 'error', error: error instanceof ApiError ? error : new ApiError(String(error), undefined) }),
    );
    return () => {
      current = false;
    };
  }, [document, key, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { ...state, reload };
}
