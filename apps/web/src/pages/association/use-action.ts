import { useCallback, useState } from 'react';
import { ApiError } from '../../api/graphql-client';

export interface Action {
  busy: boolean;
  error: ApiError | null;
  /** Runs one request of a button or form: busy meanwhile, its ApiError kept for display; undefined when it failed. */
  run<T>(request: () => Promise<T>): Promise<T | undefined>;
  clearError(): void;
}

export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = useCallback(async <T,>(request: () => Promise<T>): Promise<T | undefined> => {
    setBusy(true);
    setError(null);
    try {
      return await request();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught : new ApiError(String(caught), undefined));
      return undefined;
    } finally {
      setBusy(false);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}

/** The api's message about one input field (`input.conditions`, …), shown under that field. */
export function fieldError(error: ApiError | null, field: string): string | undefined {
  return error?.fields.find((entry) => entry.field === field || entry.field.endsWith(`.${field}`))?.message;
}
