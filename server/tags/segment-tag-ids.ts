import type { Client } from '@libsql/client';

/** A label of a segment scheme, e.g. `{ scheme: 'lifecycle', label: 'sleeping' }`. */
export interface SegmentLabel { scheme: string; label: string }

/**
 * The active statistical or predictive tags that stand for segment labels:
 * the tag whose expression is exactly `<scheme> = "<label>"` (the form the
 * default taxonomy gives every scheme label, e.g. `seg_lifecycle_sleeping`,
 * `churn_high`; clusters compare a number, `cluster = 3`). Labels without such
 * a tag are left out; the ids come back once each, in label order.
 */
export async function segmentTagIds(client: Client, labels: readonly SegmentLabel[]): Promise<string[]> {
  if (!labels.length) return [];
  const expressions = labels.map(({ scheme, label }) =>
    scheme === 'cluster' && /^\d+$/.test(label) ? `cluster = ${Number(label)}` : `${scheme} = ${JSON.stringify(label)}`);
  const rs = await client.execute({
    sql: `SELECT e.value, t.id FROM json_each(?) e JOIN tags t ON t.expression = e.value
          WHERE t.active = 1 AND t.kind IN ('statistical', 'predictive') ORDER BY e.key, t.id`,
    args: [JSON.stringify(expressions)],
  });
  return [...new Set(rs.rows.map((r) => String(r[1])))];
}
