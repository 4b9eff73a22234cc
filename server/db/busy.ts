import { collectStatementsNow } from './statement-memory';

/** Seconds a client is told to wait (`Retry-After`) when the database is busy. */
export const BUSY_RETRY_AFTER_S = 10;

/**
 * Whether an error is SQLite's "database is locked" (SQLITE_BUSY and its
 * extended codes): another connection — the daily refresh persisting 1M
 * score rows (~20 s), an import — holds the write lock longer than the busy
 * timeout (5 s). Nothing was written, so the request can simply be sent
 * again: HTTP answers 503 with Retry-After, the bot asks to try again.
 */
export function isDatabaseBusy(err: unknown): boolean {
  for (let e = err, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, rawCode } = e as { code?: unknown; rawCode?: unknown };
    if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) return true;
    if (typeof rawCode === 'number' && (rawCode & 0xff) === 5) return true;
  }
  return false;
}

/**
 * Call after a busy error. The statement that failed (`BEGIN IMMEDIATE`, or
 * the first write of a transaction) stays "in progress" on its pooled
 * connection until V8 collects it (libsql finalizes statements only then),
 * and every later transaction on that connection fails at COMMIT ("SQL
 * statements in progress") — on a quiet server for minutes. A collection
 * finalizes it; it is scheduled for the next macrotask, once the error that
 * still reaches the statement has been answered and dropped, well before a
 * client retries (Retry-After).
 */
export function afterBusy(): void {
  setTimeout(() => void collectStatementsNow(), 0);
}
