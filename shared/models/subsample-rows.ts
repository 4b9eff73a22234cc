import type { CompressedSummary } from './compress-summary';

/**
 * Every k-th row of a compressed summary (k = ⌈rows / maxRows⌉, starting at row 0), weights
 * rescaled so they still add up to `total` (each row is kept with chance 1/k, so the rescaled
 * weights are unbiased). Rows are grouped by x, so the stride keeps every part of the frequency
 * range. Used only to screen optimiser starting points.
 * `rowOfCustomer` of the result is empty.
 */
export function subsampleRows(data: CompressedSummary, maxRows: number): CompressedSummary {
  const rows = data.x.length;
  const k = Math.max(1, Math.ceil(rows / maxRows));
  if (k === 1) return data;
  const m = Math.ceil(rows / k);
  const x = new Float64Array(m);
  const txIndex = new Int32Array(m);
  const TIndex = new Int32Array(m);
  const weight = new Float64Array(m);
  let kept = 0;
  for (let i = 0, j = 0; i < rows; i += k, j++) {
    x[j] = data.x[i]!;
    txIndex[j] = data.txIndex[i]!;
    TIndex[j] = data.TIndex[i]!;
    weight[j] = data.weight[i]!;
    kept += data.weight[i]!;
  }
  const scale = data.total / kept;
  for (let j = 0; j < m; j++) weight[j]! *= scale;
  const groupX: number[] = [];
  const groupStart: number[] = [];
  for (let j = 0; j < m; j++) {
    if (j === 0 || x[j] !== x[j - 1]) {
      groupX.push(x[j]!);
      groupStart.push(j);
    }
  }
  groupStart.push(m);
  return {
    x,
    txIndex,
    TIndex,
    weight,
    times: data.times,
    groupX: Float64Array.from(groupX),
    groupStart: Int32Array.from(groupStart),
    total: data.total,
    rowOfCustomer: new Int32Array(0),
  };
}
