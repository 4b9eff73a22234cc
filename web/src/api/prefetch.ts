/**
 * Route data requested by the entry module, before the route's chunk has
 * loaded, so the chunk and its JSON download in parallel instead of one after
 * the other. A page takes the answer once with `takePrefetched(path)`; an
 * answer nobody took within `MAX_AGE_MS` is dropped and fetched again.
 */
import { apiGet } from './client';

const MAX_AGE_MS = 10_000;
const started = new Map<string, { at: number; answer: Promise<unknown> }>();

/** Starts `GET path` now (its rejection is handled by whoever takes it). */
export function prefetch(path: string, now = Date.now()): void {
  const answer = apiGet<unknown>(path);
  answer.catch(() => undefined);
  started.set(path, { at: now, answer });
}

/** The prefetched answer for `path` if one was started less than `MAX_AGE_MS` ago; each answer is given out once. */
export function takePrefetched<T>(path: string, now = Date.now()): Promise<T> | undefined {
  const hit = started.get(path);
  started.delete(path);
  return hit && now - hit.at < MAX_AGE_MS ? (hit.answer as Promise<T>) : undefined;
}

/**
 * The API path of the data the page at `pathname` opens with, for the routes
 * worth starting early (today: a portrait card, `/customers/:id`), else null.
 * The id is encoded the way the card page encodes it.
 */
export function routeDataPath(pathname: string): string | null {
  const m = /^\/customers\/([^/]+)\/?$/.exec(pathname);
  if (!m) return null;
  try {
    return `/api/customers/${encodeURIComponent(decodeURIComponent(m[1]))}`;
  } catch {
    return null;
  }
}
