import { logBeta } from './log-gamma';

/** Gamma-Gamma spend parameters: transaction value ~ Gamma(p, ν), ν ~ Gamma(q, γ). */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

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
