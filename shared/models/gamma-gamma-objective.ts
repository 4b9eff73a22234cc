import { digamma, logBeta } from './log-gamma';

/** Rows of the Gamma-Gamma fit, grouped by ascending x, with per-row constants. */
export interface SpendRows {
  x: Float64Array;
  lnM: Float64Array;
  lnX: Float64Array;
  xm: Float64Array;
  weight: Float64Array;
  groupX: Float64Array;
  groupStart: Int32Array;
  /** Σ weight. */
  total: number;
}

/**
 * Customers with x > 0 and a positive finite mbar, grouped by x (counting placement; within an
 * x, input order). `excluded` counts customers with x > 0 whose mbar is ≤ 0 or infinite.
 */
export function spendRows(xs: Float64Array, mbars: Float64Array): { rows: SpendRows; excluded: number; meanSpend: number } {
  if (xs.length !== mbars.length) throw new RangeError('x and mbar differ in length');
  const keep = new Uint8Array(xs.length);
  const countOfX = new Map<number, number>();
  let excluded = 0;
  let n = 0;
  let spendSum = 0;
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const m = mbars[i]!;
    if (!(x > 0) || Number.isNaN(m)) continue;
    if (!(m > 0) || !Number.isFinite(m)) {
      excluded++;
      continue;
    }
    keep[i] = 1;
    n++;
    spendSum += m;
    countOfX.set(x, (countOfX.get(x) ?? 0) + 1);
  }
  const groupX = Float64Array.from(countOfX.keys()).sort();
  const groupStart = new Int32Array(groupX.length + 1);
  const cursor = new Map<number, number>();
  for (let g = 0; g < groupX.length; g++) {
    cursor.set(groupX[g]!, groupStart[g]!);
    groupStart[g + 1] = groupStart[g]! + countOfX.get(groupX[g]!)!;
  }
  const rows: SpendRows = {
    x: new Float64Array(n),
    lnM: new Float64Array(n),
    lnX: new Float64Array(n),
    xm: new Float64Array(n),
    weight: new Float64Array(n).fill(1),
    groupX,
    groupStart,
    total: n,
  };
  for (let i = 0; i < xs.length; i++) {
    if (!keep[i]) continue;
    const k = cursor.get(xs[i]!)!;
    cursor.set(xs[i]!, k + 1);
    rows.x[k] = xs[i]!;
    rows.lnM[k] = Math.log(mbars[i]!);
    rows.lnX[k] = Math.log(xs[i]!);
    rows.xm[k] = xs[i]! * mbars[i]!;
  }
  return { rows, excluded, meanSpend: n > 0 ? spendSum / n : Number.NaN };
}

/** Every k-th row (k = ⌈rows / maxRows⌉), weights rescaled to the same total. */
export function subsampleSpendRows(rows: SpendRows, maxRows: number): SpendRows {
  const count = rows.x.length;
  const k = Math.max(1, Math.ceil(count / maxRows));
  if (k === 1) return rows;
  const pick = (a: Float64Array) => {
    const out = new Float64Array(Math.ceil(count / k));
    for (let i = 0, j = 0; i < count; i += k, j++) out[j] = a[i]!;
    return out;
  };
  const x = pick(rows.x);
  const weight = pick(rows.weight);
  let kept = 0;
  for (const w of weight) kept += w;
  for (let j = 0; j < weight.length; j++) weight[j]! *= rows.total / kept;
  const groupX: number[] = [];
  const groupStart: number[] = [];
  for (let j = 0; j < x.length; j++) {
    if (j === 0 || x[j] !== x[j - 1]) {
      groupX.push(x[j]!);
      groupStart.push(j);
    }
  }
  groupStart.push(x.length);
  return {
    x,
    lnM: pick(rows.lnM),
    lnX: pick(rows.lnX),
    xm: pick(rows.xm),
    weight,
    groupX: Float64Array.from(groupX),
    groupStart: Int32Array.from(groupStart),
    total: rows.total,
  };
}

/**
 * Mean negative Gamma-Gamma log-likelihood over θ = (ln p, ln q, ln γ) with its analytic
 * gradient; ln B(px, q) and digammas once per distinct x, one log per row.
 */
export function gammaGammaObjective(rows: SpendRows) {
  const { lnM, lnX, xm, weight, groupX, groupStart, total } = rows;
  return (theta: Float64Array, grad: Float64Array): number => {
    const p = Math.exp(theta[0]!);
    const q = Math.exp(theta[1]!);
    const gamma = Math.exp(theta[2]!);
    const lnGamma = Math.log(gamma);
    const psiQ = digamma(q);
    let ll = 0;
    let gp = 0;
    let gq = 0;
    let gg = 0;
    for (let g = 0; g < groupX.length; g++) {
      const xv = groupX[g]!;
      const px = p * xv;
      const lb = logBeta(px, q);
      const psiPxQ = digamma(px + q);
      const dLbdPx = digamma(px) - psiPxQ;
      const dLbdQ = psiQ - psiPxQ;
      for (let k = groupStart[g]!; k < groupStart[g + 1]!; k++) {
        const w = weight[k]!;
        const L = Math.log(gamma + xm[k]!);
        ll += w * (-lb + q * lnGamma + (px - 1) * lnM[k]! + px * lnX[k]! - (px + q) * L);
        gp += w * xv * (-dLbdPx + lnM[k]! + lnX[k]! - L);
        gq += w * (-dLbdQ + lnGamma - L);
        gg += w * (q / gamma - (px + q) / (gamma + xm[k]!));
      }
    }
    const scale = -1 / total;
    grad[0] = scale * gp * p;
    grad[1] = scale * gq * q;
    grad[2] = scale * gg * gamma;
    return scale * ll;
  };
}
