import { useEffect, useState } from 'preact/hooks';
import { ApiError, apiGet, isNetworkError } from '../api/client';
import { takePrefetched } from '../api/prefetch';

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'ok'; data: T }
  | { state: 'missing' }
  | { state: 'offline' }
  | { state: 'error'; message: string };

/**
 * GETs `path` (null = nothing to load) and tracks the outcome. A 404 is
 * `missing` (an endpoint not deployed yet, or a customer the user may not see);
 * a network failure with no cached copy is `offline`. An answer the entry
 * module already asked for (`prefetch`) is used instead of a second request.
 */
export function useApi<T>(path: string | null): Loaded<T> {
  const [result, setResult] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    if (!path) return;
    const ctrl = new AbortController();
    setResult({ state: 'loading' });
    (takePrefetched<T>(path) ?? apiGet<T>(path, ctrl.signal)).then(
      (data) => {
        if (!ctrl.signal.aborted) setResult({ state: 'ok', data });
      },
      (err: unknown) => {
        if (ctrl.signal.aborted) return;
        if (err instanceof ApiError && err.status === 404) setResult({ state: 'missing' });
        else if (isNetworkError(err)) setResult({ state: 'offline' });
        else setResult({ state: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => ctrl.abort();
  }, [path]);
  return result;
}
