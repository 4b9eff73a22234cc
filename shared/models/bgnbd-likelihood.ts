import type { CompressedSummary } from './compress-summary';
import { digamma, logBeta, logGammaRatio } from './log-gamma';

/** BG/NBD parameters: λ ~ Gamma(r, α) purchase rate, p ~ Beta(a, b) drop-out after each purchase. */
export interface BgNbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** ln(1 + eᵉ) without overflow. */
export function softplus(e: number): number {
  return e > 0 ? e + Math.log1p(Math.exp(-e)) : Math.log1p(Math.exp(e));
}

/**
 * Log of BG/NBD drop-out weight w = a/(b+x−1) · ((α+T)/(α+t_x))^(r+x), written as
 * ln a − ln(b+x−1) + r·[log1p(T/α) − log1p(t_x/α)] + x·[ln(α+T) − ln(α+t_x)] so it stays exact
 * when r and α both run to huge values. P(alive) = 1/(1 + w); −∞ when x = 0.
 */
export function bgnbdLogDropoutWeight(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return Number.NEGATIVE_INFINITY;
  const { r, alpha, a, b } = p;
  return (
    Math.log(a) -
    Math.log(b + x - 1) +
    r * (Math.log1p(T / alpha) - Math.log1p(tx / alpha)) +
    x * (Math.log(alpha + T) - Math.log(alpha + tx))
  );
}

/**
 * Individual BG/NBD log-likelihood (Fader, Hardie & Lee 2005, eq. 6):
 * ln L = lnΓ(r+x) − lnΓ(r) + ln B(a, b+x) − ln B(a, b) − r·log1p(T/α) − x·ln(α+T) + ln(1 + w),
 * with w from {@link bgnbdLogDropoutWeight} (the second term of eq. 6 relative to the first,
 * using B(a+1, b+x−1)/B(a, b+x) = a/(b+x−1)).
 */
export function bgnbdLogLikelihood(p: BgNbdParams, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const base =
    logGammaRatio(r, x) + logBeta(a, b + x) - logBeta(a, b) - r * Math.log1p(T / alpha) - x * Math.log(alpha + T);
  return x === 0 ? base : base + softplus(bgnbdLogDropoutWeight(p, x, tx, T));
}

/**
 * Mean negative log-likelihood over a compressed summary, as a function of
 * θ = (ln r, ln α, ln a, ln b), with its analytic gradient (digamma for the x-dependent
 * gamma/beta terms). Work per call: 4 transcendental functions per distinct time value,
 * a handful per distinct x, and one exp + one log1p per row with x > 0.
 */
export function bgnbdObjective(data: CompressedSummary) {
  const { x: rowX, txIndex, TIndex, weight, times, groupX, groupStart, total } = data;
  const K = times.length;
  const L = new Float64Array(K);
  const M = new Float64Array(K);
  const inv = new Float64Array(K);
  const Q = new Float64Array(K);
  return (theta: Float64Array, grad: Float64Array): number => {
    const r = Math.exp(theta[0]!);
    const alpha = Math.exp(theta[1]!);
    const a = Math.exp(theta[2]!);
    const b = Math.exp(theta[3]!);
    for (let k = 0; k < K; k++) {
      const tau = times[k]!;
      L[k] = Math.log(alpha + tau);
      M[k] = Math.log1p(tau / alpha);
      inv[k] = 1 / (alpha + tau);
      Q[k] = tau / (alpha * (alpha + tau));
    }
    const lbAB = logBeta(a, b);
    const psiR = digamma(r);
    const psiAB = digamma(a + b);
    const psiB = digamma(b);
    let ll = 0;
    let gr = 0;
    let gAlpha = 0;
    let ga = 0;
    let gb = 0;
    for (let g = 0; g < groupX.length; g++) {
      const x = groupX[g]!;
      const psiABX = digamma(a + b + x);
      const cx = logGammaRatio(r, x) + logBeta(a, b + x) - lbAB;
      const dcR = x === 0 ? 0 : digamma(r + x) - psiR;
      const dcA = psiAB - psiABX;
      const dcB = (x === 0 ? 0 : digamma(b + x) - psiB) - psiABX + psiAB;
      const lnC = x === 0 ? 0 : Math.log(a) - Math.log(b + x - 1);
      const dLnCdB = x === 0 ? 0 : -1 / (b + x - 1);
      let sw = 0;
      let sA = 0;
      let sM = 0;
      let sAlpha = 0;
      let sPi = 0;
      let sPiR = 0;
      let sPiAlpha = 0;
      for (let row = groupStart[g]!; row < groupStart[g + 1]!; row++) {
        const w = weight[row]!;
        const i = TIndex[row]!;
        sw += w;
        sA += w * (-r * M[i]! - x * L[i]!);
        sM += w * M[i]!;
        sAlpha += w * (r * Q[i]! - x * inv[i]!);
        if (x > 0) {
          const j = txIndex[row]!;
          const dM = M[i]! - M[j]!;
          const e = lnC + r * dM + x * (L[i]! - L[j]!);
          // softplus(e) and sigmoid(e) from one exp(−|e|).
          const ex = Math.exp(-Math.abs(e));
          sA += w * ((e > 0 ? e : 0) + Math.log1p(ex));
          const pi = (w * (e > 0 ? 1 : ex)) / (1 + ex);
          sPi += pi;
          sPiR += pi * dM;
          sPiAlpha += pi * (-r * (Q[i]! - Q[j]!) + x * (inv[i]! - inv[j]!));
        }
      }
      ll += sw * cx + sA;
      gr += sw * dcR - sM + sPiR;
      gAlpha += sAlpha + sPiAlpha;
      ga += sw * dcA + sPi / a;
      gb += sw * dcB + sPi * dLnCdB;
    }
    const scale = -1 / total;
    grad[0] = scale * gr * r;
    grad[1] = scale * gAlpha * alpha;
    grad[2] = scale * ga * a;
    grad[3] = scale * gb * b;
    return scale * ll;
  };
}
