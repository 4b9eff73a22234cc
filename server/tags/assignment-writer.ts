import type { Client, InStatement, InValue } from '@libsql/client';
import type { Text } from '../../shared/api/types';

/** Rows per multi-row INSERT: 7 parameters each, well under SQLite's 32,766. */
const INSERT_ROWS = 2_000;
const UPDATE_IDS = 20_000;

export interface AssignmentSync {
  tagId: string;
  /** What assigns: 'rule' | 'statistical' | 'predictive' | 'interview' | 'event' | 'user:<id>'. */
  source: string;
  /** Customers who should carry the tag now (within the scope). */
  members: Iterable<number>;
  /** The zh/en reason of a new assignment (called only for customers who do not carry it yet). */
  reasonOf: (pk: number) => Text;
  /** Only these customers are in scope; null = every assignment of this tag and source. */
  scopePks?: readonly number[] | null;
  nowIso: string;
  expiresAt?: string | null;
  /** Live assignments of this tag and source in scope (pk → assignment id), when already read ({@link liveAssignmentsOf}). */
  live?: Map<number, number>;
  /** When given, the writes are appended here for the caller to run in one batch, instead of being run now. */
  defer?: InStatement[];
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
 * Makes the live assignments of one tag and source equal `members`: new
 * members get a row (source, reason, assigned_at = now); live rows of
 * customers no longer matching get `removed_at = now` — rows are never
 * deleted, so the history says who carried the tag, why and when.
 * Writes are multi-row statements in one batch (one transaction).
 */
export async function syncAssignments(client: Client, s: AssignmentSync): Promise<{ added: number; removed: number }> {
  const live = s.live ?? await readLive(client, s);
  const added: number[] = [];
  const keep = new Set<number>();
  for (const pk of s.members) {
    keep.add(pk);
    if (!live.has(pk)) added.push(pk);
  }
  const removedIds: number[] = [];
  for (const [pk, id] of live) if (!keep.has(pk)) removedIds.push(id);
  const statements: InStatement[] = [
    ...insertStatements(added.map((pk) => ({ tagId: s.tagId, pk, source: s.source, reason: s.reasonOf(pk), at: s.nowIso, expiresAt: s.expiresAt ?? null }))),
    ...removeStatements(removedIds, s.nowIso),
  ];
  if (s.defer) s.defer.push(...statements);
  else if (statements.length) await client.batch(statements, 'write');
  return { added: added.length, removed: removedIds.length };
}

export interface NewAssignment { tagId: string; pk: number; source: string; reason: Text; at: string; expiresAt: string | null }

/** Multi-row INSERTs of new assignments, 2,000 rows per statement. */
export function insertStatements(rows: readonly NewAssignment[]): InStatement[] {
  const out: InStatement[] = [];
  for (let i = 0; i < rows.length; i += INSERT_ROWS) {
    const chunk = rows.slice(i, i + INSERT_ROWS);
    const args: InValue[] = [];
    for (const r of chunk) args.push(r.tagId, r.pk, r.source, JSON.stringify(r.reason), r.at, r.expiresAt, null);
    out.push({
      sql: `INSERT INTO tag_assignments (tag_id, customer_pk, source, reason, assigned_at, expires_at, removed_at) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
      args,
    });
  }
  return out;
}

/** `removed_at = at` for the given assignment ids, 20,000 per statement. */
export function removeStatements(ids: readonly number[], at: string): InStatement[] {
  const out: InStatement[] = [];
  for (let i = 0; i < ids.length; i += UPDATE_IDS) {
    out.push({ sql: 'UPDATE tag_assignments SET removed_at = ? WHERE id IN (SELECT value FROM json_each(?))', args: [at, JSON.stringify(ids.slice(i, i + UPDATE_IDS))] });
  }
  return out;
}

/** Live assignments of one tag and source, in scope. */
async function readLive(client: Client, s: AssignmentSync): Promise<Map<number, number>> {
  // A scoped read goes through the customer index: left to itself the planner takes the tag
  // index and walks every live row of the tag (a million at scale) for one customer.
  const rs = await client.execute(s.scopePks
    ? {
      sql: `SELECT id, customer_pk FROM tag_assignments INDEXED BY tag_assignments_customer_idx
            WHERE customer_pk IN (SELECT value FROM json_each(?)) AND removed_at IS NULL AND tag_id = ? AND source = ?`,
      args: [JSON.stringify(s.scopePks), s.tagId, s.source],
    }
    : { sql: 'SELECT id, customer_pk FROM tag_assignments WHERE tag_id = ? AND source = ? AND removed_at IS NULL', args: [s.tagId, s.source] });
  const live = new Map<number, number>();
  for (const row of rs.rows) live.set(Number(row[1]), Number(row[0]));
  return live;
}
