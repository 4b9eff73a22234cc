import { useEffect, useState } from 'preact/hooks';
import { ApiError, apiSend } from '../../api/client';

export type TagPreview =
  | { status: 'idle' }
  | { status: 'checking' }
  | { status: 'ok'; count: number; sample: string[] }
  | { status: 'invalid'; message: string; position: number | null }
  | { status: 'failed'; message: string };

/** The error position of a 400 from the tag language, if it carries one. */
export function errorPosition(details: unknown): number | null {
  const p = (details as { position?: unknown } | null)?.position;
  return typeof p === 'number' && Number.isInteger(p) && p >= 0 ? p : null;
}

/** Sample customers of a preview as display strings (names, else ids). */
function sampleNames(sample: unknown): string[] {
  if (!Array.isArray(sample)) return [];
  return sample.slice(0, 5).map((s) => {
    if (typeof s === 'string') return s;
    const c = s as { name?: string | null; customer_id?: string };
    return c?.name || c?.customer_id || '';
  }).filter(Boolean);
}

/**
 * Live check of a tag expression: `POST /api/tags/preview {expression}` after
 * `delayMs` without typing; a newer expression aborts the older request, so a
 * slow answer never overwrites a newer one.
 */
export function useTagPreview(expression: string, delayMs = 400): TagPreview {
  const [state, setState] = useState<TagPreview>({ status: 'idle' });
  useEffect(() => {
    if (!expression.trim()) {
      setState({ status: 'idle' });
      return;
    }
    const ctl = new AbortController();
    const timer = setTimeout(() => {
      setState({ status: 'checking' });
      apiSend<{ count: number; sample?: unknown }>('POST', '/api/tags/preview', { expression }, { signal: ctl.signal }).then(
        (r) => setState({ status: 'ok', count: r.count, sample: sampleNames(r.sample) }),
        (err: unknown) => {
          if (ctl.signal.aborted) return;
          if (err instanceof ApiError && err.status === 400) {
            setState({ status: 'invalid', message: err.message, position: errorPosition(err.details) });
          } else {
            setState({ status: 'failed', message: err instanceof Error ? err.message : String(err) });
          }
        },
      );
    }, delayMs);
    return () => {
      clearTimeout(timer);
      ctl.abort();
    };
  }, [expression, delayMs]);
  return state;
}
