import type { Client } from '@libsql/client';
import { sql, type SQL } from 'drizzle-orm';
import { customers } from '../db/schema';
import { segmentTagOf } from './segment-tags';
import { loadTags, type TagRow } from './tag-repository';

/**
 * Customers carrying any of `tags` now: for a segment tag, the customers
 * whose scores hold its label; for any other, an assignment not removed
 * and not expired at `nowIso`. No tag → no customer. Values are bound;
 * a segment tag's column comes from the fixed list.
 */
function carrying(tags: readonly TagRow[], nowIso: string): SQL {
  const parts: SQL[] = [];
  const stored: string[] = [];
  for (const t of tags) {
    const segment = segmentTagOf(t);
    if (segment) parts.push(sql`${customers.pk} IN (SELECT customer_pk FROM customer_scores WHERE ${sql.identifier(segment.column)} = ${segment.value})`);
    else stored.push(t.id);
  }
  if (stored.length) {
    parts.push(sql`${customers.pk} IN (SELECT a.customer_pk FROM tag_assignments a
      WHERE a.tag_id IN (SELECT value FROM json_each(${JSON.stringify(stored)})) AND a.removed_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > ${nowIso}))`);
  }
  return parts.length ? sql`(${sql.join(parts, sql` OR `)})` : sql`0`;
}

/**
 * `?tag=` as a condition for `listCustomers({ extra })`: customers who carry
 * the active tag named by `tag` (id, Chinese name or case-insensitive
 * English name) now; an unknown tag matches no one.
 */
export async function tagFilterCondition(client: Client, tag: string, nowIso: string): Promise<SQL> {
  const lower = tag.toLowerCase();
  const tags = (await loadTags(client, { activeOnly: true })).filter((t) => t.id === tag || t.name.zh === tag || t.name.en.toLowerCase() === lower);
  return carrying(tags, nowIso);
}

/** The same condition for one tag already resolved (`resolveFilterTag`); an unknown or retired id matches no one. */
export async function tagIdFilterCondition(client: Client, tagId: string, nowIso: string): Promise<SQL> {
  return carrying((await loadTags(client, { activeOnly: true })).filter((t) => t.id === tagId), nowIso);
}
