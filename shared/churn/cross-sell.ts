/** One product view (a `view` event): product name, seconds on the page (null = unknown, counted as 0), day number. */
export interface ProductView {
  product: string | null;
  durationS: number | null;
  day: number;
}

/**
 * Cross-sell candidates, seed 001 "根据'浏览未购买'商品类别进行交叉推荐": products the
 * customer viewed but has not bought, at most `limit`. Views are summed per product;
 * ranked by total view time descending, then by the latest view day descending (more
 * recent interest first), then by product name in plain string order. Views without a
 * product are ignored. O(v log v).
 * Example: views A 120 s, B 300 s, C 300 s (C later), bought {A} → ['C', 'B'].
 */
export function crossSellCandidates(
  viewed: readonly ProductView[],
  bought: ReadonlySet<string> | readonly string[],
  limit = 3,
): string[] {
  const owned = bought instanceof Set ? bought : new Set(bought as readonly string[]);
  const totals = new Map<string, { seconds: number; lastDay: number }>();
  for (const v of viewed) {
    if (v.product === null || v.product === '' || owned.has(v.product)) continue;
    const seconds = v.durationS !== null && v.durationS > 0 ? v.durationS : 0;
    const t = totals.get(v.product);
    if (t) {
      t.seconds += seconds;
      if (v.day > t.lastDay) t.lastDay = v.day;
    } else {
      totals.set(v.product, { seconds, lastDay: v.day });
    }
  }
  return [...totals.entries()]
    .sort(([pa, a], [pb, b]) => b.seconds - a.seconds || b.lastDay - a.lastDay || (pa < pb ? -1 : pa > pb ? 1 : 0))
    .slice(0, Math.max(0, limit))
    .map(([product]) => product);
}
