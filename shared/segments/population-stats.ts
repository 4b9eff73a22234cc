import type { NumericColumn } from './types';

/**
 * Arithmetic mean of `values[i]` over the customers with `include(i)`, NaN when none.
 * Computed as `x₀ + Σ(xᵢ − x₀)/n` (shifted by the first included value) so that equal
 * values give exactly that value back — the "above the mean" tests of RFM八大类 must not
 * flip on rounding noise. Example: [0.1, 0.1, 0.1] → exactly 0.1 (a plain sum gives 0.10000000000000002).
 */
export function meanOver(values: NumericColumn, include: (i: number) => boolean): number {
  let shift = NaN;
  let sum = 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) {
    if (!include(i)) continue;
    if (count === 0) shift = values[i];
    sum += values[i] - shift;
    count++;
  }
  return count === 0 ? NaN : shift + sum / count;
}

/**
 * Median of `values[i]` over the customers with `include(i)`, NaN when none: the middle
 * value for odd n, the mean of the two middle values for even n (pandas/numpy `median`,
 * i.e. linear-interpolation quantile 0.5). Example: [1, 2, 10, 20] → 6; [3, 1, 2] → 2.
 */
export function medianOver(values: NumericColumn, include: (i: number) => boolean): number {
  const picked = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) if (include(i)) picked[n++] = values[i];
  if (n === 0) return NaN;
  const sorted = picked.subarray(0, n).sort();
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid] : sorted[mid - 1] + (sorted[mid] - sorted[mid - 1]) / 2;
}
