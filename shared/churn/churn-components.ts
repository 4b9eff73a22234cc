import type { ResolvedChurnContext } from './churn-context';

/**
 * One customer's facts as plain numbers, NaN for "unknown": the shape both the
 * single-customer and the columnar entry points fill before scoring, so that they
 * run the very same arithmetic. Reused across customers in the batch (no allocation).
 */
export interface ChurnRow {
  recencyDays: number;
  occasions: number;
  firstDay: number;
  lastDay: number;
  /** Mean of the newest up to 3 orders, NaN when none. */
  aovRecent: number;
  /** Mean of the up to 3 orders before those, NaN with fewer than 4 orders. */
  aovPrior: number;
  daysSinceContact: number;
  pAlive: number;
  expected90d: number;
}

/** Component slots in the scratch arrays, in {@link CHURN_REASON_CODES} order. */
export const MODEL = 0;
export const RATE = 1;
export const RHYTHM = 2;
export const SEED_RULE = 3;
export const RECENCY_RULE = 4;
export const AOV_DROP = 5;
export const CONTACT_GAP = 6;
export const COMPONENT_COUNT = 7;

/**
 * Per-row intermediate numbers, written by {@link scoreChurnRow}: `keep[k]` is
 * 1 − w_k·c_k (the hazard is −ln of it), `fired[k]` is 1 when component k's reason fires.
 */
export interface ChurnScratch {
  keep: Float64Array;
  fired: Uint8Array;
  gapDays: number;
  ownGap: boolean;
  tenureDays: number;
  paceDays: number;
  rateRisk: number;
  ratio: number;
  dropFraction: number;
  modelRisk: number;
}

export function newChurnScratch(): ChurnScratch {
  return { keep: new Float64Array(COMPONENT_COUNT), fired: new Uint8Array(COMPONENT_COUNT), gapDays: NaN, ownGap: false, tenureDays: NaN, paceDays: NaN, rateRisk: NaN, ratio: NaN, dropFraction: 0, modelRisk: NaN };
}

/** Tolerance of threshold tests on computed ratios: 80 vs 100 is a drop of exactly 20 %, not 19.999…%. */
const EPS = 1e-9;

/**
 * The churn score of one row; fills `s`. See `churnRisk` for the formula. O(1), no allocation.
 * Call only for customers with at least one order.
 */
export function scoreChurnRow(row: ChurnRow, rc: ResolvedChurnContext, s: ChurnScratch): number {
  const t = rc.thresholds;
  const w = rc.weights;
  const r = row.recencyDays > 0 ? row.recencyDays : 0;
  s.keep.fill(1);
  s.fired.fill(0);

  // Model: chance of no purchase in the next 90 days.
  s.modelRisk = NaN;
  if (rc.modelInformative && (row.pAlive === row.pAlive || row.expected90d === row.expected90d)) {
    const p = row.pAlive === row.pAlive ? clamp01(row.pAlive) : 1;
    const e = row.expected90d === row.expected90d ? Math.max(0, row.expected90d) : NaN;
    const risk = e !== e ? 1 - p : p > 0 ? 1 - p * (1 - Math.exp(-e / p)) : 1;
    s.modelRisk = risk;
    s.keep[MODEL] = 1 - w.model * risk;
    if (risk >= t.modelReasonRisk - EPS) s.fired[MODEL] = 1;
  }

  // Purchase rate: chance of no purchase within the horizon at the customer's own pace,
  // one pseudo-gap of the population added so that one purchase says little.
  const span = row.lastDay > row.firstDay ? row.lastDay - row.firstDay : 0;
  s.tenureDays = r + span;
  s.paceDays = (s.tenureDays + rc.populationGapDays) / row.occasions;
  s.rateRisk = Math.exp(-t.horizonDays / s.paceDays);
  s.keep[RATE] = 1 - w.rate * s.rateRisk;
  if (s.rateRisk >= t.rateReasonRisk - EPS) s.fired[RATE] = 1;

  // Rhythm: recency against the customer's own mean gap (or the population's).
  const ownGap = row.occasions >= 2 && row.lastDay > row.firstDay;
  s.ownGap = ownGap;
  s.gapDays = ownGap ? Math.max(t.minGapDays, (row.lastDay - row.firstDay) / (row.occasions - 1)) : rc.populationGapDays;
  s.ratio = r / s.gapDays;
  const over = s.ratio > 1 ? s.ratio - 1 : 0;
  s.keep[RHYTHM] = 1 - w.rhythm * (over / (1 + over));
  if (s.ratio >= t.rhythmReasonRatio - EPS) s.fired[RHYTHM] = 1;

  // Seed 001: "最近一次消费间隔>90天" and "客单价下降", each on its own and together.
  const pastRule = r > t.recencyRuleDays;
  s.keep[RECENCY_RULE] = 1 - w.recencyRule * (r / (r + t.recencyRuleDays));
  if (pastRule) s.fired[RECENCY_RULE] = 1;
  const drop = row.aovPrior > 0 && row.aovRecent === row.aovRecent ? Math.max(0, 1 - row.aovRecent / row.aovPrior) : 0;
  s.dropFraction = drop;
  s.keep[AOV_DROP] = 1 - w.aovDrop * Math.min(1, drop);
  const falling = drop > 0 && drop >= t.aovDropThreshold - EPS;
  if (falling) s.fired[AOV_DROP] = 1;
  if (pastRule && falling) {
    s.keep[SEED_RULE] = 1 - w.seedRule;
    s.fired[SEED_RULE] = 1;
  }

  // Contact gap: only when a contact is on record, and only from the threshold on.
  const d = row.daysSinceContact;
  if (d === d && d >= t.contactGapDays) {
    s.keep[CONTACT_GAP] = 1 - w.contact * (d / (d + t.contactGapDays));
    s.fired[CONTACT_GAP] = 1;
  }

  // A fired reason always has c_k > 0, so keep = 1 means weight 0: the component is switched off.
  let product = 1;
  for (let k = 0; k < COMPONENT_COUNT; k++) {
    if (s.keep[k] === 1) s.fired[k] = 0;
    product *= s.keep[k];
  }
  return 1 - product;
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
