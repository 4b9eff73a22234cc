import { idRanks, sortedIndices } from './ordering';
import type { LabelCodes, NumericColumn, SegmentLabelInfo } from './types';

export const CLV_TIER_IDS = ['whale', 'dolphin', 'small_fish'] as const;
export type ClvTierId = (typeof CLV_TIER_IDS)[number];

/** Shares of the ranked population: whales first, then dolphins; the rest are small fish. */
export interface ClvTierShares {
  whaleShare: number;
  dolphinShare: number;
}
export const DEFAULT_CLV_TIER_SHARES: ClvTierShares = { whaleShare: 0.05, dolphinShare: 0.25 };

/**
 * `ceil(share · n)` tolerant of binary rounding: 0.07·100 is 7.000000000000001 in floating
 * point and must give 7, not 8. Products within 1e-6 of an integer snap to it, which is
 * exact for shares with up to 5 decimals and n below 10^7. Example: (0.05, 7) → 1, (0.07, 100) → 7.
 */
export function ceilShareCount(share: number, n: number): number {
  const x = share * n;
  const nearest = Math.round(x);
  return Math.abs(x - nearest) <= 1e-6 ? nearest : Math.ceil(x);
}

/**
 * CLV tiers (SPEC §3.2) by predicted 12-month CLV. Customers with a CLV value (not NaN)
 * are ranked by CLV descending, ties by customer id ascending. With n ranked customers,
 * the first `W = ceilShareCount(whaleShare, n)` are whales, ranks up to
 * `ceilShareCount(whaleShare + dolphinShare, n)` are dolphins, the rest small fish.
 * Customers whose CLV is NaN get code 0 (null). `idRank` ({@link idRanks}) may be shared.
 * Example (defaults, n = 10): whales ceil(0.5) = 1, whale+dolphin ceil(3.0) = 3 →
 * ranks 1 | 2–3 | 4–10. n = 1 → the only customer is a whale.
 */
export function clvTiers(
  ids: readonly string[],
  clv12m: NumericColumn,
  shares: ClvTierShares = DEFAULT_CLV_TIER_SHARES,
  idRank: Int32Array = idRanks(ids),
): LabelCodes<ClvTierId> {
  const { whaleShare, dolphinShare } = shares;
  if (!(whaleShare >= 0 && dolphinShare >= 0 && whaleShare + dolphinShare <= 1)) {
    throw new RangeError('CLV tier shares must be ≥ 0 and sum to at most 1');
  }
  const order = sortedIndices(clv12m, ids, (i) => !Number.isNaN(clv12m[i]), true, idRank);
  const n = order.length;
  const whales = ceilShareCount(whaleShare, n);
  const whalesAndDolphins = Math.max(whales, ceilShareCount(whaleShare + dolphinShare, n));
  const codes = new Uint8Array(ids.length);
  for (let p = 0; p < n; p++) codes[order[p]] = p < whales ? 1 : p < whalesAndDolphins ? 2 : 3;
  return { codes, labelIds: CLV_TIER_IDS };
}

export const CLV_TIER_LABELS: readonly SegmentLabelInfo[] = [
  { id: 'whale', name: { zh: '鲸鱼客户', en: 'Whale' }, why: { zh: '预测未来 12 个月价值排在前 5%', en: 'Predicted 12-month value in the top 5%' } },
  { id: 'dolphin', name: { zh: '海豚客户', en: 'Dolphin' }, why: { zh: '预测未来 12 个月价值排在前 5%–30%', en: 'Predicted 12-month value in the top 5–30%' } },
  { id: 'small_fish', name: { zh: '小鱼客户', en: 'Small fish' }, why: { zh: '预测未来 12 个月价值排在后 70%', en: 'Predicted 12-month value in the bottom 70%' } },
];
