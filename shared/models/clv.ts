import type { BgNbdParams } from './bgnbd-likelihood';
import { bgnbdExpectedIfAlive, bgnbdPAlive } from './bgnbd-predict';
import { daysPerUnit, type ModelTimeUnit } from './calibration-summary';
import { compressSummary, type RecencyFrequencyColumns } from './compress-summary';
import { ggExpectedSpend, type GammaGammaParams } from './gamma-gamma';

export interface ClvOptions {
  /** Time unit of x, t_x, T and the BG/NBD parameters. Default 'week'. */
  unit?: ModelTimeUnit;
  /** Number of months. Default 12. */
  months?: number;
  /** Discount rate per month. Default 0.01. */
  monthlyDiscountRate?: number;
}

/** Length of a month in model units: 365.25/12 days, divided by 7 for weeks. */
export function monthInUnits(unit: ModelTimeUnit): number {
  return 365.25 / 12 / daysPerUnit(unit);
}

/**
 * Σ_{m=1..M} (E[Y(m·μ)] − E[Y((m−1)·μ)]) / (1+d)^m, the discounted expected purchases, with
 * E[Y(t)] = {@link bgnbdConditionalExpected} and μ = {@link monthInUnits}.
 */
export function discountedExpectedPurchases(
  bg: BgNbdParams,
  x: number,
  tx: number,
  T: number,
  options: ClvOptions = {},
): number {
  const months = options.months ?? 12;
  const d = options.monthlyDiscountRate ?? 0.01;
  const mu = monthInUnits(options.unit ?? 'week');
  const alive = bgnbdPAlive(bg, x, tx, T);
  let previous = 0;
  let total = 0;
  let discount = 1;
  for (let m = 1; m <= months; m++) {
    discount /= 1 + d;
    const cumulative = bgnbdExpectedIfAlive(bg, m * mu, x, T);
    total += (cumulative - previous) * discount;
    previous = cumulative;
  }
  return alive * total;
}

/**
 * Customer lifetime value over `months` months (default 12), discounted monthly at rate d
 * (default 0.01):
 *   CLV = s · Σ_{m=1..12} (E[Y(m·μ) | x, t_x, T] − E[Y((m−1)·μ) | x, t_x, T]) / (1 + d)^m,
 * where μ = 365.25/12 days in the model unit (4.348 weeks), E[Y] is the BG/NBD conditional
 * expectation (E[Y(0)] = 0) and s the expected spend per purchase (Gamma-Gamma
 * {@link ggExpectedSpend}). Purchases in month m are discounted by a full month m.
 * Example: if E[Y] grows by exactly 1 purchase per month, s = 10, d = 0.01 →
 * 10 · Σ 1.01^−m = 112.55.
 */
export function clvDiscounted(
  bg: BgNbdParams,
  x: number,
  tx: number,
  T: number,
  expectedSpend: number,
  options: ClvOptions = {},
): number {
  return expectedSpend * discountedExpectedPurchases(bg, x, tx, T, options);
}

/**
 * {@link clvDiscounted} for every customer of a summary, with s = ggExpectedSpend(gg, x, mbar).
 * Distinct (x, t_x, T) are evaluated once. NaN where the summary has NaN (no occasions) or the
 * spend is undefined.
 */
export function clvBatch(
  summary: RecencyFrequencyColumns & { mbar: Float64Array },
  bg: BgNbdParams,
  gg: GammaGammaParams,
  options: ClvOptions = {},
): Float64Array {
  const data = compressSummary(summary);
  const perRow = new Float64Array(data.x.length);
  for (let row = 0; row < perRow.length; row++) {
    perRow[row] = discountedExpectedPurchases(
      bg,
      data.x[row]!,
      data.times[data.txIndex[row]!]!,
      data.times[data.TIndex[row]!]!,
      options,
    );
  }
  const out = new Float64Array(summary.x.length).fill(Number.NaN);
  for (let i = 0; i < out.length; i++) {
    const row = data.rowOfCustomer[i]!;
    if (row < 0) continue;
    out[i] = perRow[row]! * ggExpectedSpend(gg, summary.x[i]!, summary.mbar[i]!);
  }
  return out;
}
