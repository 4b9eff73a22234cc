import type { Client, InStatement, InValue } from '@libsql/client';
import type { Text } from '../../shared/api/types';

/** Rows per multi-row INSERT: 7 parameters each, well under SQLite's 32,766. */
const INSERT_ROWS = 2_000;
const UPDATE_IDS = 20_000;

export interface AssignmentSync {
  tagId: string;
  /** What assigns: 'rule' | 'statistical' | 'predictive' | 'interview'. */
  source: string;
  /** Customers in scope who should carry the tag now. */
  members: Iterable<number>;
  /** The zh/en reason of a new assignment (called only for customers who do not carry it yet); null: the tag's description is the reason (stored NULL). */
  reasonOf: (pk: number) => Text | null;
  nowIso: string;
  /** Live assignments of this tag and source in scope, pk → assignment id ({@link liveAssignmentsOf}). */
  live: Map<number, number>;
}

/**
 * Every live assignment of a few customers in one indexed read, keyed
 * `tagId|source` → (pk → assignment id): the scoped path (new activity of one
 * customer) then syncs all tags without one query per tag.
 */
export async function liveAssignmentsOf(client: Client, pks: readonly number[]): Promise<Map<string, Map<number, number>>> {
  const rs = await client.execute({
    sql: `SELECT id, customer_pk, tag_id, source FROM tag_assignments INDEXED BY tag_assignments_customer_idx
          WHERE customer_pk IN (SELECT value FROM json_each(?)) AND removed_at IS NULL`,
    args: [JSON.stringify(pks)],
  });
  const out = new Map<string, Map<number, number>>();
  for (const row of rs.rows) {
    const key = `${row[2]}|${row[3]}`;
    let m = out.get(key);
    if (!m) out.set(key, (m = new Map()));
    m.set(Number(row[1]), Number(row[0]));
  }
  return out;
}

/**
 * The writes that make the live assignments of one tag and source, within a
 * few customers (the scoped path after new activity), equal `members`: new
 * members get a row (source, reason, assigned_at = now); live rows of
 * customers no longer matching get `removed_at = now`. Rows are never
 * deleted, so the history says who carried the tag, why and when. The caller
 * runs the statements of all tags in one batch; a full refresh uses
 * `syncAssignmentsInChunks` instead.
 */
export function planAssignmentSync(s: AssignmentSync): { statements: InStatement[]; added: number; removed: number } {
  const added: number[] = [];
  const keep = new Set<number>();
  for (const pk of s.members) {
    keep.add(pk);
    if (!s.live.has(pk)) added.push(pk);
  }
  const removedIds: number[] = [];
  for (const [pk, id] of s.live) if (!keep.has(pk)) removedIds.push(id);
  const statements: InStatement[] = [
    ...insertStatements(added.map((pk) => ({ tagId: s.tagId, pk, source: s.source, reason: s.reasonOf(pk), at: s.nowIso, expiresAt: null }))),
    ...removeStatements(removedIds, s.nowIso),
  ];
  return { statements, added: added.length, removed: removedIds.length };
}

/** `reason` null: the tag's own description is the reason (the column stays NULL). */
export interface NewAssignment { tagId: string; pk: number; source: string; reason: Text | null; at: string; expiresAt: string | null }

/** Multi-row INSERTs of new assignments, 2,000 rows per statement. */
export function insertStatements(rows: readonly NewAssignment[]): InStatement[] {
  const out: InStatement[] = [];
  for (let i = 0; i < rows.length; i += INSERT_ROWS) {
    const chunk = rows.slice(i, i + INSERT_ROWS);
    const args: InValue[] = [];
    for (const r of chunk) args.push(r.tagId, r.pk, r.source, r.reason === null ? null : JSON.stringify(r.reason), r.at, r.expiresAt, null);
    out.push({
      sql: `INSERT INTO tag_assignments (tag_id, customer_pk, source, reason, assigned_at, expires_at, removed_at) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      args,
    });
  }
  return out;
}

/** `removed_at = at` for the given assignment ids, 20,000 per statement. */
function removeStatements(ids: readonly number[], at: string): InStatement[] {
  const out: InStatement[] = [];
  for (let i = 0; i < ids.length; i += UPDATE_IDS) {
    out.push({ sql: 'UPDATE tag_assignments SET removed_at = ? WHERE id IN (SELECT value FROM json_each(?))', args: [at, JSON.stringify(ids.slice(i, i + UPDATE_IDS))] });
  }
  return out;
}

