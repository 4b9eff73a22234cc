import type { ChurnContext, ChurnThresholds, ChurnWeights } from './types';

/** Defaults of SPEC §3.4 and seed 001 ("最近一次消费间隔>90天" + "客单价下降"). */
export const DEFAULT_CHURN_THRESHOLDS: Readonly<ChurnThresholds> = {
  recencyRuleDays: 90,
  aovDropThreshold: 0.2,
  contactGapDays: 60,
  rhythmReasonRatio: 1.5,
  minGapDays: 7,
  modelReasonRisk: 0.5,
  high: 0.6,
  medium: 0.3,
};

/**
 * Default component weights. The model gets the largest weight because, when the
 * fit is informative, it already combines recency and frequency per customer; the
 * rhythm comes next because it is the best model-free signal (it scales recency by
 * the customer's own habit). Without the model the score can still reach 0.93.
 */
export const DEFAULT_CHURN_WEIGHTS: Readonly<ChurnWeights> = {
  model: 0.8,
  rhythm: 0.6,
  recencyRule: 0.4,
  aovDrop: 0.4,
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
  if (!(thresholds.recencyRuleDays > 0 && thresholds.contactGapDays > 0 && thresholds.minGapDays > 0)) {
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
