import type { Client, Transaction } from '@libsql/client';

/** Customers per chunk: one transaction reads their live assignments and writes their changes. */
export const CUSTOMERS_PER_CHUNK = 10_000;
/** Rows per INSERT … SELECT FROM json_each(?) statement (one tag, one chunk). */
const INSERT_ROWS = 5_000;
const INSERT_HEAD = 'INSERT INTO tag_assignments (tag_id, customer_pk, source, reason, assigned_at, expires_at, removed_at)';
/** Assignment ids per UPDATE statement. */
const UPDATE_IDS = 5_000;

/** One tag (and source) synced over every loaded customer. */
export interface ChunkTarget {
  tagId: string;
  /** 'rule' | 'statistical' | 'predictive' | 'interview'. */
  source: string;
  /** 1 where the customer at that index (of `pk`) should carry the tag. */
  flags: Uint8Array;
  /**
   * JSON text of the zh/en reason of a new assignment of customer index i
   * (called only for customers who do not carry it yet), or null when the
   * tag's own description is every member's reason (statistical tags): the
   * row's reason is then NULL and readers show the description
   * ({@link cardTags}), so a million members do not store a million copies.
   */
  reasonOf: ((i: number) => string) | null;
}

/**
 * Makes the live assignments of every target equal its flags, for all
 * customers at once, with bounded memory: customers are taken in pk order,
 * `CUSTOMERS_PER_CHUNK` at a time, each chunk in one write transaction that
 * reads the chunk's live assignments (one grouped read through the
 * customer index), then inserts the new rows (source, reason,
 * assigned_at = now), target by target, and sets `removed_at = now` on the
 * lost ones. Rows are never deleted. Live assignments of customers who are
 * not in `pk` (erased) are closed too. Within a customer, new rows are
 * inserted in target order, so ids follow the evaluation order as they did
 * when each tag was written on its own. Inserts are `INSERT … SELECT FROM
 * json_each(?)` over the chunk's new pks (reason NULL: the tag's description) or
 * [pk, reason] pairs: one short statement per 5,000 rows instead of
 * thousands of bound parameters. Between chunks the event loop gets a turn.
 * `pk` must be ascending. Returns the counts added and removed per target.
 */
export async function syncAssignmentsInChunks(
  client: Client, pk: Int32Array, targets: readonly ChunkTarget[], nowIso: string, chunkSize = CUSTOMERS_PER_CHUNK,
): Promise<{ added: number[]; removed: number[] }> {
  const T = targets.length;
  const added = new Array<number>(T).fill(0);
  const removed = new Array<number>(T).fill(0);
  if (!T) return { added, removed };
  const targetOf = new Map(targets.map((t, k) => [`${t.tagId}|${t.source}`, k]));
  const n = pk.length;
  let a = 0;
  do {
    const b = Math.min(n, a + chunkSize);
    // (lo, hi]: the first chunk starts below every pk and the last reaches above, so no live row is left out.
    const lo = a === 0 ? -1 : pk[a - 1];
    const hi = b === n ? Number.MAX_SAFE_INTEGER : pk[b - 1];
    const tx = await client.transaction('write');
    try {
      await syncChunk(tx, pk, a, b, lo, hi, targets, targetOf, nowIso, added, removed);
      await tx.commit();
    } finally {
      tx.close();
    }
    a = b;
    if (a < n) await new Promise((resolve) => setImmediate(resolve));
  } while (a < n);
  return { added, removed };
}

async function syncChunk(
  tx: Transaction, pk: Int32Array, a: number, b: number, lo: number, hi: number, targets: readonly ChunkTarget[],
  targetOf: Map<string, number>, nowIso: string, added: number[], removed: number[],
) {
  const T = targets.length;
  const size = b - a;
  // liveId[t * size + (i - a)]: id of customer i's live assignment of target t, 0 = none.
  const liveId = new Float64Array(size * T);
  const closing: number[] = [];
  const rs = await tx.execute({
    sql: `SELECT tag_id, source, group_concat(customer_pk), group_concat(id) FROM tag_assignments INDEXED BY tag_assignments_customer_idx
          WHERE customer_pk > ? AND customer_pk <= ? AND removed_at IS NULL GROUP BY tag_id, source`,
    args: [lo, hi],
  });
  for (const row of rs.rows) {
    const t = targetOf.get(`${row[0]}|${row[1]}`);
    if (t === undefined) continue;
    const pks = String(row[2]).split(',');
    const ids = String(row[3]).split(',');
    for (let k = 0; k < pks.length; k++) {
      const i = indexIn(pk, a, b, Number(pks[k]));
      const id = Number(ids[k]);
      if (i < 0) {
        closing.push(id);
        removed[t]++;
      } else {
        liveId[t * size + i - a] = id;
      }
    }
  }
  for (let t = 0; t < T; t++) {
    const target = targets[t];
    const { flags } = target;
    const { reasonOf } = target;
    let rows: unknown[] = [];
    const flush = async () => {
      if (!rows.length) return;
      await tx.execute(reasonOf
        ? { sql: `${INSERT_HEAD} SELECT ?, value ->> 0, ?, value ->> 1, ?, NULL, NULL FROM json_each(?) ORDER BY key`, args: [target.tagId, target.source, nowIso, JSON.stringify(rows)] }
        : { sql: `${INSERT_HEAD} SELECT ?, value, ?, NULL, ?, NULL, NULL FROM json_each(?) ORDER BY key`, args: [target.tagId, target.source, nowIso, JSON.stringify(rows)] });
      rows = [];
    };
    for (let i = a; i < b; i++) {
      const id = liveId[t * size + i - a];
      if (flags[i]) {
        if (id) continue;
        rows.push(reasonOf ? [pk[i], reasonOf(i)] : pk[i]);
        added[t]++;
        if (rows.length >= INSERT_ROWS) await flush();
      } else if (id) {
        closing.push(id);
        removed[t]++;
      }
    }
    await flush();
  }
  for (let k = 0; k < closing.length; k += UPDATE_IDS) {
    await tx.execute({
      sql: 'UPDATE tag_assignments SET removed_at = ? WHERE id IN (SELECT value FROM json_each(?))',
      args: [nowIso, JSON.stringify(closing.slice(k, k + UPDATE_IDS))],
    });
  }
}

/** Index of `value` in the ascending `pk[a..b)`, or -1. */
function indexIn(pk: Int32Array, a: number, b: number, value: number): number {
  let lo = a;
  let hi = b - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = pk[mid];
    if (v === value) return mid;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
