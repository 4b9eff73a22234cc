import { sql, type SQL } from 'drizzle-orm';
import { customers } from '../db/schema';

/** Customers carrying a tag chosen by `which` now: active tag, assignment not removed, not expired at `nowIso`. */
const carrying = (which: SQL, nowIso: string): SQL =>
  sql`${customers.pk} IN (SELECT a.customer_pk FROM tag_assignments a JOIN tags t ON t.id = a.tag_id
    WHERE ${which} AND t.active = 1 AND a.removed_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > ${nowIso}))`;

/**
 * `GET /api/customers?tag=` as a condition for `listCustomers({ extra })`:
 * customers who carry the tag (by id, Chinese name or case-insensitive
 * English name) now — active tag, assignment not removed, not expired at
 * `nowIso`. Values are bound, never spliced.
 */
export function tagFilterCondition(tag: string, nowIso: string): SQL {
  return carrying(sql`(t.id = ${tag} OR t.name_zh = ${tag} OR lower(t.name_en) = lower(${tag}))`, nowIso);
}

/** The same condition for a tag already resolved to its id (`resolveFilterTag`): matches that tag only. */
export function tagIdFilterCondition(tagId: string, nowIso: string): SQL {
  return carrying(sql`t.id = ${tagId}`, nowIso);
}
