/**
 * Weighted choice tables for the demo generator: the cumulative weights are
 * built once per table, each draw is a binary search (O(log k)), so drawing a
 * name or a city for 100,000 customers costs no more than a few array reads.
 */

export interface WeightedTable<T> {
  readonly items: readonly T[];
  /** cumulative[i] = w_0 + … + w_i. */
  readonly cumulative: Float64Array;
  readonly total: number;
}

/**
 * Builds a table from `[item, weight]` pairs (weights > 0, any scale).
 * Example: `weightedTable([['a', 3], ['b', 1]])` picks 'a' for u < 0.75.
 */
export function weightedTable<T>(pairs: readonly (readonly [T, number])[]): WeightedTable<T> {
  if (pairs.length === 0) throw new RangeError('a weighted table needs at least one item');
  const cumulative = new Float64Array(pairs.length);
  let total = 0;
  pairs.forEach(([, w], i) => {
    if (!(w > 0)) throw new RangeError(`weight must be > 0, got ${w}`);
    total += w;
    cumulative[i] = total;
  });
  return { items: pairs.map(([item]) => item), cumulative, total };
}

/**
 * The item whose cumulative interval contains `u · total`, for a uniform
 * `u ∈ [0, 1)`: the smallest i with cumulative[i] > u · total (binary search).
 * Example: table [['a', 3], ['b', 1]], u = 0.8 → 0.8·4 = 3.2 > 3 → 'b'.
 */
export function pickWeighted<T>(table: WeightedTable<T>, u: number): T {
  const target = u * table.total;
  let lo = 0;
  let hi = table.cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table.cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return table.items[lo]!;
}
