import { idRanks, sortedIndices } from './ordering';
import { hasOrders, type NumericColumn, type RfmColumns } from './types';

/**
 * Quintile (1–5) of rank `k` (1-based) among `n` ranked customers, SPEC §3.1:
 * `1 + #{j ∈ 1..4 : 5(k−1) > j(n−1)}`. This equals pandas
 * `qcut(rank(method='first'), 5, labels=False) + 1`: the qcut edges on ranks 1..n are
 * `1 + j(n−1)/5` and bins are right-closed. Integer arithmetic, so no rounding.
 * Example: n = 7 gives ranks 1..7 → 1, 1, 2, 3, 4, 5, 5; n = 1 gives 1.
 */
export function quintileOfRank(k: number, n: number): number {
  const lhs = 5 * (k - 1);
  let bin = 1;
  for (let j = 1; j <= 4; j++) if (lhs > j * (n - 1)) bin++;
  return bin;
}

/**
 * Quintile bins of `values` among the customers with `include(i)`: rank ascending by
 * value, ties by customer id ascending (string order), then {@link quintileOfRank}.
 * Excluded customers get 0. Values must not be NaN. Pass `idRank` ({@link idRanks}) when
 * ranking the same customers several times.
 * Example: values [10, 5, 5], ids ['a', 'c', 'b'] → ranks a=3, b=1, c=2 → bins [5, 3, 1].
 */
export function quintileBins(
  values: NumericColumn,
  ids: readonly string[],
  include: (i: number) => boolean,
  idRank: Int32Array = idRanks(ids),
): Uint8Array {
  const order = sortedIndices(values, ids, include, false, idRank);
  const n = order.length;
  const bins = new Uint8Array(ids.length);
  for (let pos = 0; pos < n; pos++) bins[order[pos]] = quintileOfRank(pos + 1, n);
  return bins;
}

/** RFM quintile scores, 1–5 each, 0 for customers without orders. */
export interface RfmScores {
  r: Uint8Array;
  f: Uint8Array;
  m: Uint8Array;
}

/**
 * RFM quintile scores of SPEC §3.1 over the customers with orders (frequency > 0):
 * `R = 6 − bin(recency_days)` so the most recent fifth scores 5; `F = bin(frequency)`,
 * `M = bin(monetary)`. Customers without orders get 0 in all three. `idRank` may be shared.
 * Example: one customer with orders → R = 5, F = 1, M = 1 (rank 1 of 1 is bin 1).
 */
export function rfmScores(columns: RfmColumns, idRank: Int32Array = idRanks(columns.ids)): RfmScores {
  const { ids, recencyDays, frequency, monetary } = columns;
  const withOrders = (i: number): boolean => hasOrders(frequency, i);
  const r = quintileBins(recencyDays, ids, withOrders, idRank);
  for (let i = 0; i < r.length; i++) if (r[i] !== 0) r[i] = 6 - r[i];
  return {
    r,
    f: quintileBins(frequency, ids, withOrders, idRank),
    m: quintileBins(monetary, ids, withOrders, idRank),
  };
}
