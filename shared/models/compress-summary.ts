import { FloatKeyIndex } from './float-key-index';

/** Per-customer (x, t_x, T) columns; NaN rows (customers without occasions) are skipped. */
export interface RecencyFrequencyColumns {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
}

/**
 * Distinct (x, t_x, T) triples with how many customers share each, grouped by ascending x.
 * Time values are stored once in `times` (sorted, distinct) and rows point into it,
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

/**
 * Groups customers with the same (x, t_x, T). A customer is skipped when any of the three is
 * NaN. Throws RangeError if x is not a non-negative integer, t_x < 0, T < t_x, or x = 0 with
 * t_x ≠ 0. Hash-based (no sort of the n customers): time values and (x, i_tx, i_T) keys go
 * through {@link FloatKeyIndex} (a string-keyed Map when the packed key would pass 2⁵³), then rows are placed in ascending x by counting; within one x, rows keep the
 * order in which their first customer appears. O(n) expected time.
 */
export function compressSummary(columns: RecencyFrequencyColumns): CompressedSummary {
  const { x, tx, T } = columns;
  const n = x.length;
  if (tx.length !== n || T.length !== n) throw new RangeError('summary columns differ in length');
  const timeSlot = new FloatKeyIndex(1024);
  const txSlot = new Int32Array(n);
  const TSlot = new Int32Array(n);
  const rowOfCustomer = new Int32Array(n).fill(-1);
  let maxX = 0;
  for (let i = 0; i < n; i++) {
    const xi = x[i]!;
    const ti = tx[i]!;
    const Ti = T[i]!;
    if (Number.isNaN(xi) || Number.isNaN(ti) || Number.isNaN(Ti)) continue;
    if (!(Number.isInteger(xi) && xi >= 0)) throw new RangeError(`x must be a non-negative integer (row ${i})`);
    if (!(ti >= 0 && Ti >= ti && Number.isFinite(Ti))) throw new RangeError(`need 0 ≤ t_x ≤ T (row ${i})`);
    if (xi === 0 && ti !== 0) throw new RangeError(`t_x must be 0 when x = 0 (row ${i})`);
    if (xi > maxX) maxX = xi;
    txSlot[i] = timeSlot.indexOf(ti);
    TSlot[i] = timeSlot.indexOf(Ti);
    rowOfCustomer[i] = 0;
  }
  const slotTimes = timeSlot.keysInOrder();
  const K = slotTimes.length;
  const bySlot = Array.from({ length: K }, (_, k) => k).sort((p, q) => slotTimes[p]! - slotTimes[q]!);
  const times = new Float64Array(K);
  const rank = new Int32Array(K);
  bySlot.forEach((slot, k) => {
    times[k] = slotTimes[slot]!;
    rank[slot] = k;
  });

  // Distinct rows in order of first appearance.
  const numericKeys = (maxX + 1) * K * K < 2 ** 53;
  const numericIndex = new FloatKeyIndex(numericKeys ? n : 0);
  const stringIndex = new Map<string, number>();
  let rowX = new Float64Array(n);
  let rowTx = new Int32Array(n);
  let rowT = new Int32Array(n);
  let rowW = new Float64Array(n);
  let rows = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (rowOfCustomer[i] === -1) continue;
    const xi = x[i]!;
    const a = rank[txSlot[i]!]!;
    const b = rank[TSlot[i]!]!;
    let row: number;
    if (numericKeys) row = numericIndex.indexOf((xi * K + a) * K + b);
    else {
      const key = `${xi},${a},${b}`;
      row = stringIndex.get(key) ?? stringIndex.size;
      if (row === stringIndex.size) stringIndex.set(key, row);
    }
    if (row === rows) {
      rowX[row] = xi;
      rowTx[row] = a;
      rowT[row] = b;
      rows++;
    }
    rowW[row]!++;
    rowOfCustomer[i] = row;
    total++;
  }

  // Counting sort of rows by x.
  const countOfX = new Map<number, number>();
  for (let r = 0; r < rows; r++) countOfX.set(rowX[r]!, (countOfX.get(rowX[r]!) ?? 0) + 1);
  const groupX = Float64Array.from(countOfX.keys()).sort();
  const groupStart = new Int32Array(groupX.length + 1);
  const cursorOfX = new Map<number, number>();
  for (let g = 0; g < groupX.length; g++) {
    cursorOfX.set(groupX[g]!, groupStart[g]!);
    groupStart[g + 1] = groupStart[g]! + countOfX.get(groupX[g]!)!;
  }
  const newRow = new Int32Array(rows);
  const outX = new Float64Array(rows);
  const outTx = new Int32Array(rows);
  const outT = new Int32Array(rows);
  const weight = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    const target = cursorOfX.get(rowX[r]!)!;
    cursorOfX.set(rowX[r]!, target + 1);
    newRow[r] = target;
    outX[target] = rowX[r]!;
    outTx[target] = rowTx[r]!;
    outT[target] = rowT[r]!;
    weight[target] = rowW[r]!;
  }
  rowX = rowW = new Float64Array(0);
  rowTx = rowT = new Int32Array(0);
  for (let i = 0; i < n; i++) if (rowOfCustomer[i]! >= 0) rowOfCustomer[i] = newRow[rowOfCustomer[i]!]!;
  return { x: outX, txIndex: outTx, TIndex: outT, weight, times, groupX, groupStart, total, rowOfCustomer };
}
