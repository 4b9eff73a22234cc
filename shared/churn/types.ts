import type { Text } from '../api/types';

export type { Text };

/** Churn risk levels, most urgent first. */
export type ChurnLevel = 'high' | 'medium' | 'low';

/**
 * One customer's facts as of a day (the day itself is not needed: every field is
 * already relative to it or a day number). Days are whole calendar days.
 */
export interface ChurnInput {
  /** Days since the last order as of `as_of` (0 = bought on `as_of`). */
  recencyDays: number;
  /** Number of orders; 0 marks a prospect, who is not scored. */
  orders: number;
  /** Purchase occasions: orders on the same calendar day count once (SPEC §3.3). */
  occasions: number;
  /** Day numbers (shared/time/calendar) of the first and last purchase occasion. */
  firstDay: number;
  lastDay: number;
  /** Order amounts, newest first; the last up to 6 orders are used (more are ignored). */
  recentAmounts: readonly number[];
  /** Days since the last contact (call, visit, message) as of `as_of`; null when none is recorded. */
  daysSinceContact: number | null;
  /** BG/NBD probability that the customer is still active; null when not modelled. */
  pAlive: number | null;
  /** BG/NBD expected purchases in the next 90 days; null when not modelled. */
  expected90d: number | null;
  /** Predicted value over the next 12 months (Gamma-Gamma × BG/NBD); null when not modelled. */
  clv12m: number | null;
  /** Sum of order amounts to date. */
  monetary: number;
}

/** Thresholds of the churn score; every field has a default in {@link DEFAULT_CHURN_THRESHOLDS}. */
export interface ChurnThresholds {
  /** Seed 001 rule "最近一次消费间隔>90天": days without a purchase. */
  recencyRuleDays: number;
  /** Seed 001 rule "客单价下降": relative drop of the mean of the last 3 orders vs the up to 3 before (0.2 = −20 %). */
  aovDropThreshold: number;
  /** Days without contact that count as a gap. */
  contactGapDays: number;
  /** Recency ÷ usual gap at which the rhythm reason is shown. */
  rhythmReasonRatio: number;
  /** Floor of a customer's own mean gap, so two purchases a day apart do not make every later day look 30× overdue. */
  minGapDays: number;
  /** Model risk (chance of no purchase in the next 90 days) at which the model reason is shown. */
  modelReasonRisk: number;
  /** Days ahead the model-free purchase-rate component looks (the model's `expected90d` looks 90). */
  horizonDays: number;
  /** Purchase-rate risk (chance of no purchase within `horizonDays` at the customer's pace) at which its reason is shown. */
  rateReasonRisk: number;
  /** Score cut-offs: high ≥ `high`, medium ≥ `medium`, otherwise low. */
  high: number;
  medium: number;
}

/** Weights w_k of the components (each in [0, 1)); see `churnRisk` for the formula. */
export interface ChurnWeights {
  model: number;
  rate: number;
  rhythm: number;
  recencyRule: number;
  aovDrop: number;
  seedRule: number;
  contact: number;
}

/** Everything the score needs beyond one customer's facts. */
export interface ChurnContext {
  thresholds?: Partial<ChurnThresholds>;
  weights?: Partial<ChurnWeights>;
  /**
   * The population's usual gap between purchases in days, used as the rhythm of
   * customers with a single purchase occasion: {@link populationGapDays} (median own
   * gap of the repeat customers). When missing or not positive, `recencyRuleDays` is used.
   */
  populationGapDays?: number | null;
  /** False when the model fit is degenerate (e.g. P(alive) ≈ 1 for everyone): model outputs are then ignored. */
  modelInformative: boolean;
}

/** Reason codes, in the fixed order used to break ties of weight. */
export const CHURN_REASON_CODES = ['model', 'purchase_rate', 'rhythm', 'seed_rule', 'recency_rule', 'aov_drop', 'contact_gap'] as const;
export type ChurnReasonCode = (typeof CHURN_REASON_CODES)[number];

/**
 * A reason with its numbers, before rendering. `weight` is the reason's share of the
 * score's total hazard (see `churnRisk`), so the weights of all components sum to 1.
 */
export type ChurnReasonDetail =
  | { code: 'model'; weight: number; params: { pAlive: number | null; expected90d: number | null; risk: number } }
  | { code: 'purchase_rate'; weight: number; params: { occasions: number; tenureDays: number; paceDays: number; horizonDays: number; risk: number } }
  | { code: 'rhythm'; weight: number; params: { recencyDays: number; gapDays: number; ratio: number; ownGap: boolean } }
  | { code: 'seed_rule'; weight: number; params: { recencyDays: number; ruleDays: number; dropPct: number } }
  | { code: 'recency_rule'; weight: number; params: { recencyDays: number; ruleDays: number } }
  | { code: 'aov_drop'; weight: number; params: { dropPct: number; recentOrders: number; recentAov: number; priorAov: number } }
  | { code: 'contact_gap'; weight: number; params: { daysSinceContact: number; gapDays: number } };

export interface ChurnResult {
  /** In [0, 1]. */
  score: number;
  level: ChurnLevel;
  /** Reasons that fired, largest weight first (ties in {@link CHURN_REASON_CODES} order). */
  reasons: ChurnReasonDetail[];
  /** clv12m × score, or the fallback value × score (see `valueBasis`). */
  valueAtRisk: number;
  /** The value `valueAtRisk` is based on: the 12-month CLV, or the annualised historical spend when CLV is unknown. */
  valueBasis: 'clv_12m' | 'annualised_spend';
}
