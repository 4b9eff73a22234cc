import type { NumericColumn } from './types';

/**
 * Plain string order of customer ids (UTF-16 code units, the `<` operator), the
 * tie-break of every ranking in SPEC §3. Example: `compareIds('C-10', 'C-9')` < 0.
 */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Position of each id in plain string order (0 = smallest; duplicate ids by index).
 * Computing it once lets several rankings of the same customers break ties with an
 * integer compare instead of a string compare. Example: ['b', 'a', 'c'] → [1, 0, 2].
 */
export function idRanks(ids: readonly string[]): Int32Array {
  const order = new Int32Array(ids.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  order.sort((a, b) => compareIds(ids[a], ids[b]) || a - b);
  const rank = new Int32Array(ids.length);
  for (let pos = 0; pos < order.length; pos++) rank[order[pos]] = pos;
  return rank;
}

/**
 * Indices `i` with `include(i)` true, sorted by `values[i]` (ascending, or descending
 * when `descending`), ties broken by customer id ascending in string order — given as
 * `idRank` from {@link idRanks}, or computed from `ids` when omitted. O(n log n);
 * -0 and +0 are equal; values must not be NaN.
 * Example: values [3, 1, 3], ids ['b', 'z', 'a'] ascending → [1, 2, 0].
 */
export function sortedIndices(
  values: NumericColumn,
  ids: readonly string[],
  include: (i: number) => boolean,
  descending = false,
  idRank: Int32Array = idRanks(ids),
): Int32Array {
  const n = ids.length;
  const picked = new Int32Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) if (include(i)) picked[count++] = i;
  const order = picked.subarray(0, count);
  const sign = descending ? -1 : 1;
  order.sort((a, b) => {
    const va = values[a];
    const vb = values[b];
    if (va !== vb) return va < vb ? -sign : sign;
    return idRank[a] - idRank[b];
  });
  return order;
}
