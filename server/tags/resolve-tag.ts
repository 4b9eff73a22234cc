import type { Client } from '@libsql/client';
import { DomainError } from '../errors';

export interface ResolvedTag { id: string; name_zh: string; name_en: string | null }

/**
 * One active tag as a user types it in a filter: its id, its Chinese name, or
 * its English name (case-insensitive), tried in that order. An unknown or
 * retired tag, or an English name two tags share, is a `validation` error
 * (HTTP 400) naming the field `tag`.
 * Example: `resolveFilterTag(client, 'high net worth')` → `{ id: 'high_net_worth', … }`.
 */
export async function resolveFilterTag(client: Client, text: string): Promise<ResolvedTag> {
  const wanted = text.trim();
  const rs = await client.execute({
    sql: `SELECT id, name_zh, name_en, CASE WHEN id = ?1 THEN 0 WHEN name_zh = ?1 THEN 1 ELSE 2 END AS rank
          FROM tags WHERE active = 1 AND (id = ?1 OR name_zh = ?1 OR lower(name_en) = lower(?1))
          ORDER BY rank, id`,
    args: [wanted],
  });
  const rows = rs.rows.map((r) => ({ id: String(r[0]), name_zh: String(r[1]), name_en: r[2] === null ? null : String(r[2]), rank: Number(r[3]) }));
  if (!rows.length) throw new DomainError('validation', `unknown tag ${JSON.stringify(wanted)}`, { field: 'tag' });
  const best = rows.filter((r) => r.rank === rows[0].rank);
  if (best.length > 1) {
    throw new DomainError('validation', `tag ${JSON.stringify(wanted)} is ambiguous: ${best.map((r) => r.id).join(', ')}`, { field: 'tag', candidates: best.map((r) => r.id) });
  }
  const { rank: _rank, ...tag } = best[0];
  return tag;
}
