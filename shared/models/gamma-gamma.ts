import { digamma, logBeta } from './log-gamma';
import { minimizeBfgs } from './minimize-bfgs';
import { warningLine, type ModelWarningCode } from './model-warnings';

/** Gamma-Gamma spend parameters: transaction value ~ Gamma(p, ν), ν ~ Gamma(q, γ). */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

export interface GammaGammaFit {
  params: GammaGammaParams;
  loglik: number;
  /** Customers used (x > 0 and mbar > 0). */
  n: number;
  warnings: string[];
  warningCodes: ModelWarningCode[];
  converged: boolean;
}

const BOUND = 40;

/**
 * Gamma-Gamma individual log-likelihood (Fader, Hardie & Lee 2005, "RFM and CLV", eq. 3):
 * ln L = −ln B(px, q) + q·ln γ + (px − 1)·ln m + px·ln x − (px + q)·ln(γ + x·m)
 * for x repeat transactions with mean value m.
 */
export function ggLogLikelihood(g: GammaGammaParams, x: number, mbar: number): number {
  const px = g.p * x;
  return -logBeta(px, g.q) + g.q * Math.log(g.gamma) + (px - 1) * Math.log(mbar) + px * Math.log(x) - (px + g.q) * Math.log(g.gamma + x * mbar);
}

/**
 * Gamma-Gamma fit by maximum likelihood on customers with x > 0 and a positive, finite mbar
 * (others are skipped; non-positive mbar with x > 0 gives a warning).
 *
 * Method: BFGS with the analytic gradient on θ = (ln p, ln q, ln γ), |θᵢ| ≤ 40, from four
 * starting points (1, 1, 1) and three scaled to the mean spend m̄: (p, q, γ) = (2, 3, 2m̄/p·… )
 * i.e. γ = m̄(q − 1)/p so the implied population mean equals m̄; the best likelihood wins.
 * Rows are grouped by x so ln B(px, q) and digammas are taken once per distinct x.
 * Warnings: q ≤ 1 (population mean spend infinite), p > 1e4 (spend homogeneous), parameter at
 * bound, fewer than 30 customers, non-convergence.
 * Example: CDNOW sample (946 customers with x > 0) → p 6.25, q 3.74, γ 15.44.
 */
export function fitGammaGamma(xs: Float64Array, mbars: Float64Array): GammaGammaFit {
  if (xs.length !== mbars.length) throw new RangeError('x and mbar differ in length');
  let excluded = 0;
  const idx: number[] = [];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!;
    const m = mbars[i]!;
    if (!(x > 0) || Number.isNaN(m)) continue;
    if (!(m > 0) || !Number.isFinite(m)) {
      excluded++;
      continue;
    }
    idx.push(i);
  }
  idx.sort((i, j) => xs[i]! - xs[j]!);
  const n = idx.length;
  const x = new Float64Array(n);
  const lnM = new Float64Array(n);
  const lnX = new Float64Array(n);
  const xm = new Float64Array(n);
  const groupX: number[] = [];
  const groupStart: number[] = [];
  let meanSpend = 0;
  for (let k = 0; k < n; k++) {
    const i = idx[k]!;
    x[k] = xs[i]!;
    lnM[k] = Math.log(mbars[i]!);
    lnX[k] = Math.log(xs[i]!);
    xm[k] = xs[i]! * mbars[i]!;
    meanSpend += mbars[i]! / n;
    if (k === 0 || x[k] !== x[k - 1]) {
      groupX.push(x[k]!);
      groupStart.push(k);
    }
  }
  groupStart.push(n);

  const objective = (theta: Float64Array, grad: Float64Array): number => {
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
        const L = Math.log(gamma + xm[k]!);
        ll += -lb + q * lnGamma + (px - 1) * lnM[k]! + px * lnX[k]! - (px + q) * L;
        gp += xv * (-dLbdPx + lnM[k]! + lnX[k]! - L);
        gq += -dLbdQ + lnGamma - L;
        gg += q / gamma - (px + q) / (gamma + xm[k]!);
      }
    }
    const scale = -1 / n;
    grad[0] = scale * gp * p;
    grad[1] = scale * gq * q;
    grad[2] = scale * gg * gamma;
    return scale * ll;
  };

  const codes: ModelWarningCode[] = [];
  const lines: string[] = [];
  const warn = (code: ModelWarningCode, detail?: string) => {
    codes.push(code);
    lines.push(warningLine(code, detail));
  };
  if (excluded > 0) warn('nonpositive_spend_excluded', `${excluded} customers`);
  if (n === 0) {
    warn('few_customers', 'no customer with x > 0');
    return { params: { p: Number.NaN, q: Number.NaN, gamma: Number.NaN }, loglik: Number.NaN, n, warnings: lines, warningCodes: codes, converged: false };
  }
  const starts = [
    [1, 1, 1],
    [2, 3, meanSpend],
    [5, 4, (3 * meanSpend) / 5],
    [1, 10, 9 * meanSpend],
  ].map((s) => s.map(Math.log));
  const best = starts
    .map((s) => minimizeBfgs(objective, s, { bound: BOUND }))
    .filter((r) => Number.isFinite(r.value))
    .sort((a, b) => a.value - b.value)[0]!;
  const params = { p: Math.exp(best.theta[0]!), q: Math.exp(best.theta[1]!), gamma: Math.exp(best.theta[2]!) };
  const fmt = (v: number) => v.toPrecision(4);
  if (n < 30) warn('few_customers', `${n} customers`);
  if (params.q <= 1) warn('spend_mean_undefined', `q = ${fmt(params.q)}`);
  if (params.p > 1e4) warn('spend_homogeneous', `p = ${fmt(params.p)}`);
  if (best.theta.some((v) => Math.abs(v) > BOUND - 1)) warn('parameter_at_bound');
  if (!best.converged) warn('not_converged', `${best.iterations} iterations`);
  return { params, loglik: -best.value * n, n, warnings: lines, warningCodes: codes, converged: best.converged };
}

/**
 * Expected average transaction value E[Z | x, m̄] = p(γ + x·m̄)/(px + q − 1)
 * (Fader, Hardie & Lee 2005, JMR, eq. 5) — a weighted mean of the population mean γp/(q − 1)
 * and the customer's own m̄. For x = 0 (or NaN m̄ with x = 0) it is the population mean; NaN
 * when that is undefined (q ≤ 1) or when x or m̄ is NaN.
 * Example (CDNOW fit p 6.2496, q 3.7442, γ 15.4435; x = 2, m̄ = 22.345) → 24.66.
 */
export function ggExpectedSpend(g: GammaGammaParams, x: number, mbar: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x === 0) return g.q > 1 ? (g.gamma * g.p) / (g.q - 1) : Number.NaN;
  const denominator = g.p * x + g.q - 1;
  return denominator > 0 ? (g.p * (g.gamma + x * mbar)) / denominator : Number.NaN;
}

/** {@link ggExpectedSpend} per customer. */
export function ggExpectedSpendBatch(g: GammaGammaParams, x: Float64Array, mbar: Float64Array): Float64Array {
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = ggExpectedSpend(g, x[i]!, mbar[i]!);
  return out;
}
