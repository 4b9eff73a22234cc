import type { CustomerFacts } from './customer-facts';
import type { Thresholds } from './thresholds';

// TEMPORARY (lead, in progress): shared/models is being written; .tmp/model-step.full.ts replaces this file.
export interface ModelReport {
  unit: 'week';
  bgnbd: { r: number; alpha: number; a: number; b: number; loglik: number; n: number } | null;
  gamma_gamma: { p: number; q: number; gamma: number; loglik: number; n: number } | null;
  informative: boolean;
  warnings: string[];
}
export interface ModelColumns { pAlive: Float64Array; expected90d: Float64Array; expectedSpend: Float64Array; clv12m: Float64Array; report: ModelReport }
export function fitAndScoreModels(f: CustomerFacts, _t: Thresholds): ModelColumns {
  const nan = () => new Float64Array(f.n).fill(NaN);
  return { pAlive: nan(), expected90d: nan(), expectedSpend: nan(), clv12m: nan(), report: { unit: 'week', bgnbd: null, gamma_gamma: null, informative: false, warnings: ['models not fitted'] } };
}
