import type { BoolNode } from './ast';

/**
 * The stored labels a tag can stand for (segment schemes and the churn
 * level): each is a column of
 * customer_scores (the latest refresh) and of segment_snapshots (each ISO
 * week). `cluster` holds a number, the others a label id.
 */
export const SEGMENT_TAG_FIELDS = ['rfm_segment', 'rfm8', 'lifecycle', 'abc', 'value_activity', 'clv_tier', 'cluster', 'churn_level'] as const;
export type SegmentTagField = (typeof SEGMENT_TAG_FIELDS)[number];

/** `field = value`, e.g. `{ field: 'lifecycle', value: 'sleeping' }` or `{ field: 'cluster', value: 3 }`. */
export interface SegmentEquality { field: SegmentTagField; value: string | number }

const FIELDS: ReadonlySet<string> = new Set(SEGMENT_TAG_FIELDS);

/**
 * The segment label an expression is exactly the test of — one comparison
 * `<segment field> = <literal>` (either side), a string for the label
 * fields, a whole number ≥ 0 for `cluster` — else null. Such an expression holds for
 * a customer exactly when the stored column equals the literal (a missing
 * label never equals), so its members can be read from the scores instead
 * of being stored per customer. Examples: `lifecycle = "sleeping"` →
 * `{ field: 'lifecycle', value: 'sleeping' }`; `cluster = 3` → `{ field:
 * 'cluster', value: 3 }`; `lifecycle != "sleeping"`, `lifecycle = "a" or
 * abc = "A"`, `cluster = "3"` → null.
 */
export function segmentEquality(ast: BoolNode): SegmentEquality | null {
  if (ast.type !== 'compare' || ast.op !== '=') return null;
  const [field, literal] = ast.left.type === 'field' ? [ast.left, ast.right] : [ast.right, ast.left];
  if (field.type !== 'field' || literal.type !== 'literal' || !FIELDS.has(field.name)) return null;
  const value = literal.value;
  const ok = field.name === 'cluster' ? typeof value === 'number' && Number.isInteger(value) && value >= 0 : typeof value === 'string';
  return ok ? { field: field.name as SegmentTagField, value: value as string | number } : null;
}
