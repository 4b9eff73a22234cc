import { gammaSign, lnAbsGamma } from './log-gamma';

const EPS = 1e-16;
const MAX_TERMS = 10_000_000;
const NEAR_INTEGER = 1e-9;

function isNonPositiveInteger(v: number): boolean {
  return v <= 0 && Number.isInteger(v);
}

/**
 * Σ (a)ₖ(b)ₖ/((c)ₖ k!) zᵏ, stopped at a term below 1e-16 of the sum once every parameter has
 * passed its sign changes and the next term ratio is below 1 (terminates for a or b ∈ ℤ≤0).
 */
function gaussSeries(a: number, b: number, c: number, z: number): number {
  let term = 1;
  let sum = 1;
  const lastSignChange = -Math.min(a, b, c, 0);
  for (let k = 0; k < MAX_TERMS; k++) {
    term *= ((a + k) * (b + k)) / ((c + k) * (k + 1)) * z;
    sum += term;
    if (term === 0) return sum;
    if (Math.abs(term) <= EPS * Math.abs(sum) && k + 1 > lastSignChange) {
      const nextRatio = Math.abs(((a + k + 1) * (b + k + 1)) / ((c + k + 1) * (k + 2)) * z);
      if (nextRatio < 1) return sum;
    }
  }
  return Number.NaN;
}

/** Γ(c)Γ(d) / (Γ(e)Γ(f)) with signs, via ln|Γ|. */
function gammaRatio(c: number, d: number, e: number, f: number): number {
  const sign = gammaSign(c) * gammaSign(d) * gammaSign(e) * gammaSign(f);
  return sign * Math.exp(lnAbsGamma(c) + lnAbsGamma(d) - lnAbsGamma(e) - lnAbsGamma(f));
}

/**
 * Gauss hypergeometric function ₂F₁(a, b; c; z) for real parameters and real z < 1
 * (c not a non-positive integer).
 *
 * Method: z < 0 → Pfaff, (1 − z)^(−a) ₂F₁(a, c − b; c; z/(z − 1)), which maps z into (0, 1);
 * 0 ≤ z ≤ 0.75 → the defining series; z > 0.75 → the 1 − z connection formula
 * (Abramowitz & Stegun 15.3.6) when c − a − b is not within 1e-9 of an integer, otherwise
 * the defining series (slow near 1, exact in the limit). Terminating series (a or b a
 * non-positive integer) are summed directly for any z. Accuracy ~1e-14 relative away from
 * the near-integer case; NaN if a series does not settle within 10⁷ terms.
 * Example: hyp2f1(1, 1, 2, 0.5) = −ln(0.5)/0.5 = 1.3862943611198906.
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (isNonPositiveInteger(c) || !(z < 1)) return Number.NaN;
  if (z === 0 || a === 0 || b === 0) return 1;
  if (isNonPositiveInteger(a) || isNonPositiveInteger(b)) return gaussSeries(a, b, c, z);
  if (z < 0) return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, z / (z - 1));
  if (z <= 0.75) return gaussSeries(a, b, c, z);
  const s = c - a - b;
  if (Math.abs(s - Math.round(s)) < NEAR_INTEGER) return gaussSeries(a, b, c, z);
  const w = 1 - z;
  const first = isNonPositiveInteger(c - a) || isNonPositiveInteger(c - b) ? 0 : gammaRatio(c, s, c - a, c - b) * gaussSeries(a, b, 1 - s, w);
  const second = Math.pow(w, s) * gammaRatio(c, -s, a, b) * gaussSeries(c - a, c - b, s + 1, w);
  return first + second;
}
