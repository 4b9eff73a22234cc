import type { Client } from '@libsql/client';
import { CHURN_LEVEL_IDS, holdoutByFrequency, recencyBaselineScores, rocAuc, topDecileLift } from '../../shared/churn';
import { bgnbdConditionalExpectedBatch } from '../../shared/models';
import { dayNumber } from '../../shared/time/calendar';
import { loadCustomerFacts } from './customer-facts';
import { fitAndScoreModels, summaryFromFacts, type ModelReport } from './model-step';
import { churnBatchFor } from './churn-step';
import { loadThresholds } from './thresholds';

export interface RankingFigures {
  /** ROC AUC for "made no purchase in the holdout"; null when a class is empty. */
  auc: number | null;
  top_decile_lift: number | null;
}

export interface BacktestReport extends RankingFigures {
  calibration_end: string;
  holdout_end: string;
  holdout_days: number;
  /** Customers with at least one order up to the calibration end (the scored ones). */
  customers: number;
  /** Of them, customers who made no purchase in the holdout (the positive label). */
  no_purchase: number;
  no_purchase_rate: number;
  /** Σ BG/NBD E[purchase occasions in the holdout]; null when the model could not be fitted. */
  predicted_purchases: number | null;
  /** Purchase occasions (distinct order days per customer) in the holdout. */
  actual_purchases: number;
  /** Mean predicted vs actual holdout occasions by calibration repeat count x (0…6, and "7+"). */
  by_frequency: { x: string; customers: number; predicted: number | null; actual: number }[];
  /** No-purchase rate per churn level at the calibration end. */
  by_level: { level: string; customers: number; no_purchase_rate: number }[];
  baselines: {
    /** Days since the last purchase only. */
    recency: RankingFigures;
    /** The purchase model alone: fewer expected holdout purchases = more at risk. */
    model_expected_purchases: RankingFigures | null;
  };
  models: Pick<ModelReport, 'bgnbd' | 'gamma_gamma' | 'warnings' | 'informative' | 'p_alive_usable'>;
}

const figures = (score: Float64Array, labels: Uint8Array): RankingFigures => ({ auc: rocAuc(score, labels), top_decile_lift: topDecileLift(score, labels) });

/**
 * `huaxiang backtest` (SPEC §3.4, seed 004's model check). Replays the refresh
 * as of the calibration end: facts from orders and contacts up to that day
 * (one pass), BG/NBD + Gamma-Gamma fitted on them, the churn score exactly as
 * the refresh computes it with the current thresholds. Each customer with an
 * order by the calibration end is then labelled 1 when they made no purchase
 * in the holdout (calibration end, holdout end], and the score is judged by
 * ROC AUC (ties ½) and top-decile lift, next to a recency-only baseline and
 * the model's expected purchases alone. Predicted holdout purchases are
 * Σ E[Y(t) | x, t_x, T] with t = holdout days / 7 weeks; actual purchases are
 * distinct order days per customer in the holdout (the model's "occasions").
 */
export async function runBacktest(client: Client, opts: { calibrationEnd: string; holdoutEnd: string }): Promise<BacktestReport> {
  const cal = dayNumber(opts.calibrationEnd);
  const end = dayNumber(opts.holdoutEnd);
  if (!(end > cal)) throw new RangeError(`the holdout end (${opts.holdoutEnd}) must be after the calibration end (${opts.calibrationEnd})`);
  const thresholds = await loadThresholds(client);
  const facts = await loadCustomerFacts(client, cal, { windows: false });
  const models = fitAndScoreModels(facts, thresholds);
  const n = facts.n;
  const recency = new Float64Array(n);
  for (let i = 0; i < n; i++) recency[i] = facts.occasions[i] > 0 ? cal - facts.lastDay[i] : NaN;
  const { batch } = churnBatchFor(facts, recency, models, thresholds);

  const actual = await holdoutOccasions(client, facts.pk, cal, end);
  const labels = new Uint8Array(n);
  let customers = 0;
  let noPurchase = 0;
  let actualSum = 0;
  for (let i = 0; i < n; i++) {
    if (!(facts.occasions[i] > 0)) continue;
    customers++;
    actualSum += actual[i];
    if (actual[i] === 0) { labels[i] = 1; noPurchase++; }
  }

  const bg = models.report.bgnbd;
  const expected = bg ? bgnbdConditionalExpectedBatch(bg, (end - cal) / 7, summaryFromFacts(facts)) : null;
  let predicted: number | null = null;
  let modelScore: Float64Array | null = null;
  if (expected) {
    predicted = 0;
    modelScore = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const e = expected[i];
      if (facts.occasions[i] > 0 && Number.isFinite(e)) { predicted += e; modelScore[i] = 1 / (1 + e); } else modelScore[i] = NaN;
    }
  }

  return {
    calibration_end: opts.calibrationEnd, holdout_end: opts.holdoutEnd, holdout_days: end - cal,
    customers, no_purchase: noPurchase, no_purchase_rate: customers ? noPurchase / customers : 0,
    ...figures(batch.score, labels),
    predicted_purchases: predicted, actual_purchases: actualSum,
    by_frequency: holdoutByFrequency(facts.occasions, expected, actual),
    by_level: CHURN_LEVEL_IDS.map((level, k) => {
      let count = 0;
      let positives = 0;
      for (let i = 0; i < n; i++) if (batch.level[i] === k + 1) { count++; positives += labels[i]; }
      return { level, customers: count, no_purchase_rate: count ? positives / count : 0 };
    }),
    baselines: {
      recency: figures(recencyBaselineScores(recency, (i) => facts.occasions[i] > 0, thresholds.recency_rule_days), labels),
      model_expected_purchases: modelScore ? figures(modelScore, labels) : null,
    },
    models: {
      bgnbd: models.report.bgnbd, gamma_gamma: models.report.gamma_gamma, warnings: models.report.warnings,
      informative: models.report.informative, p_alive_usable: models.report.p_alive_usable,
    },
  };
}

/** Distinct order days per customer in (cal, end], aligned with `pks` (ascending). */
async function holdoutOccasions(client: Client, pks: Int32Array, cal: number, end: number): Promise<Int32Array> {
  const out = new Int32Array(pks.length);
  const rs = await client.execute({
    sql: 'SELECT customer_pk, count(DISTINCT day) FROM orders WHERE day > ? AND day <= ? GROUP BY customer_pk ORDER BY customer_pk',
    args: [cal, end],
  });
  let i = 0;
  for (const row of rs.rows) {
    const pk = Number(row[0]);
    while (i < pks.length && pks[i] < pk) i++;
    if (i < pks.length && pks[i] === pk) out[i] = Number(row[1]);
  }
  return out;
}
