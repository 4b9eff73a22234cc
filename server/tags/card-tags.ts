import type { CardTag } from '../../shared/api/types';
import type { Database } from '../db/client';
import { parseText } from './tag-repository';

const KIND_ORDER = "CASE t.kind WHEN 'event' THEN 0 WHEN 'predictive' THEN 1 WHEN 'rule' THEN 2 WHEN 'statistical' THEN 3 ELSE 4 END";

/**
 * The customer's live tags for the portrait card (and so the bot): active
 * tags, assignments not removed and not expired at `nowIso`; one entry per
 * tag (the latest assignment), real-time event tags first, then
 * predictive, rule, statistical, manual; newest first within a kind. A
 * NULL reason (statistical tags) is the tag's description.
 */
export async function cardTags(database: Database, customerPk: number, nowIso: string): Promise<CardTag[]> {
  const rs = await database.client.execute({
    sql: `SELECT t.id, t.name_zh, t.name_en, t.category, t.group_name, t.kind, coalesce(a.reason, t.description), a.assigned_at, a.expires_at
          FROM tag_assignments a JOIN tags t ON t.id = a.tag_id
          WHERE a.customer_pk = ? AND a.removed_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > ?) AND t.active = 1
          ORDER BY ${KIND_ORDER}, a.assigned_at DESC, a.id DESC`,
    args: [customerPk, nowIso],
  });
  const seen = new Set<string>();
  const out: CardTag[] = [];
  for (const r of rs.rows) {
    const id = String(r[0]);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({
      id, name: { zh: String(r[1]), en: r[2] === null ? String(r[1]) : String(r[2]) }, category: String(r[3]), group: String(r[4]),
      kind: String(r[5]), reason: parseText(r[6]), assigned_at: String(r[7]), expires_at: r[8] === null ? null : String(r[8]),
    });
  }
  return out;
}
