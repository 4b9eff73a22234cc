import { sql, type SQL } from 'drizzle-orm';
import { customers } from '../db/schema';

/**
 * `GET /api/customers?tag=` as a condition for `listCustomers({ extra })`:
 * customers who carry the tag (by id, Chinese name or case-insensitive
 * English name) now — active tag, assignment not removed, not expired at
 * `nowIso`. Values are bound, never spliced.
 */
export function tagFilterCondition(tag: string, nowIso: string): SQL {
  return sql`${customers.pk} IN (SELECT a.customer_pk FROM tag_assignments a JOIN tags t ON t.id = a.tag_id
    WHERE (t.id = ${tag} OR t.name_zh = ${tag} OR lower(t.name_en) = lower(${tag})) AND t.active = 1 AND a.removed_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > ${nowIso}))`;
}
