import { resolveChurnContext, type ResolvedChurnContext } from './churn-context';
import {
  AOV_DROP, COMPONENT_COUNT, CONTACT_GAP, MODEL, RATE, RECENCY_RULE, RHYTHM, SEED_RULE,
  newChurnScratch, scoreChurnRow, type ChurnRow, type ChurnScratch,
} from './churn-components';
import { orderValueMeans } from './order-value';
import type { ChurnContext, ChurnInput, ChurnLevel, ChurnReasonDetail, ChurnResult, ChurnThresholds } from './types';

/**
 * Churn risk of one customer as of a day (SPEC §3.4); null for a prospect (no orders).
 *
 * **Formula.** Seven components c_k ∈ [0, 1] with weights w_k ∈ [0, 1) (defaults in
 * parentheses, all configurable) are combined as a noisy-OR:
 *
 *   score = 1 − Π_k (1 − w_k·c_k) = 1 − exp(−H),  H = Σ_k h_k,  h_k = −ln(1 − w_k·c_k)
 *
 * so each piece of evidence can only raise the risk, missing evidence adds nothing,
 * and no renormalisation is needed when a component is unavailable.
 * r = recencyDays, g_pop = population gap (`populationGapDays`, else the 90-day rule).
 *  1. model (0.8), only when `ctx.modelInformative` and P(alive) or E[purchases 90 d] is
 *     known: c = P(no purchase in the next 90 days) = 1 − p·(1 − e^(−E/p)) with
 *     p = P(alive) (1 when unknown), E = expected purchases in 90 days (c = 1 − p when E
 *     is unknown; c = 1 when p = 0). Reason `model` when c ≥ 0.5.
 *  2. purchase rate (0.8), the model-free stand-in that keeps the ranking when the model
 *     is degenerate: pace = (tenure + g_pop) ÷ occasions days per purchase, tenure =
 *     r + (lastDay − firstDay) (one population gap is added as a pseudo-interval so a single
 *     purchase says little); c = e^(−90 ÷ pace), the chance of no purchase in the next 90
 *     days (`horizonDays`) at that pace. Reason `purchase_rate` when c ≥ 0.5.
 *  3. rhythm (0.5): q = r ÷ gap, gap = the customer's own mean gap
 *     (lastDay − firstDay) ÷ (occasions − 1), floored at 7 days, when occasions ≥ 2,
 *     else g_pop; c = x ÷ (1 + x) with x = max(0, q − 1) — 0 while on rhythm, ½ at twice
 *     the gap. Reason `rhythm` when q ≥ 1.5.
 *  4. recency rule (0.4), seed 001 "最近一次消费间隔>90天": c = r ÷ (r + 90).
 *     Reason `recency_rule` when r > 90.
 *  5. order value drop (0.3), seed 001 "客单价下降": drop = max(0, 1 − recent ÷ prior) with
 *     the means of the newest 3 and the up to 3 orders before (needs ≥ 4 orders);
 *     c = min(1, drop). Reason `aov_drop` when drop ≥ 0.2 (within 1e-9).
 *  6. seed rule (0.3): c = 1 when both r > 90 and drop ≥ 0.2, the seed's high-risk rule.
 *  7. contact gap (0.3): c = d ÷ (d + 60) when a contact is on record d ≥ 60 days ago,
 *     else 0 (a customer with no contact on record is not penalised: many data sets
 *     hold no contacts at all). Reason `contact_gap` when d ≥ 60.
 *
 * A weight of 0 switches a component off, its reason included.
 * level: high when score ≥ 0.6, medium when ≥ 0.3, else low. A reason's `weight` is
 * h_k ÷ H (its share of the total hazard; 0 when H = 0); reasons are the fired
 * components, largest weight first, ties in the order listed above.
 * valueAtRisk = clv12m × score; when clv12m is unknown (null or not finite), the
 * annualised historical spend × score, where annualised spend = monetary × 365 ÷
 * max(365, tenure) and tenure = recencyDays + (lastDay − firstDay) days — a customer
 * younger than a year counts with their total spend, never extrapolated upwards.
 *
 * Example (defaults, model not informative, g_pop = 60, 11 occasions 30 days apart):
 * r = 330 → pace = (630 + 60)/11, rate c = e^(−90/pace) = 0.238, rhythm c = 10/11, rule
 * c = 330/420 → score 1 − (1 − 0.8·0.238)(1 − 0.5·10/11)(1 − 0.4·330/420) = 0.697 (high);
 * r = 40 → 0.284 (low).
 */
export function churnRisk(input: ChurnInput, ctx: ChurnContext | ResolvedChurnContext): ChurnResult | null {
  if (!(input.orders > 0)) return null;
  const rc = resolveChurnContext(ctx);
  const { recent, prior } = orderValueMeans(input.recentAmounts);
  const row: ChurnRow = {
    recencyDays: input.recencyDays,
    occasions: input.occasions > 1 ? input.occasions : 1,
    firstDay: input.firstDay,
    lastDay: input.lastDay,
    aovRecent: recent,
    aovPrior: prior,
    daysSinceContact: input.daysSinceContact ?? NaN,
    pAlive: input.pAlive ?? NaN,
    expected90d: input.expected90d ?? NaN,
  };
  const clv = input.clv12m ?? NaN;
  return churnResultOfRow(row, clv, input.monetary, rc, newChurnScratch());
}

/** Scores a filled row and builds the full result (reasons included). Shared with the columnar `churnRiskAt`. */
export function churnResultOfRow(row: ChurnRow, clv12m: number, monetary: number, rc: ResolvedChurnContext, s: ChurnScratch): ChurnResult {
  const score = scoreChurnRow(row, rc, s);
  const fallback = !Number.isFinite(clv12m);
  return {
    score,
    level: churnLevel(score, rc.thresholds),
    reasons: reasonsOf(row, rc, s),
    valueAtRisk: (fallback ? annualisedSpend(monetary, row) : clv12m) * score,
    valueBasis: fallback ? 'annualised_spend' : 'clv_12m',
  };
}

/** Level of a score: high ≥ `high` (0.6), medium ≥ `medium` (0.3), else low. Example: 0.6 → 'high', 0.59 → 'medium'. */
export function churnLevel(score: number, thresholds: Pick<ChurnThresholds, 'high' | 'medium'>): ChurnLevel {
  return score >= thresholds.high ? 'high' : score >= thresholds.medium ? 'medium' : 'low';
}

/** monetary × 365 ÷ max(365, tenure days), tenure = recencyDays + (lastDay − firstDay). Example: 1,000 over 730 days → 500. */
export function annualisedSpend(monetary: number, row: Pick<ChurnRow, 'recencyDays' | 'firstDay' | 'lastDay'>): number {
  const tenure = Math.max(0, row.recencyDays) + Math.max(0, row.lastDay - row.firstDay);
  return (monetary * 365) / Math.max(365, tenure);
}

function reasonsOf(row: ChurnRow, rc: ResolvedChurnContext, s: ChurnScratch): ChurnReasonDetail[] {
  let total = 0;
  for (let k = 0; k < COMPONENT_COUNT; k++) total -= Math.log(s.keep[k]);
  const weight = (k: number) => (total > 0 ? -Math.log(s.keep[k]) / total : 0);
  const t = rc.thresholds;
  const r = Math.max(0, row.recencyDays);
  const dropPct = s.dropFraction * 100;
  const out: ChurnReasonDetail[] = [];
  if (s.fired[MODEL]) {
    out.push({ code: 'model', weight: weight(MODEL), params: { pAlive: nullIfNaN(row.pAlive), expected90d: nullIfNaN(row.expected90d), risk: s.modelRisk } });
  }
  if (s.fired[RATE]) {
    out.push({ code: 'purchase_rate', weight: weight(RATE), params: { occasions: row.occasions, tenureDays: s.tenureDays, paceDays: s.paceDays, horizonDays: t.horizonDays, risk: s.rateRisk } });
  }
  if (s.fired[RHYTHM]) out.push({ code: 'rhythm', weight: weight(RHYTHM), params: { recencyDays: r, gapDays: s.gapDays, ratio: s.ratio, ownGap: s.ownGap } });
  if (s.fired[SEED_RULE]) out.push({ code: 'seed_rule', weight: weight(SEED_RULE), params: { recencyDays: r, ruleDays: t.recencyRuleDays, dropPct } });
  if (s.fired[RECENCY_RULE]) out.push({ code: 'recency_rule', weight: weight(RECENCY_RULE), params: { recencyDays: r, ruleDays: t.recencyRuleDays } });
  if (s.fired[AOV_DROP]) {
    out.push({ code: 'aov_drop', weight: weight(AOV_DROP), params: { dropPct, recentOrders: 3, recentAov: row.aovRecent, priorAov: row.aovPrior } });
  }
  if (s.fired[CONTACT_GAP]) out.push({ code: 'contact_gap', weight: weight(CONTACT_GAP), params: { daysSinceContact: row.daysSinceContact, gapDays: t.contactGapDays } });
  // Stable sort: equal weights keep the component order above.
  return out.sort((a, b) => b.weight - a.weight);
}

function nullIfNaN(x: number): number | null {
  return x === x ? x : null;
}
