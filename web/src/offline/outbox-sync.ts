/**
 * Sends outbox items to `POST /api/interviews`. Exactly-once rests on two
 * facts: an item's id is fixed when it enters the outbox, and the server stores
 * an interview id at most once (a repeat answers 200 with `created: false`).
 * So re-sending after a crash, a lost reply or a second tab can never create a
 * second interview; at worst it repeats a request the server ignores.
 *
 * Triggers: app start, the `online` event, the tab becoming visible, retries
 * with a growing delay while the server cannot be reached, and right after a
 * submit. Runs are
 * serialised within the tab (one promise) and across tabs (Web Locks, when
 * available). A network failure leaves the item pending; an error reply marks
 * it failed (the user can retry it); 401 stops the run until the next login;
 * 503 (the server's database busy with the daily refresh or an import) leaves
 * it pending and retries like a lost connection.
 */
import { ApiError, apiPost, isNetworkError } from '../api/client';
import { ensureCsrfToken } from '../auth/session';
import { offlineStore, type OfflineStore } from './offline-store';
import type { OutboxItem } from './offline-types';

/**
 * `blocked`: why items are still waiting — no connection, no session (they go
 * after the next login), or the server busy (503: a refresh or import holds the
 * database; retried like a lost connection).
 */
export interface SyncSummary { sent: number; failed: number; waiting: number; blocked: 'offline' | 'unauthenticated' | 'busy' | null }
export type SendInterview = (item: OutboxItem) => Promise<unknown>;

const listeners = new Set<() => void>();

/** Subscribes to any change of drafts or outbox items; returns the unsubscribe function. */
export function onOutboxChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

export function notifyOutboxChange(): void {
  for (const l of listeners) l();
}

const defaultSend: SendInterview = async (item) => {
  try {
    await ensureCsrfToken();
    return await apiPost('/api/interviews', item.body);
  } catch (err) {
    // A stale CSRF token (session renewed elsewhere): fetch a fresh one and try once more.
    if (err instanceof ApiError && err.status === 403 && (err.details as { reason?: string } | undefined)?.reason === 'csrf') {
      await ensureCsrfToken(true);
      return apiPost('/api/interviews', item.body);
    }
    throw err;
  }
};

let running: Promise<SyncSummary> | null = null;

/** Sends every pending item (and failed ones when `includeFailed`), oldest first. Concurrent calls share one run. */
export function syncOutbox(opts: { store?: OfflineStore; send?: SendInterview; includeFailed?: boolean } = {}): Promise<SyncSummary> {
  if (running) return running;
  const run = () => syncOnce(opts.store ?? offlineStore(), opts.send ?? defaultSend, opts.includeFailed ?? false);
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  running = (locks ? locks.request('huaxiang-outbox', run) : run()).finally(() => {
    running = null;
  });
  return running;
}

async function syncOnce(store: OfflineStore, send: SendInterview, includeFailed: boolean): Promise<SyncSummary> {
  const summary: SyncSummary = { sent: 0, failed: 0, waiting: 0, blocked: null };
  const items = (await store.listOutbox()).filter((i) => i.status === 'pending' || i.status === 'syncing' || (includeFailed && i.status === 'failed'));
  let stop = false;
  for (const item of items) {
    if (stop) {
      summary.waiting++;
      continue;
    }
    await store.updateItem(item.id, { status: 'syncing', attempts: item.attempts + 1, updated_at: new Date().toISOString() });
    notifyOutboxChange();
    try {
      await send(item);
      const now = new Date().toISOString();
      await store.updateItem(item.id, { status: 'synced', last_error: null, synced_at: now, updated_at: now });
      summary.sent++;
    } catch (err) {
      const now = new Date().toISOString();
      if (isNetworkError(err) || (err instanceof ApiError && (err.status === 401 || err.status === 503))) {
        await store.updateItem(item.id, { status: 'pending', last_error: err instanceof ApiError ? err.code : 'offline', updated_at: now });
        summary.waiting++;
        summary.blocked = err instanceof ApiError ? (err.status === 401 ? 'unauthenticated' : 'busy') : 'offline';
        stop = true;
      } else {
        const message = err instanceof ApiError ? `${err.status} ${err.code}: ${err.message}` : String(err);
        await store.updateItem(item.id, { status: 'failed', last_error: message, updated_at: now });
        summary.failed++;
      }
    }
    notifyOutboxChange();
  }
  return summary;
}

/** Puts a failed item back in the queue and sends it. */
export async function retryItem(id: string, store: OfflineStore = offlineStore()): Promise<void> {
  await store.updateItem(id, { status: 'pending', updated_at: new Date().toISOString() });
  notifyOutboxChange();
  await syncOutbox({ store });
}

/** Retry delays after a run that could not reach the server (or found it busy): 5 s doubling to at most 30 s. */
export const RETRY_MS = { first: 5_000, max: 30_000 };

/**
 * Starts background syncing for the page: at once, on `online`, when the tab
 * becomes visible, and — since `navigator.onLine` can claim a connection that
 * does not work — again after a failed run with a growing delay. An item left
 * `syncing` by a closed tab is simply sent again (safe, see above). Returns a
 * stop function.
 */
export function startOutboxSync(store: OfflineStore = offlineStore()): () => void {
  let retry: ReturnType<typeof setTimeout> | null = null;
  let delay = RETRY_MS.first;
  let stopped = false;
  const kick = async () => {
    if (retry) clearTimeout(retry);
    retry = null;
    const summary = await syncOutbox({ store }).catch(() => null);
    if (stopped) return;
    if (summary?.blocked === 'offline' || summary?.blocked === 'busy') {
      retry = setTimeout(() => void kick(), delay);
      delay = Math.min(delay * 2, RETRY_MS.max);
    } else delay = RETRY_MS.first;
  };
  const onOnline = () => {
    delay = RETRY_MS.first;
    void kick();
  };
  const onVisible = () => document.visibilityState === 'visible' && onOnline();
  window.addEventListener('online', onOnline);
  document.addEventListener('visibilitychange', onVisible);
  requestNow = onOnline;
  void kick();
  return () => {
    stopped = true;
    if (retry) clearTimeout(retry);
    window.removeEventListener('online', onOnline);
    document.removeEventListener('visibilitychange', onVisible);
    if (requestNow === onOnline) requestNow = null;
  };
}

let requestNow: (() => void) | null = null;

/** Sync as soon as possible (after a submit): restarts the retry schedule when background syncing runs. */
export function requestSync(): void {
  if (requestNow) requestNow();
  else void syncOutbox().catch(() => undefined);
}
