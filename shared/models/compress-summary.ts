/** Per-customer (x, t_x, T) columns; NaN rows (customers without occasions) are skipped. */
export interface RecencyFrequencyColumns {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
}

/**
 * Distinct (x, t_x, T) triples with how many customers share each, sorted by x, then t_x,
 * then T. Time values are stored once in `times` (sorted, distinct) and rows point into it,
 * so a likelihood evaluation takes one log per distinct time value, not per customer.
 */
export interface CompressedSummary {
  x: Float64Array;
  txIndex: Int32Array;
  TIndex: Int32Array;
  weight: Float64Array;
  times: Float64Array;
  /** Distinct x values in ascending order and where their rows start (length groups + 1). */
  groupX: Float64Array;
  groupStart: Int32Array;
  /** Customers represented (Σ weight). */
  total: number;
  /** Row of each input customer, −1 for skipped customers. */
  rowOfCustomer: Int32Array;
}

function lowerBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function distinctSorted(values: Float64Array): Float64Array {
  values.sort();
  let m = 0;
  for (let i = 0; i < values.length; i++) if (i === 0 || values[i] !== values[m - 1]) values[m++] = values[i]!;
  return values.slice(0, m);
}

/**
 * Groups customers with the same (x, t_x, T). A customer is skipped when any of the three is
 * NaN. Throws RangeError if x is not a non-negative integer, t_x < 0, T < t_x, or x = 0 with
 * t_x ≠ 0. Keys are packed into one float (x·K² + i_tx·K + i_T, K = distinct times) and sorted
 * as a Float64Array when that stays below 2⁵³, otherwise sorted with a comparator.
 */
export function compressSummary(columns: RecencyFrequencyColumns): CompressedSummary {
  const { x, tx, T } = columns;
  const n = x.length;
  if (tx.length !== n || T.length !== n) throw new RangeError('summary columns differ in length');
  let kept = 0;
  let maxX = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const ti = tx[i]!;
    const Ti = T[i]!;
    if (Number.isNaN(xi) || Number.isNaN(ti) || Number.isNaN(Ti)) continue;
    if (!(Number.isInteger(xi) && xi >= 0)) throw new RangeError(`x must be a non-negative integer (row ${i})`);
    if (!(ti >= 0 && Ti >= ti && Number.isFinite(Ti))) throw new RangeError(`need 0 ≤ t_x ≤ T (row ${i})`);
    if (xi === 0 && ti !== 0) throw new RangeError(`t_x must be 0 when x = 0 (row ${i})`);
    kept++;
    if (xi > maxX) maxX = xi;
  }
  const allTimes = new Float64Array(2 * kept);
  let t = 0;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(x[i]!) || Number.isNaN(tx[i]!) || Number.isNaN(T[i]!)) continue;
    allTimes[t++] = tx[i]!;
    allTimes[t++] = T[i]!;
  }
  const times = distinctSorted(allTimes);
  const K = times.length;
  const rowOfCustomer = new Int32Array(n).fill(-1);
  const customers = new Int32Array(kept);
  const txIdx = new Int32Array(n);
  const TIdx = new Int32Array(n);
  let c = 0;
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(x[i]!) || Number.isNaN(tx[i]!) || Number.isNaN(T[i]!)) continue;
    customers[c++] = i;
    txIdx[i] = lowerBound(times, tx[i]!);
    TIdx[i] = lowerBound(times, T[i]!);
  }

  let rowX: Float64Array;
  let rowTx: Int32Array;
  let rowT: Int32Array;
  let weight: Float64Array;
  if ((maxX + 1) * K * K < 2 ** 53) {
    const keys = new Float64Array(kept);
    for (let k = 0; k < kept; k++) {
      const i = customers[k]!;
      keys[k] = (x[i]! * K + txIdx[i]!) * K + TIdx[i]!;
    }
    const distinct = distinctSorted(keys.slice());
    const rows = distinct.length;
    rowX = new Float64Array(rows);
    rowTx = new Int32Array(rows);
    rowT = new Int32Array(rows);
    weight = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      const key = distinct[r]!;
      const ti = key % K;
      const rest = (key - ti) / K;
      const xi = rest % K;
      rowT[r] = ti;
      rowTx[r] = xi;
      rowX[r] = (rest - xi) / K;
    }
    for (let k = 0; k < kept; k++) {
      const r = lowerBound(distinct, keys[k]!);
      weight[r]!++;
      rowOfCustomer[customers[k]!] = r;
    }
  } else {
    const list = Array.from(customers);
    list.sort((i, j) => x[i]! - x[j]! || txIdx[i]! - txIdx[j]! || TIdx[i]! - TIdx[j]!);
    const rx: number[] = [];
    const rtx: number[] = [];
    const rt: number[] = [];
    const rw: number[] = [];
    for (const i of list) {
      const last = rx.length - 1;
      if (last >= 0 && rx[last] === x[i] && rtx[last] === txIdx[i] && rt[last] === TIdx[i]) rw[last]!++;
      else {
        rx.push(x[i]!);
        rtx.push(txIdx[i]!);
        rt.push(TIdx[i]!);
        rw.push(1);
      }
      rowOfCustomer[i] = rx.length - 1;
    }
    rowX = Float64Array.from(rx);
    rowTx = Int32Array.from(rtx);
    rowT = Int32Array.from(rt);
    weight = Float64Array.from(rw);
  }

  const groupX: number[] = [];
  const groupStart: number[] = [];
  for (let r = 0; r < rowX.length; r++) {
    if (r === 0 || rowX[r] !== rowX[r - 1]) {
      groupX.push(rowX[r]!);
      groupStart.push(r);
    }
  }
  groupStart.push(rowX.length);
  return {
    x: rowX,
    txIndex: rowTx,
    TIndex: rowT,
    weight,
    times,
    groupX: Float64Array.from(groupX),
    groupStart: Int32Array.from(groupStart),
    total: kept,
    rowOfCustomer,
  };
}
