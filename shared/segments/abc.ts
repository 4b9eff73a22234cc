import { idRanks, sortedIndices } from './ordering';
import { hasOrders, type LabelCodes, type RfmColumns, type SegmentLabelInfo } from './types';

export const ABC_IDS = ['A', 'B', 'C'] as const;
export type AbcId = (typeof ABC_IDS)[number];

/** Cumulative revenue shares closing classes A and B (fractions of total monetary). */
export interface AbcThresholds {
  aShare: number;
  bShare: number;
}
export const DEFAULT_ABC_THRESHOLDS: AbcThresholds = { aShare: 0.8, bShare: 0.95 };

/**
 * ABC (Pareto) classes, SPEC §3.2, over customers with orders. Sort by monetary
 * descending, ties by customer id ascending; let `before` be the revenue of the customers
 * ahead of this one and `T` the total. The customer is
 *   A when before / T < aShare   (so the one that crosses — or exactly reaches — the line is A),
 *   B when before / T < bShare   (likewise for the B line),
 *   C otherwise.
 * Exact equality: a customer whose cumulative share lands exactly on 80 % is A, the next is
 * B (its `before` is already 80 %). Shares are computed as a division, so integer amounts
 * summing below 2^53 compare exactly (80/100 is the same double as 0.8).
 * Total monetary 0 (every customer with orders spent 0): no revenue to share, all are C.
 * Customers without orders get code 0 (null). `idRank` ({@link idRanks}) may be shared with
 * the other rankings of a refresh.
 * Example: monetary a=50, b=30, c=15, d=5 (T=100): before 0, 50, 80, 95 → A, A, B, C.
 */
export function abcClasses(
  columns: RfmColumns,
  thresholds: AbcThresholds = DEFAULT_ABC_THRESHOLDS,
  idRank: Int32Array = idRanks(columns.ids),
): LabelCodes<AbcId> {
  const { aShare, bShare } = thresholds;
  if (!(aShare > 0 && aShare <= bShare && bShare <= 1)) {
    throw new RangeError('ABC thresholds must satisfy 0 < aShare ≤ bShare ≤ 1');
  }
  const { ids, frequency, monetary } = columns;
  const order = sortedIndices(monetary, ids, (i) => hasOrders(frequency, i), true, idRank);
  const codes = new Uint8Array(ids.length);
  let total = 0;
  for (let p = 0; p < order.length; p++) total += monetary[order[p]];
  let before = 0;
  for (let p = 0; p < order.length; p++) {
    const i = order[p];
    const share = total > 0 ? before / total : 1;
    codes[i] = total > 0 && share < aShare ? 1 : total > 0 && share < bShare ? 2 : 3;
    before += monetary[i];
  }
  return { codes, labelIds: ABC_IDS };
}

/** Display names and reasons for the default 80 % / 95 % lines. */
export const ABC_LABELS: readonly SegmentLabelInfo[] = [
  { id: 'A', name: { zh: 'A类客户', en: 'Class A' }, why: { zh: '属于贡献前 80% 销售额的头部客户', en: 'Among the top customers who bring in 80% of revenue' } },
  { id: 'B', name: { zh: 'B类客户', en: 'Class B' }, why: { zh: '属于贡献 80%–95% 销售额的腰部客户', en: 'Among the customers who bring in the next 15% of revenue' } },
  { id: 'C', name: { zh: 'C类客户', en: 'Class C' }, why: { zh: '属于贡献最后 5% 销售额的长尾客户', en: 'In the long tail that brings in the last 5% of revenue' } },
];
