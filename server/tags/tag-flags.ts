import type { Client } from '@libsql/client';
import { SEGMENT_TAG_FIELDS, type FeatureRequirement, type FeatureValue } from '../../shared/tags/index';
import { pkFilter } from './pk-filter';
import { loadSegmentTags, SEGMENT_COLUMNS_SQL, segmentTagsOfRow } from './segment-tags';

/**
 * `has_tag("name or id")` columns (1 = carries it now) for the loaded
 * customers: live, unexpired assignments of active tags at `nowIso`; for a
 * segment tag, whether the customer's scores hold its label (one read of
 * the label columns), never its stored rows.
 */
export async function loadTagFlags(
  client: Client, f: { n: number; indexOf: Map<number, number>; columns: Map<string, ArrayLike<FeatureValue>> },
  scope: { nowIso: string; pks?: readonly number[] }, reqs: Extract<FeatureRequirement, { kind: 'call' }>[],
) {
  const names = reqs.map((r) => String(r.args[0]));
  const cols = reqs.map(() => new Uint8Array(f.n));
  const segmentTags = await loadSegmentTags(client);
  const filter = pkFilter(scope, 'a.customer_pk');
  const rs = await client.execute({
    sql: `SELECT a.customer_pk, t.id, t.name_zh FROM tag_assignments a JOIN tags t ON t.id = a.tag_id
          WHERE t.active = 1 AND a.removed_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > ?)
            AND (t.name_zh IN (SELECT value FROM json_each(?)) OR t.id IN (SELECT value FROM json_each(?)))
            AND t.id NOT IN (SELECT value FROM json_each(?))${filter.sql}`,
    args: [scope.nowIso, JSON.stringify(names), JSON.stringify(names), JSON.stringify(segmentTags.map((t) => t.id)), ...filter.args],
  });
  for (const row of rs.rows) {
    const i = f.indexOf.get(Number(row[0]));
    if (i === undefined) continue;
    names.forEach((name, k) => {
      if (name === row[1] || name === row[2]) cols[k][i] = 1;
    });
  }
  const named = names.map((name) => segmentTags.filter((t) => t.id === name || t.nameZh === name));
  if (named.some((list) => list.length)) {
    const only = pkFilter(scope, 's.customer_pk');
    const scores = await client.execute({ sql: `SELECT s.customer_pk, ${SEGMENT_COLUMNS_SQL('s')} FROM customer_scores s WHERE true${only.sql}`, args: only.args });
    for (const row of scores.rows) {
      const i = f.indexOf.get(Number(row[0]));
      if (i === undefined) continue;
      const held = new Set(segmentTagsOfRow(segmentTags, (column) => row[1 + SEGMENT_TAG_FIELDS.indexOf(column)]));
      named.forEach((list, k) => {
        if (list.some((t) => held.has(t))) cols[k][i] = 1;
      });
    }
  }
  reqs.forEach((r, k) => f.columns.set(r.key, cols[k]));
}
