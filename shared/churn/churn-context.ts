import type { ChurnContext, ChurnThresholds, ChurnWeights } from './types';

/** Defaults of SPEC §3.4 and seed 001 ("最近一次消费间隔>90天" + "客单价下降"). */
export const DEFAULT_CHURN_THRESHOLDS: Readonly<ChurnThresholds> = {
  recencyRuleDays: 90,
  aovDropThreshold: 0.2,
  contactGapDays: 60,
  rhythmReasonRatio: 1.5,
  minGapDays: 7,
  modelReasonRisk: 0.5,
  horizonDays: 90,
  rateReasonRisk: 0.5,
  high: 0.6,
  medium: 0.3,
};

/**
 * Default component weights, chosen on the backtests of CDNOW (1997-09-30 → 1998-06-30)
 * and Online Retail (2011-06-30 → 2011-12-09), see test/shared/churn/churn-backtest-figures.ts.
 * The model and the purchase rate carry most: both estimate the chance of no purchase
 * in the next 90 days, which is what "churn" is measured against. Being overdue on one's
 * own rhythm ranks worse than plain recency on both data sets (bursty first purchases
 * make short gaps), so it weighs less; it still lifts a customer far past a steady
 * rhythm into high risk. Without the model the score can still reach 0.98.
 */
export const DEFAULT_CHURN_WEIGHTS: Readonly<ChurnWeights> = {
  model: 0.8,
  rate: 0.8,
  rhythm: 0.5,
  recencyRule: 0.4,
  aovDrop: 0.3,
  seedRule: 0.3,
  contact: 0.3,
};

/** A context with every default filled in; build it once per refresh, not per customer. */
export interface ResolvedChurnContext {
  readonly resolved: true;
  thresholds: ChurnThresholds;
  weights: ChurnWeights;
  /** Rhythm of single-occasion customers, days (> 0). */
  populationGapDays: number;
  modelInformative: boolean;
}

/** Fills defaults and checks ranges. Throws RangeError on a weight outside [0, 1) or cut-offs out of order. */
export function resolveChurnContext(ctx: ChurnContext | ResolvedChurnContext): ResolvedChurnContext {
  if (isResolved(ctx)) return ctx;
  const thresholds = { ...DEFAULT_CHURN_THRESHOLDS, ...definedOnly(ctx.thresholds) };
  const weights = { ...DEFAULT_CHURN_WEIGHTS, ...definedOnly(ctx.weights) };
  for (const [name, w] of Object.entries(weights)) {
    if (!(w >= 0 && w < 1)) throw new RangeError(`churn weight ${name} must be in [0, 1): ${w}`);
  }
  if (!(thresholds.high >= thresholds.medium && thresholds.medium >= 0 && thresholds.high <= 1)) {
    throw new RangeError(`churn cut-offs must satisfy 0 ≤ medium ≤ high ≤ 1: ${thresholds.medium}, ${thresholds.high}`);
  }
  if (!(thresholds.recencyRuleDays > 0 && thresholds.contactGapDays > 0 && thresholds.minGapDays > 0 && thresholds.horizonDays > 0)) {
    throw new RangeError('churn day thresholds must be positive');
  }
  const pop = ctx.populationGapDays;
  const populationGapDays = pop != null && pop > 0 && Number.isFinite(pop) ? pop : thresholds.recencyRuleDays;
  return { resolved: true, thresholds, weights, populationGapDays, modelInformative: ctx.modelInformative };
}

function isResolved(ctx: ChurnContext | ResolvedChurnContext): ctx is ResolvedChurnContext {
  return 'resolved' in ctx && ctx.resolved === true;
}

function definedOnly<T extends object>(partial: Partial<T> | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!partial) return out;
  for (const key of Object.keys(partial) as (keyof T)[]) if (partial[key] !== undefined) out[key] = partial[key];
  return out;
}
