import type { FeatureValue } from '../../shared/tags/index';
import type { KnownColumns } from '../tags/known-columns';
import type { CustomerFacts } from './customer-facts';
import type { SegmentResults } from './compute-segments';
import type { ModelColumns } from './model-step';
import type { ChurnStepResult } from './churn-step';

/** What a refresh computed, index-aligned with its facts. */
export interface RefreshColumns {
  facts: CustomerFacts;
  seg: SegmentResults;
  models: ModelColumns;
  churn: ChurnStepResult;
  clvTier: (string | null)[];
  completeness: Float64Array;
}

/**
 * The tag features a refresh already holds, so its tag step reads back
 * neither customer_scores nor customer_stats nor the orders table. Each
 * column means exactly what the feature loader would read from the
 * database once the scores are persisted (field catalogue): numbers as
 * Float64Array with NaN = unknown, labels as ids or null.
 * - recency_days = as-of − last order day; days_since_contact likewise;
 * - frequency, monetary: all orders; aov = monetary / frequency;
 * - aov_trend = mean(last 3 amounts) / mean(up to 3 before them) − 1;
 * - orders_90d, monetary_365d: windows (as-of − N, as-of];
 * - r, f, m: scores 1–5 (unknown without orders); cluster: its number;
 * - the segment labels, CLV tier, churn level, and the model and churn figures.
 */
export function refreshFeatureColumns(c: RefreshColumns): KnownColumns {
  const { facts: f, seg, models, churn } = c;
  const n = f.n;
  const numbers = (value: (i: number) => number) => {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = value(i);
      out[i] = Number.isFinite(v) ? v : NaN;
    }
    return out;
  };
  const day = (d: Int32Array) => numbers((i) => (d[i] >= 0 ? f.asOfDay - d[i] : NaN));
  const score = (s: Uint8Array) => numbers((i) => (s[i] > 0 ? s[i] : NaN));
  const columns = new Map<string, ArrayLike<FeatureValue>>([
    ['recency_days', numbers((i) => seg.rfm.recencyDays[i])],
    ['frequency', numbers((i) => f.frequency[i])],
    ['monetary', numbers((i) => f.monetary[i])],
    ['aov', numbers((i) => (f.frequency[i] > 0 ? f.monetary[i] / f.frequency[i] : NaN))],
    ['aov_trend', numbers((i) => (f.aovPrior[i] > 0 ? f.aovRecent[i] / f.aovPrior[i] - 1 : NaN))],
    ['days_since_contact', day(f.lastContactDay)],
    ['orders_90d', numbers((i) => f.orders90d[i])],
    ['monetary_365d', numbers((i) => f.monetary365d[i])],
    ['r', score(seg.r)], ['f', score(seg.f)], ['m', score(seg.m)],
    ['rfm_segment', seg.rfmSegment], ['rfm8', seg.rfm8], ['lifecycle', seg.lifecycle], ['abc', seg.abc],
    ['value_activity', seg.valueActivity], ['clv_tier', c.clvTier],
    ['cluster', numbers((i) => (seg.cluster[i] >= 0 ? seg.cluster[i] : NaN))],
    ['p_alive', numbers((i) => models.pAlive[i])],
    ['expected_purchases_90d', numbers((i) => models.expected90d[i])],
    ['expected_avg_spend', numbers((i) => models.expectedSpend[i])],
    ['clv_12m', numbers((i) => models.clv12m[i])],
    ['churn_score', numbers((i) => churn.score[i])],
    ['churn_level', churn.level],
    ['value_at_risk', numbers((i) => churn.valueAtRisk[i])],
    ['completeness', numbers((i) => c.completeness[i])],
  ]);
  return { pk: f.pk.subarray(0, n), columns };
}
