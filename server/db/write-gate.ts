import { LibsqlError, type Client, type InArgs, type InStatement, type Transaction, type TransactionMode } from '@libsql/client';

/** How long a writer waits for the gate before it gives up with a busy error (HTTP 503). */
export const WRITE_GATE_TIMEOUT_MS = 120_000;

/**
 * First-come, first-served turn for writers of one process. A writer awaits
 * its turn without blocking the event loop, then holds SQLite's write lock
 * alone; SQLite's own wait (the busy timeout) blocks the whole thread and,
 * while the daily refresh held the lock for ~20 s at 1M customers, made
 * every other write in the server fail after freezing it for 5 s.
 */
export class WriteGate {
  #tail: Promise<void> = Promise.resolve();

  /** Waits for the turn; returns its release (idempotent). Past `timeoutMs` it throws SQLITE_BUSY and keeps no turn. */
  async acquire(timeoutMs = WRITE_GATE_TIMEOUT_MS): Promise<() => void> {
    let open!: () => void;
    const mine = new Promise<void>((resolve) => (open = resolve));
    const before = this.#tail;
    this.#tail = before.then(() => mine);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const expired = new Promise<'expired'>((resolve) => (timer = setTimeout(() => resolve('expired'), timeoutMs)));
    const got = await Promise.race([before.then(() => 'turn' as const), expired]);
    clearTimeout(timer);
    if (got === 'expired') {
      // Give the turn up as soon as it comes, so writers queued behind are not held.
      void before.then(open);
      throw new LibsqlError(`SQLITE_BUSY: waited ${timeoutMs} ms for another write in this process`, 'SQLITE_BUSY');
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      open();
    };
  }
}

const READ_START = /^(?:SELECT|EXPLAIN|VALUES)\b/i;
const WRITE_WORD = /\b(?:INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER)\b/i;

/**
 * Whether a statement may write. Conservative: only statements that start
 * with SELECT, EXPLAIN or VALUES, a PRAGMA without `=`, or a WITH … whose
 * text names no writing verb count as reads (a read taken for a write only
 * waits its turn).
 */
export function mayWrite(sql: string): boolean {
  const text = sql.replace(/^(?:\s+|--[^\n]*\n|\/\*[\s\S]*?\*\/)*/, '');
  if (READ_START.test(text)) return false;
  if (/^PRAGMA\b/i.test(text)) return text.includes('=');
  if (/^WITH\b/i.test(text)) return WRITE_WORD.test(text);
  return true;
}

const sqlOf = (stmt: InStatement | [string, InArgs?] | string): string =>
  typeof stmt === 'string' ? stmt : Array.isArray(stmt) ? stmt[0] : stmt.sql;

/**
 * The client with every write taking its turn at `gate`: `execute` of a
 * statement that {@link mayWrite}, `batch` and `executeMultiple` (unless
 * read-only), and `transaction` (unless 'read') from begin to its commit,
 * rollback or close. Reads never wait. Code holding a transaction must
 * write through it, not through the client (it would wait for itself until
 * the gate's timeout).
 */
export function gatedClient(client: Client, gate: WriteGate): Client {
  const held = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await gate.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  };
  const execute = (stmt: InStatement | string, args?: InArgs) => {
    const run = () => (typeof stmt === 'string' ? client.execute(stmt, args) : client.execute(stmt));
    return mayWrite(sqlOf(stmt)) ? held(run) : run();
  };
  const batch = (stmts: Array<InStatement | [string, InArgs?]>, mode?: TransactionMode) =>
    mode === 'read' || !stmts.some((s) => mayWrite(sqlOf(s))) ? client.batch(stmts, mode) : held(() => client.batch(stmts, mode));
  const executeMultiple = (sql: string) => held(() => client.executeMultiple(sql));
  const transaction = async (mode?: TransactionMode): Promise<Transaction> => {
    if (mode === 'read') return client.transaction(mode);
    const release = await gate.acquire();
    let tx: Transaction;
    try {
      tx = await client.transaction(mode);
    } catch (e) {
      release();
      throw e;
    }
    return new Proxy(tx, {
      get(target, prop) {
        if (prop === 'commit' || prop === 'rollback') {
          return async () => {
            try {
              return await target[prop]();
            } finally {
              release();
            }
          };
        }
        if (prop === 'close') {
          return () => {
            try {
              target.close();
            } finally {
              release();
            }
          };
        }
        const value = Reflect.get(target, prop, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  };
  return new Proxy(client, {
    get(target, prop) {
      if (prop === 'execute') return execute;
      if (prop === 'batch') return batch;
      if (prop === 'executeMultiple') return executeMultiple;
      if (prop === 'transaction') return transaction;
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
