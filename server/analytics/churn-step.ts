import type { Client } from '@libsql/client';
import {
  churnLevelAt, churnRiskBatch, churnRiskReader, crossSellCandidates, populationGapDays, encodeChurnReasons,
  type ChurnColumns, type ChurnContext, type ProductView,
} from '../../shared/churn';
import type { CustomerFacts } from './customer-facts';
import type { SegmentResults } from './compute-segments';
import type { ModelColumns } from './model-step';
import type { Thresholds } from './thresholds';

export interface ChurnStepResult {
  score: Float64Array;
  level: (string | null)[];
  reasons: (string | null)[];
  valueAtRisk: Float64Array;
  /** Cross-sell candidates of the next action as a JSON array, null when none (the action is derived on read). */
  crossSell: (string | null)[];
  context: ChurnContext;
}

/** Churn inputs of the facts as columns (shared/churn's ChurnColumns), NaN where unknown. */
export function churnColumns(f: CustomerFacts, recencyDays: ArrayLike<number>, m?: Pick<ModelColumns, 'pAlive' | 'expected90d' | 'clv12m'>): ChurnColumns {
  const contact = new Float64Array(f.n);
  for (let i = 0; i < f.n; i++) contact[i] = f.lastContactDay[i] >= 0 ? f.asOfDay - f.lastContactDay[i] : NaN;
  return {
    recencyDays, orders: f.frequency, occasions: f.occasions, firstDay: f.firstDay, lastDay: f.lastDay,
    aovRecent: f.aovRecent, aovPrior: f.aovPrior, daysSinceContact: contact, monetary: f.monetary,
    ...(m ? { pAlive: m.pAlive, expected90d: m.expected90d, clv12m: m.clv12m } : {}),
  };
}

/** The churn context of a refresh: configured thresholds, the population's usual purchase gap, and whether the model is informative. */
export function churnContext(f: CustomerFacts, t: Thresholds, modelInformative: boolean): ChurnContext {
  const gap = populationGapDays({ occasions: f.occasions, firstDay: f.firstDay, lastDay: f.lastDay });
  return {
    thresholds: { recencyRuleDays: t.recency_rule_days, contactGapDays: t.contact_gap_days, high: t.churn.high, medium: t.churn.medium },
    populationGapDays: Number.isFinite(gap) ? gap : null,
    modelInformative,
  };
}

/**
 * Churn scores of every customer from the facts and the fitted models, as the
 * refresh computes them (and the backtest replays them): a degenerate P(alive)
 * (≈ 1 for everyone) is withheld, while expected purchases still inform the score.
 */
export function churnBatchFor(f: CustomerFacts, recencyDays: ArrayLike<number>, m: ModelColumns, t: Thresholds) {
  const columns = churnColumns(f, recencyDays, m.report.p_alive_usable ? m : { ...m, pAlive: new Float64Array(f.n).fill(NaN) });
  const context = churnContext(f, t, m.report.informative);
  return { columns, context, batch: churnRiskBatch(columns, context) };
}

/**
 * Products each customer viewed in the last 90 days (summed per product) and
 * the products they have bought, for the cross-sell candidates of seed 001.
 * Only customers with recent views are read.
 */
async function crossSellInputs(client: Client, asOfDay: number) {
  const views = new Map<number, ProductView[]>();
  const rs = await client.execute({
    sql: `SELECT customer_pk, product, sum(coalesce(duration_s, 0)), max(day) FROM events
          WHERE type = 'view' AND product IS NOT NULL AND day > ? AND day <= ? GROUP BY customer_pk, product`,
    args: [asOfDay - 90, asOfDay],
  });
  for (const r of rs.rows) {
    const pk = Number(r[0]);
    let list = views.get(pk);
    if (!list) views.set(pk, (list = []));
    list.push({ product: String(r[1]), durationS: Number(r[2]), day: Number(r[3]) });
  }
  const bought = new Map<number, Set<string>>();
  if (views.size) {
    const b = await client.execute({
      sql: `SELECT DISTINCT customer_pk, product FROM orders WHERE product IS NOT NULL AND day <= ?
            AND customer_pk IN (SELECT value FROM json_each(?))`,
      args: [asOfDay, JSON.stringify([...views.keys()])],
    });
    for (const r of b.rows) {
      const pk = Number(r[0]);
      let set = bought.get(pk);
      if (!set) bought.set(pk, (set = new Set()));
      set.add(String(r[1]));
    }
  }
  return { views, bought };
}

/**
 * Churn risk for every customer (shared/churn's batch scorer), with reasons
 * (stored compactly by `encodeChurnReasons`; the zh/en texts are rendered on
 * read) for customers at medium or high risk, value at risk,
 * and the suggested next action with cross-sell candidates. Prospects get no
 * score and the prospect action.
 */
export async function scoreChurn(client: Client, f: CustomerFacts, seg: SegmentResults, m: ModelColumns, t: Thresholds): Promise<ChurnStepResult> {
  const { columns, context, batch } = churnBatchFor(f, seg.rfm.recencyDays, m, t);
  const reader = churnRiskReader(columns, context);
  const cross = await crossSellInputs(client, f.asOfDay);
  const level = new Array<string | null>(f.n);
  const reasons = new Array<string | null>(f.n);
  const crossSell = new Array<string | null>(f.n).fill(null);
  for (let i = 0; i < f.n; i++) {
    const lv = churnLevelAt(batch, i);
    level[i] = lv;
    if (lv === 'high' || lv === 'medium') {
      const full = reader(i);
      reasons[i] = full && full.reasons.length ? encodeChurnReasons(full.reasons) : '[]';
    } else {
      // Low risk: no reasons to show (building them for every customer costs ~8 s at 1M).
      reasons[i] = lv === null ? null : '[]';
    }
    const viewed = cross.views.get(f.pk[i]);
    const products = viewed ? crossSellCandidates(viewed, cross.bought.get(f.pk[i]) ?? []) : [];
    if (products.length) crossSell[i] = JSON.stringify(products);
  }
  return { score: batch.score, level, reasons, valueAtRisk: batch.valueAtRisk, crossSell, context };
}
