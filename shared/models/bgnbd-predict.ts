import { bgnbdLogDropoutWeight, type BgNbdParams } from './bgnbd-likelihood';
import type { RecencyFrequencyColumns } from './compress-summary';

const MAX_TERMS = 100_000_000;

/**
 * P(alive | x, t_x, T) = 1 / (1 + δₓ₊ · a/(b+x−1) · ((α+T)/(α+t_x))^(r+x))
 * (Fader, Hardie & Lee 2005, eq. 11). 1 when x = 0; finite for b = ∞ (→ 1) and r, α → ∞.
 * Example (CDNOW fit, customer 1: x = 2, t_x = 30.43, T = 38.86 weeks) → 0.7266.
 */
export function bgnbdPAlive(p: BgNbdParams, x: number, tx: number, T: number): number {
  if (x === 0) return 1;
  return 1 / (1 + Math.exp(bgnbdLogDropoutWeight(p, x, tx, T)));
}

/**
 * E[Y(t) | alive at T] for n = r + x and posterior p ~ Beta(a, b + x), i.e. eq. 10 of Fader,
 * Hardie & Lee (2005) without the P(alive) factor:
 *   (a+b+x−1)/(a−1) · [1 − (1−z)^(r+x) ₂F₁(r+x, b+x; a+b+x−1; z)],  z = t/(α+T+t).
 * Evaluated in a cancellation-free form. Euler's transformation turns the bracket into
 * 1 − (1−z)^(a−1) ₂F₁(a−1, β; γ; z) with γ = a+b+x−1, β = γ − n; expanding both terms in z gives
 *   E = (1−z)^(a−1) · Σ_{k≥1} (a)_{k−1}/k! · zᵏ · D_k,   D_k = γ·(1 − (β)_k/(γ)_k),
 * a series of positive terms (when β > 0) with D₁ = n and
 *   D_{k+1} = D_k·(1 − n/(γ+k)) + n·(1 − k/(γ+k)).
 * No division by a − 1 (a = 1 is regular) and no difference of O(1) numbers as b → ∞: for
 * b = ∞ (or a = 0) the series is n·z/(1−z), the exact no-drop-out limit (r+x)·t/(α+T),
 * which is returned directly. The series converges like zᵏ: it stops when the geometric tail
 * bound (ratio max(zₖ, z)) is below 1e-16 of the sum; cost O(log(1e-16)/log z) terms.
 */
/**
 * When a·z/(1−z) is large the series needs that many terms and its partial products
 * overflow (near a·z ≈ 700); with a above this the Beta mixing distribution is tight
 * (a + b > a) and is treated as a point mass, relative error ~ 1/a.
 */
const LARGE_A = 1e3;

export function bgnbdExpectedIfAlive(p: BgNbdParams, t: number, x: number, T: number): number {
  const { r, alpha, a, b } = p;
  if (t === 0) return 0;
  const n = r + x;
  if (b === Number.POSITIVE_INFINITY || a === 0) return (n * t) / (alpha + T);
  const oneMinusZ = (alpha + T) / (alpha + T + t);
  const z = t / (alpha + T + t);
  if (a > LARGE_A && (a * z) / oneMinusZ > 300) {
    // Beta(a, b) concentrated at q = a/(a+b): a fixed drop-out chance q after each purchase.
    // Given λ ~ Gamma(r+x, α+T), E[(1 − e^(−qλt))/q] = (1 − ((α+T)/(α+T+qt))^(r+x)) / q.
    // The series below would need ~a·z/(1−z) terms here (millions), so the limit is used.
    const q = a / (a + b);
    return -Math.expm1(-n * Math.log1p((q * t) / (alpha + T))) / q;
  }
  const gamma = a + b + x - 1;
  let c = z;
  let D = n;
  let term = c * D;
  let sum = term;
  for (let k = 1; k < MAX_TERMS; k++) {
    c *= ((a + k - 1) / (k + 1)) * z;
    D = D * (1 - n / (gamma + k)) + n * (1 - k / (gamma + k));
    const next = c * D;
    sum += next;
    if (next === 0) break;
    const ratio = Math.max(Math.abs(next / term), z);
    term = next;
    if (ratio < 1 && (Math.abs(term) * ratio) / (1 - ratio) <= 1e-16 * Math.abs(sum)) break;
  }
  return Math.pow(oneMinusZ, a - 1) * sum;
}

/**
 * Conditional expected purchases in (T, T + t] (Fader, Hardie & Lee 2005, eq. 10):
 * E[Y(t) | x, t_x, T] = P(alive | x, t_x, T) · {@link bgnbdExpectedIfAlive}. Time in the
 * summary's unit. Example (CDNOW fit, customer 1, t = 39 weeks) → 1.2260.
 */
export function bgnbdConditionalExpected(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  return bgnbdPAlive(p, x, tx, T) * bgnbdExpectedIfAlive(p, t, x, T);
}

/**
 * Unconditional E[X(t)] for a customer new at time 0 (Fader, Hardie & Lee 2005, eq. 7):
 * (a+b−1)/(a−1)·[1 − (α/(α+t))^r ₂F₁(r, b; a+b−1; t/(α+t))], the x = 0, T = 0 case above.
 */
export function bgnbdUnconditionalExpected(p: BgNbdParams, t: number): number {
  return bgnbdExpectedIfAlive(p, t, 0, 0);
}

/** P(alive) per customer of a summary; NaN where x, t_x or T is NaN. */
export function bgnbdPAliveBatch(p: BgNbdParams, s: RecencyFrequencyColumns): Float64Array {
  const out = new Float64Array(s.x.length);
  for (let i = 0; i < out.length; i++) {
    const x = s.x[i]!;
    out[i] = Number.isNaN(x) || Number.isNaN(s.tx[i]!) || Number.isNaN(s.T[i]!) ? Number.NaN : bgnbdPAlive(p, x, s.tx[i]!, s.T[i]!);
  }
  return out;
}

/** E[Y(t) | x, t_x, T] per customer of a summary; NaN where x, t_x or T is NaN. */
export function bgnbdConditionalExpectedBatch(p: BgNbdParams, t: number, s: RecencyFrequencyColumns): Float64Array {
  const out = new Float64Array(s.x.length);
  for (let i = 0; i < out.length; i++) {
    const x = s.x[i]!;
    out[i] =
      Number.isNaN(x) || Number.isNaN(s.tx[i]!) || Number.isNaN(s.T[i]!)
        ? Number.NaN
        : bgnbdConditionalExpected(p, t, x, s.tx[i]!, s.T[i]!);
  }
  return out;
}
