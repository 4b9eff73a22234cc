import { useCallback, useEffect, useState } from 'preact/hooks';
import { ApiError, apiGet } from '../../api/client';

/** `missing`: the server answered 404 (endpoint not served, or nothing to show). */
export type Resource<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'missing' }
  | { status: 'forbidden' }
  | { status: 'error'; message: string };

/** GETs a JSON resource once on mount (and on `reload()`), aborting when unmounted. */
export function useResource<T>(path: string): [Resource<T>, () => void] {
  const [state, setState] = useState<Resource<T>>({ status: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    const ctl = new AbortController();
    setState({ status: 'loading' });
    apiGet<T>(path, ctl.signal).then(
      (data) => setState({ status: 'ready', data }),
      (err: unknown) => {
        if (ctl.signal.aborted) return;
        if (err instanceof ApiError && err.status === 404) setState({ status: 'missing' });
        else if (err instanceof ApiError && (err.status === 401 || err.status === 403)) setState({ status: 'forbidden' });
        else setState({ status: 'error', message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => ctl.abort();
  }, [path, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return [state, reload];
}
