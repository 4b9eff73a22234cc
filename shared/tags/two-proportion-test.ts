import { twoSidedP, Z_95 } from './normal-distribution';

export interface GroupOutcome {
  /** Customers in the group. */
  n: number;
  /** Customers with the outcome (e.g. a purchase within N days). */
  successes: number;
  /** Revenue of the group in the outcome window (optional, for ROI). */
  revenue?: number;
}

export interface TwoProportionResult {
  treatment: { n: number; successes: number; rate: number };
  control: { n: number; successes: number; rate: number };
  /** rate_treatment − rate_control. */
  absolute_lift: number;
  /** absolute_lift / rate_control, or null when the control rate is 0. */
  relative_lift: number | null;
  /** 95 % Wald interval of the difference, unpooled SE √(p₁(1−p₁)/n₁ + p₀(1−p₀)/n₀). */
  ci95: [number, number];
  /** z with the pooled SE √(p(1−p)(1/n₁ + 1/n₀)), p = all successes / all customers. */
  z: number;
  /** Two-sided p-value of z (normal approximation). */
  p_value: number;
}

/**
 * Two-proportion z-test of treatment vs control (the standard test for an
 * A/B split): pooled standard error for the test statistic, unpooled for the
 * confidence interval. Degenerate cases (a group of 0, or pooled rate 0 or
 * 1): z = 0 and p = 1, interval collapses to the point difference.
 * Example: 200/1000 vs 150/1000 → lift 0.05, z ≈ 2.942, p ≈ 0.00326, CI ≈ [0.0168, 0.0832].
 */
export function twoProportionTest(treatment: GroupOutcome, control: GroupOutcome): TwoProportionResult {
  const p1 = treatment.n > 0 ? treatment.successes / treatment.n : 0;
  const p0 = control.n > 0 ? control.successes / control.n : 0;
  const diff = p1 - p0;
  const n = treatment.n + control.n;
  const pooled = n > 0 ? (treatment.successes + control.successes) / n : 0;
  const sePooled = treatment.n > 0 && control.n > 0 ? Math.sqrt(pooled * (1 - pooled) * (1 / treatment.n + 1 / control.n)) : 0;
  const seDiff = treatment.n > 0 && control.n > 0 ? Math.sqrt((p1 * (1 - p1)) / treatment.n + (p0 * (1 - p0)) / control.n) : 0;
  const z = sePooled > 0 ? diff / sePooled : 0;
  return {
    treatment: { n: treatment.n, successes: treatment.successes, rate: p1 },
    control: { n: control.n, successes: control.successes, rate: p0 },
    absolute_lift: diff,
    relative_lift: p0 > 0 ? diff / p0 : null,
    ci95: [diff - Z_95 * seDiff, diff + Z_95 * seDiff],
    z,
    p_value: sePooled > 0 ? twoSidedP(z) : 1,
  };
}

/**
 * Campaign ROI (seed 004): (revenue − cost) / cost, where revenue is the
 * incremental revenue the tag's campaign brought: (treatment revenue per
 * customer − control revenue per customer) × treated customers. Null
 * without a positive cost or an empty group.
 * Example: treatment 1000 customers 500,000; control 100 customers 40,000; cost 50,000 → (100,000 − 50,000)/50,000 = 1.
 */
export function campaignRoi(treatment: GroupOutcome, control: GroupOutcome, cost: number | null | undefined): { incremental_revenue: number; roi: number } | null {
  if (!cost || cost <= 0 || treatment.n === 0 || control.n === 0) return null;
  const incremental = ((treatment.revenue ?? 0) / treatment.n - (control.revenue ?? 0) / control.n) * treatment.n;
  return { incremental_revenue: incremental, roi: (incremental - cost) / cost };
}
