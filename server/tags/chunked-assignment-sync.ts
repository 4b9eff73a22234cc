import type { Client, Transaction } from '@libsql/client';
import { afterBoundValues } from '../db/statement-memory';

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
 * `CUSTOMERS_PER_CHUNK` at a time, each chunk in one write transaction.
 *
 * The comparison runs in SQLite, so unchanged assignments never cross the
 * driver: each target's members in the chunk go in as one byte per pk (a
 * hex string, `unhex`ed into a BLOB that `substr` reads in O(1)), and one
 * range scan of the covering tag index (tag, removed_at, source, customer)
 * gives, per target, how many members already carry it and the ids of the
 * live rows to close. Only for a target with fewer carriers than members
 * are its carriers in the chunk read, to insert the rest (source, reason,
 * assigned_at = now). Closed rows get `removed_at = now`; rows are never
 * deleted. Live assignments of customers who are not in `pk` (erased) are
 * closed too. New rows are inserted target by target within a chunk, by
 * `INSERT … SELECT FROM json_each(?)` over the chunk's new pks (reason
 * NULL: the tag's description) or [pk, reason] pairs, 5,000 per statement.
 * Between chunks the event loop gets a turn. `pk` must be ascending.
 * Returns the counts added and removed per target.
 * 1M customers × 45 targets, ~10M live rows, a day's changes: the old read
 * of every live row took ~20 s of the refresh (measured in test/bench).
 */
export async function syncAssignmentsInChunks(
  client: Client, pk: Int32Array, targets: readonly ChunkTarget[], nowIso: string, chunkSize = CUSTOMERS_PER_CHUNK,
): Promise<{ added: number[]; removed: number[] }> {
  const T = targets.length;
  const added = new Array<number>(T).fill(0);
  const removed = new Array<number>(T).fill(0);
  if (!T) return { added, removed };
  const n = pk.length;
  let a = 0;
  do {
    const b = Math.min(n, a + chunkSize);
    // (lo, hi]: the first chunk starts below every pk and the last reaches above, so no live row is left out.
    const lo = a === 0 ? -1 : pk[a - 1];
    const hi = b === n ? Number.MAX_SAFE_INTEGER : pk[b - 1];
    const tx = await client.transaction('write');
    try {
      await syncChunk(tx, pk, a, b, lo, hi, targets, nowIso, added, removed);
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
  nowIso: string, added: number[], removed: number[],
) {
  const T = targets.length;
  // Who should carry each target, as one byte per pk of the chunk's range [first, first + span): 1 = member.
  // Pks in the range that were not loaded (erased customers) stay 0, so their live rows are closed.
  const first = b > a ? pk[a] : 0;
  const span = b > a ? pk[b - 1] - first + 1 : 0;
  const wanted = new Int32Array(T);
  const bytes = new Uint8Array(span);
  const membership = targets.map((t, k) => {
    bytes.fill(0);
    for (let i = a; i < b; i++) {
      if (t.flags[i]) {
        bytes[pk[i] - first] = 1;
        wanted[k]++;
      }
    }
    return [t.tagId, t.source, Buffer.from(bytes.buffer, 0, span).toString('hex')];
  });
  // Per target, in SQLite: how many members carry it, and the ids of live rows to close (not a member, or
  // outside the loaded customers): one range scan of the covering tag index per target; only the differences come back.
  const member = 'a.customer_pk >= ?4 AND a.customer_pk < ?4 + ?5 AND substr(t.bits, a.customer_pk - ?4 + 1, 1) = x\'01\'';
  const membershipJson = JSON.stringify(membership);
  const rs = await tx.execute({
    sql: `WITH t AS MATERIALIZED (SELECT key AS k, value ->> 0 AS tag_id, value ->> 1 AS source, unhex(value ->> 2) AS bits FROM json_each(?1))
      SELECT t.k, (SELECT count(DISTINCT CASE WHEN m THEN pk END) || '|' || coalesce(group_concat(CASE WHEN m THEN NULL ELSE id END), '')
        FROM (SELECT a.id AS id, a.customer_pk AS pk, ${member} AS m FROM tag_assignments a INDEXED BY tag_assignments_tag_idx
              WHERE a.tag_id = t.tag_id AND a.removed_at IS NULL AND a.source = t.source AND a.customer_pk > ?2 AND a.customer_pk <= ?3))
      FROM t ORDER BY t.k`,
    args: [membershipJson, lo, hi, first, span],
  });
  // Bound text stays in native memory until its statement is collected (statement-memory.ts).
  await afterBoundValues(membershipJson.length / 100);
  const closing: number[] = [];
  const missing: number[] = [];
  for (const row of rs.rows) {
    const k = Number(row[0]);
    const [matched, ids] = String(row[1]).split('|');
    if (ids) {
      const list = ids.split(',');
      for (const id of list) closing.push(Number(id));
      removed[k] += list.length;
    }
    if (Number(matched) < wanted[k]) missing.push(k);
  }
  for (const k of missing) {
    // Some members lack the tag: read who carries it in the chunk (this target only) and insert the rest.
    const target = targets[k];
    const carriers = await tx.execute({
      sql: `SELECT group_concat(customer_pk) FROM tag_assignments INDEXED BY tag_assignments_tag_idx
            WHERE tag_id = ? AND removed_at IS NULL AND source = ? AND customer_pk >= ? AND customer_pk <= ?`,
      args: [target.tagId, target.source, first, first + span - 1],
    });
    const text = carriers.rows[0]?.[0];
    const has = new Set(text === null || text === undefined ? [] : String(text).split(',').map(Number));
    const { reasonOf } = target;
    let rows: unknown[] = [];
    const flush = async () => {
      if (!rows.length) return;
      const json = JSON.stringify(rows);
      await tx.execute(reasonOf
        ? { sql: `${INSERT_HEAD} SELECT ?, value ->> 0, ?, value ->> 1, ?, NULL, NULL FROM json_each(?) ORDER BY key`, args: [target.tagId, target.source, nowIso, json] }
        : { sql: `${INSERT_HEAD} SELECT ?, value, ?, NULL, ?, NULL, NULL FROM json_each(?) ORDER BY key`, args: [target.tagId, target.source, nowIso, json] });
      await afterBoundValues(json.length / 100);
      rows = [];
    };
    for (let i = a; i < b; i++) {
      if (!target.flags[i] || has.has(pk[i])) continue;
      rows.push(reasonOf ? [pk[i], reasonOf(i)] : pk[i]);
      added[k]++;
      if (rows.length >= INSERT_ROWS) await flush();
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
