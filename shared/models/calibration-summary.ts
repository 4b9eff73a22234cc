/** Time unit of a calibration summary: weeks (days / 7) or days. */
export type ModelTimeUnit = 'week' | 'day';

/** Orders in columns, one row per order line, in any order. */
export interface OrderColumns {
  /** Customer of each order, 0..customerCount − 1. */
  customerIndex: Int32Array;
  /** Local calendar day number of each order (days since 1970-01-01, see shared/time/calendar). */
  day: Int32Array;
  /** Order amount (any currency, added up within a day). */
  amount: Float64Array;
}

export interface CalibrationOptions {
  customerCount: number;
  /** Last day of the calibration period, inclusive. */
  calibrationEndDay: number;
  unit?: ModelTimeUnit;
  /** Keep only customers whose first purchase day is ≥ this day (inclusive). */
  firstPurchaseFrom?: number;
  /** Keep only customers whose first purchase day is ≤ this day (inclusive). */
  firstPurchaseTo?: number;
}

/**
 * Per-customer calibration summary. Customers with no purchase occasion in the calibration
 * period, or outside the first-purchase cohort, have `included = 0`, NaN in x, tx, T, mbar
 * and −1 in firstDay.
 */
export interface CalibrationSummary {
  unit: ModelTimeUnit;
  calibrationEndDay: number;
  /** Repeat occasions: distinct purchase days − 1. */
  x: Float64Array;
  /** Last − first occasion, in units. */
  tx: Float64Array;
  /** Calibration end − first occasion, in units. */
  T: Float64Array;
  /** Mean amount of the repeat occasions (first occasion excluded); 0 when x = 0. */
  mbar: Float64Array;
  firstDay: Int32Array;
  included: Uint8Array;
  /** Number of included customers. */
  includedCount: number;
}

/** Days per model unit: 7 for weeks, 1 for days. */
export function daysPerUnit(unit: ModelTimeUnit): number {
  return unit === 'week' ? 7 : 1;
}

/**
 * Calibration summary of SPEC §3.3 (Fader, Hardie & Lee 2005 conventions; see
 * test/fixtures/cdnow/README.txt).
 *
 * Orders after `calibrationEndDay` are ignored. Orders of one customer on the same day form one
 * purchase occasion (amounts added). Per customer: x = occasions − 1; tx = (last − first
 * occasion day) / d; T = (calibrationEndDay − first occasion day) / d with d = 7 for weeks, 1
 * for days (the end day counts as part of the period, so a first purchase on the end day has
 * T = 0); mbar = (sum of amounts on days other than the first) / x, 0 when x = 0. Cohort filters
 * compare the first occasion day with `firstPurchaseFrom/To` (inclusive).
 *
 * O(n + Σ kᵢ log kᵢ) for n orders, kᵢ orders of customer i (bucket by customer, sort days within).
 * Throws RangeError when columns differ in length, a customer index is out of range, or an
 * amount is not finite.
 *
 * Example: orders (c0, day 10, 5), (c0, day 10, 3), (c0, day 17, 4), end day 24, weeks →
 * x = 1, tx = 1, T = 2, mbar = 4.
 */
export function calibrationSummary(orders: OrderColumns, options: CalibrationOptions): CalibrationSummary {
  const { customerIndex, day, amount } = orders;
  const { customerCount: n, calibrationEndDay: end } = options;
  const unit = options.unit ?? 'week';
  const from = options.firstPurchaseFrom ?? Number.NEGATIVE_INFINITY;
  const to = options.firstPurchaseTo ?? Number.POSITIVE_INFINITY;
  const rows = customerIndex.length;
  if (day.length !== rows || amount.length !== rows) throw new RangeError('order columns differ in length');
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`bad customerCount: ${n}`);

  const count = new Int32Array(n + 1);
  const first = new Int32Array(n).fill(2147483647);
  const last = new Int32Array(n).fill(-2147483648);
  for (let i = 0; i < rows; i++) {
    const c = customerIndex[i]!;
    if (c < 0 || c >= n) throw new RangeError(`customer index ${c} out of range at row ${i}`);
    if (!Number.isFinite(amount[i]!)) throw new RangeError(`amount is not finite at row ${i}`);
    const d = day[i]!;
    if (d > end) continue;
    count[c + 1]!++;
    if (d < first[c]!) first[c] = d;
    if (d > last[c]!) last[c] = d;
  }
  for (let c = 0; c < n; c++) count[c + 1]! += count[c]!;

  const days = new Int32Array(count[n]!);
  const cursor = count.slice(0, n);
  const repeatAmount = new Float64Array(n);
  for (let i = 0; i < rows; i++) {
    const d = day[i]!;
    if (d > end) continue;
    const c = customerIndex[i]!;
    days[cursor[c]!++] = d;
    if (d !== first[c]) repeatAmount[c]! += amount[i]!;
  }

  const perUnit = daysPerUnit(unit);
  const x = new Float64Array(n).fill(Number.NaN);
  const tx = new Float64Array(n).fill(Number.NaN);
  const T = new Float64Array(n).fill(Number.NaN);
  const mbar = new Float64Array(n).fill(Number.NaN);
  const firstDay = new Int32Array(n).fill(-1);
  const included = new Uint8Array(n);
  let includedCount = 0;
  for (let c = 0; c < n; c++) {
    const lo = count[c]!;
    const hi = count[c + 1]!;
    if (hi === lo) continue;
    const f = first[c]!;
    if (f < from || f > to) continue;
    const own = days.subarray(lo, hi);
    own.sort();
    let occasions = 1;
    for (let k = 1; k < own.length; k++) if (own[k] !== own[k - 1]) occasions++;
    const repeats = occasions - 1;
    x[c] = repeats;
    tx[c] = (last[c]! - f) / perUnit;
    T[c] = (end - f) / perUnit;
    mbar[c] = repeats > 0 ? repeatAmount[c]! / repeats : 0;
    firstDay[c] = f;
    included[c] = 1;
    includedCount++;
  }
  return { unit, calibrationEndDay: end, x, tx, T, mbar, firstDay, included, includedCount };
}
