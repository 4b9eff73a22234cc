import type { Client } from '@libsql/client';
import { segmentEquality, tagExpression, TagLanguageError, SEGMENT_TAG_FIELDS, type BoolNode, type SegmentTagField } from '../../shared/tags/index';
import { loadTags, type TagRow } from './tag-repository';

/**
 * A segment tag: an active statistical or predictive tag whose expression
 * is exactly one stored label (`lifecycle = "sleeping"`, `cluster = 3`,
 * `churn_level = "high"`; see {@link segmentEquality}) — every label of
 * every scheme and every churn level in the default taxonomy, ~80 % of all
 * tag memberships. Its members are the customers whose customer_scores
 * column holds the label, so they are read from the scores, not stored as
 * tag_assignments rows: the refresh writes no assignment for them (at 1M
 * customers that was ~8M of ~10M live rows, and every CLV-tier, churn-level
 * or lifecycle move was a close and an insert), and the incremental
 * path's label change moves the tag at once. Its reason is its description
 * (which names the label). Readers (card, filters, counts, export,
 * has_tag, A/B validation) go through this module.
 */
export interface SegmentTag {
  id: string;
  nameZh: string;
  /** A column of customer_scores and segment_snapshots (from the fixed list, never from user text). */
  column: SegmentTagField;
  value: string | number;
}

/**
 * The label a tag stands for, or null (not statistical or predictive, no
 * expression, or any other expression). `ast`: the expression already
 * parsed by the caller (not parsed again).
 */
export function segmentTagOf(tag: Pick<TagRow, 'id' | 'name' | 'kind' | 'expression' | 'active'>, ast?: BoolNode): SegmentTag | null {
  if ((tag.kind !== 'statistical' && tag.kind !== 'predictive') || !tag.active || !tag.expression) return null;
  try {
    const eq = segmentEquality(ast ?? tagExpression(tag.expression).ast);
    return eq ? { id: tag.id, nameZh: tag.name.zh, column: eq.field, value: eq.value } : null;
  } catch (e) {
    if (e instanceof TagLanguageError) return null;
    throw e;
  }
}

/** Every active segment tag, in definition order. */
export async function loadSegmentTags(client: Client, tags?: readonly TagRow[]): Promise<SegmentTag[]> {
  const rows = tags ?? (await loadTags(client, { activeOnly: true }));
  return rows.flatMap((t) => segmentTagOf(t) ?? []);
}

/** The segment tags whose label a customer's stored columns hold (`row[column]`). */
export function segmentTagsOfRow(segmentTags: readonly SegmentTag[], row: (column: SegmentTagField) => unknown): SegmentTag[] {
  return segmentTags.filter((t) => {
    const v = row(t.column);
    return v !== null && v !== undefined && (t.column === 'cluster' ? Number(v) === t.value : String(v) === t.value);
  });
}

/** The stored columns, as a SELECT list (`s.rfm_segment, s.rfm8, …`) in {@link SEGMENT_TAG_FIELDS} order. */
export const SEGMENT_COLUMNS_SQL = (alias: string) => SEGMENT_TAG_FIELDS.map((f) => `${alias}.${f}`).join(', ');

/**
 * Customers per segment tag among those a visibility condition on
 * `customers c` admits (and not erased): one pass over customer_scores with
 * a `count(CASE WHEN <column> = ? THEN 1 END)` per tag — no sort (1M
 * customers, 40 tags: 1.3 s; a GROUP BY over the label columns took 4.1 s).
 * The visibility's plain `?`s number on after the tags' `?1…?n`.
 */
export async function segmentTagCounts(client: Client, segmentTags: readonly SegmentTag[], visible: { where: string; args: unknown[] }): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (!segmentTags.length) return counts;
  const rs = await client.execute({
    sql: `SELECT ${segmentTags.map((t, k) => `count(CASE WHEN s.${t.column} = ?${k + 1} THEN 1 END)`).join(', ')}
          FROM customer_scores s JOIN customers c ON c.pk = s.customer_pk WHERE c.erased_at IS NULL AND (${visible.where})`,
    args: [...segmentTags.map((t) => t.value), ...(visible.args as (string | number)[])],
  });
  segmentTags.forEach((t, k) => counts.set(t.id, Number(rs.rows[0][k])));
  return counts;
}
