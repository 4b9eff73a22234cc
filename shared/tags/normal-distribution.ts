/**
 * Complementary error function by Abramowitz & Stegun (1964), formula
 * 7.1.26: erfc(x) ≈ t·(a1 + t·(a2 + t·(a3 + t·(a4 + t·a5))))·e^(−x²) with
 * t = 1/(1 + p·x), p = 0.3275911, for x ≥ 0; absolute error ≤ 1.5·10⁻⁷.
 * Computing erfc directly (not 1 − erf) keeps small tail probabilities from
 * cancelling to 0. erfc(−x) = 2 − erfc(x).
 * Example: erfc(0) = 1; erfc(1) ≈ 0.157299.
 */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  const t = 1 / (1 + 0.3275911 * x);
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return poly * Math.exp(-x * x);
}

/** Standard normal CDF Φ(z) = erfc(−z/√2)/2 (same 1.5·10⁻⁷ bound). Example: Φ(1.959964) ≈ 0.975. */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

/** Two-sided p-value of a z statistic: 2·(1 − Φ(|z|)) = erfc(|z|/√2). Example: z = 1.959964 → 0.05. */
export function twoSidedP(z: number): number {
  return Math.min(1, erfc(Math.abs(z) / Math.SQRT2));
}

/** z with Φ(z) = 0.975, for 95 % two-sided intervals. */
export const Z_95 = 1.959963984540054;
