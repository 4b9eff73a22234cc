import type { Client } from '@libsql/client';
import { isoDate } from '../../shared/time/calendar';
import type { Database } from '../db/client';
import type { SegmentTagField } from '../../shared/tags/index';
import { loadSegmentTags, segmentTagsOfRow } from '../tags/segment-tags';
import { recordTagUse, usageDay } from '../tags/tag-usage';

/** Columns of `export customers` (SPEC §8), in order. */
export const EXPORT_COLUMNS = [
  'customer_id', 'name', 'owner', 'recency_days', 'frequency', 'monetary', 'r', 'f', 'm', 'rfm_segment', 'rfm8', 'lifecycle',
  'abc', 'value_activity', 'clv_tier', 'cluster', 'p_alive', 'expected_purchases_90d', 'expected_avg_spend', 'clv_12m',
  'churn_score', 'churn_level', 'tags', 'first_order', 'last_order', 'as_of',
] as const;

/** Where each stored label is in the query's row (lifecycle: the raw stored value, not the prospect fallback). */
const LABEL_AT: Record<SegmentTagField, number> = { rfm_segment: 10, rfm8: 11, lifecycle: 27, abc: 13, value_activity: 14, clv_tier: 15, cluster: 16, churn_level: 22 };

export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

/**
 * Streams one row per customer from the latest refresh (scores), joined with
 * the profile and the live tags, in primary-key pages of 5,000 rows so memory
 * stays flat at 1M customers. `tags` lists, joined with `|` (each tag once),
 * the Chinese names of the customer's live tags at `nowIso`: in assignment
 * order, active tag (`t.active = 1`), assignment not removed and not
 * expired (`a.expires_at IS NULL OR a.expires_at > nowIso`); then the
 * segment tags of the labels the customer's scores hold. The ids of the
 * tags listed are added to `seenTags` when given (for usage counting).
 */
export async function* exportCustomerRows(client: Client, opts: { nowIso: string; seenTags?: Set<string> }): AsyncGenerator<ExportRow> {
  const { nowIso, seenTags } = opts;
  // Tag ids are [a-z0-9_] (default ids, `custom_<base36>`), so a comma list is safe; names come from this small map.
  const names = new Map((await client.execute('SELECT id, name_zh FROM tags')).rows.map((r) => [String(r[0]), String(r[1])]));
  const segmentTags = await loadSegmentTags(client);
  const isSegment = new Set(segmentTags.map((t) => t.id));
  let after = 0;
  for (;;) {
    const rs = await client.execute({
      sql: `SELECT c.pk, c.customer_id, c.name, u.login, s.recency_days, coalesce(s.frequency, st.orders, 0), coalesce(s.monetary, st.monetary, 0),
              s.r, s.f, s.m, s.rfm_segment, s.rfm8, coalesce(s.lifecycle, CASE WHEN coalesce(st.orders, 0) = 0 THEN 'prospect' END), s.abc,
              s.value_activity, s.clv_tier, s.cluster, s.p_alive, s.expected_purchases_90d, s.expected_avg_spend, s.clv_12m,
              s.churn_score, s.churn_level,
              (SELECT group_concat(a.tag_id, ',' ORDER BY a.id) FROM tag_assignments a JOIN tags t ON t.id = a.tag_id
                 WHERE a.customer_pk = c.pk AND t.active = 1 AND a.removed_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > ?)),
              st.first_day, st.last_day, s.as_of, s.lifecycle
            FROM customers c LEFT JOIN users u ON u.id = c.owner_id
            LEFT JOIN customer_scores s ON s.customer_pk = c.pk LEFT JOIN customer_stats st ON st.customer_pk = c.pk
            WHERE c.pk > ? ORDER BY c.pk LIMIT 5000`,
      args: [nowIso, after],
    });
    if (!rs.rows.length) return;
    for (const r of rs.rows) {
      after = Number(r[0]);
      const v = (k: number) => (r[k] === undefined ? null : (r[k] as string | number | null));
      const round = (k: number, digits: number) => (r[k] === null ? null : Number(Number(r[k]).toFixed(digits)));
      // Stored assignments (not a segment tag's old rows), then the segment tags of the labels the scores hold.
      const segmentIds = segmentTagsOfRow(segmentTags, (column) => r[LABEL_AT[column]]).map((t) => t.id);
      const stored = r[23] === null ? [] : String(r[23]).split(',').filter((id) => !isSegment.has(id));
      const tagIds = [...new Set([...stored, ...segmentIds])];
      for (const id of tagIds) seenTags?.add(id);
      yield {
        customer_id: v(1), name: v(2), owner: v(3), recency_days: v(4), frequency: v(5), monetary: round(6, 2), r: v(7), f: v(8), m: v(9),
        rfm_segment: v(10), rfm8: v(11), lifecycle: v(12), abc: v(13), value_activity: v(14), clv_tier: v(15), cluster: v(16),
        p_alive: round(17, 4), expected_purchases_90d: round(18, 4), expected_avg_spend: round(19, 2), clv_12m: round(20, 2),
        churn_score: round(21, 4), churn_level: v(22), tags: tagIds.length ? tagIds.map((id) => names.get(id) ?? id).join('|') : null,
        first_order: r[24] === null ? null : isoDate(Number(r[24])), last_order: r[25] === null ? null : isoDate(Number(r[25])), as_of: v(26),
      };
    }
  }
}

/**
 * The customer export as a service: streams every row to `write`, then counts
 * one `export` use of each tag the export listed (SPEC §5), on the local day
 * of `now`, for `userId` (null from the CLI). Returns the rows written and the
 * tag ids counted.
 */
export async function writeCustomerExport(
  database: Database, opts: { now: Date; timeZone: string; userId: number | null }, write: (row: ExportRow) => Promise<void>,
): Promise<{ rows: number; tags: string[] }> {
  const seenTags = new Set<string>();
  let rows = 0;
  for await (const row of exportCustomerRows(database.client, { nowIso: opts.now.toISOString(), seenTags })) {
    await write(row);
    rows++;
  }
  const tags = [...seenTags].sort();
  await recordTagUse(database, tags, 'export', opts.userId, usageDay(opts.now, opts.timeZone));
  return { rows, tags };
}

/** RFC 4180 CSV field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string | number | null): string {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
