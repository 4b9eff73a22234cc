import type { CardTag } from '../../shared/api/types';
import { SEGMENT_TAG_FIELDS } from '../../shared/tags/index';
import type { Database } from '../db/client';
import { loadSegmentTags, SEGMENT_COLUMNS_SQL, segmentTagsOfRow } from './segment-tags';
import { loadTags, parseText } from './tag-repository';

const KIND_RANK: Record<string, number> = { event: 0, predictive: 1, rule: 2, statistical: 3 };
const rank = (kind: string) => KIND_RANK[kind] ?? 4;

/**
 * The customer's live tags for the portrait card (and so the bot): active
 * tags, assignments not removed and not expired at `nowIso`, plus the
 * segment tags of the labels the customer's scores hold (their reason is
 * the tag's description, their time the scores' `computed_at`); one entry
 * per tag (the latest assignment), real-time event tags first, then
 * predictive, rule, statistical, manual; newest first within a kind. A
 * NULL reason (statistical tags) is the tag's description.
 */
export async function cardTags(database: Database, customerPk: number, nowIso: string): Promise<CardTag[]> {
  const { client } = database;
  const tags = await loadTags(client, { activeOnly: true });
  const segmentTags = await loadSegmentTags(client, tags);
  const segmentIds = new Set(segmentTags.map((t) => t.id));
  const rs = await client.execute({
    sql: `SELECT t.id, t.name_zh, t.name_en, t.category, t.group_name, t.kind, coalesce(a.reason, t.description), a.assigned_at, a.expires_at
          FROM tag_assignments a JOIN tags t ON t.id = a.tag_id
          WHERE a.customer_pk = ? AND a.removed_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > ?) AND t.active = 1
          ORDER BY a.assigned_at DESC, a.id DESC`,
    args: [customerPk, nowIso],
  });
  const seen = new Set<string>();
  const out: CardTag[] = [];
  for (const r of rs.rows) {
    const id = String(r[0]);
    // A segment tag's stored rows (from before its members were read from the scores) are not its membership.
    if (seen.has(id) || segmentIds.has(id)) continue;
    seen.add(id);
    out.push({
      id, name: { zh: String(r[1]), en: r[2] === null ? String(r[1]) : String(r[2]) }, category: String(r[3]), group: String(r[4]),
      kind: String(r[5]), reason: parseText(r[6]), assigned_at: String(r[7]), expires_at: r[8] === null ? null : String(r[8]),
    });
  }
  const scores = await client.execute({ sql: `SELECT ${SEGMENT_COLUMNS_SQL('s')}, s.computed_at FROM customer_scores s WHERE s.customer_pk = ?`, args: [customerPk] });
  const row = scores.rows[0];
  if (row) {
    const byId = new Map(tags.map((t) => [t.id, t]));
    for (const s of segmentTagsOfRow(segmentTags, (column) => row[SEGMENT_TAG_FIELDS.indexOf(column)])) {
      const t = byId.get(s.id)!;
      out.push({ id: t.id, name: t.name, category: t.category, group: t.group, kind: t.kind, reason: t.description, assigned_at: String(row[SEGMENT_TAG_FIELDS.length]), expires_at: null });
    }
  }
  // Stable: within a kind, stored rows keep their newest-first order and segment tags follow in definition order.
  return out.sort((x, y) => rank(x.kind) - rank(y.kind));
}
