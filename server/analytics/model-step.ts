import {
  bgnbdConditionalExpectedBatch, bgnbdPAliveBatch, clvBatch, fitBgNbd, fitGammaGamma, ggExpectedSpendBatch,
  type ModelTimeUnit, type ModelWarningCode,
} from '../../shared/models';
import type { CustomerFacts } from './customer-facts';
import type { Thresholds } from './thresholds';

export interface ModelReport {
  unit: 'week';
  bgnbd: { r: number; alpha: number; a: number; b: number; loglik: number; n: number } | null;
  gamma_gamma: { p: number; q: number; gamma: number; loglik: number; n: number } | null;
  /**
   * Whether churn scoring may use the model's expected purchases. False only
   * when no model could be fitted; a fit whose P(alive) is ≈ 1 for everyone
   * stays informative through E[purchases], but its P(alive) is withheld
   * (`p_alive_usable`).
   */
  informative: boolean;
  p_alive_usable: boolean;
  warnings: string[];
  warning_codes: ModelWarningCode[];
}

export interface ModelColumns {
  pAlive: Float64Array;
  expected90d: Float64Array;
  expectedSpend: Float64Array;
  clv12m: Float64Array;
  report: ModelReport;
}

const WEEK = 7;

/** The facts the models read: purchase occasions, their days and amounts (what the model worker is sent). */
export type ModelFacts = Pick<CustomerFacts, 'n' | 'asOfDay' | 'occasions' | 'firstDay' | 'lastDay' | 'monetary' | 'firstOccasionAmount'>;
/** Fit codes after which P(alive) says nothing about who has lapsed. */
const PALIVE_DEGENERATE: readonly ModelWarningCode[] = ['dropout_not_identified', 'palive_all_high', 'no_repeat_buyers'];

export interface SummaryOptions {
  unit?: ModelTimeUnit;
  /** Keep only customers whose first purchase day is within [from, to] (day numbers, inclusive). */
  firstPurchaseFrom?: number;
  firstPurchaseTo?: number;
}

/**
 * The calibration summary straight from the kept-current per-customer
 * aggregates (SPEC §3.3: same-day orders form one occasion), in weeks unless
 * `unit` is 'day': x = occasions − 1, t_x = (last − first occasion day) / d,
 * T = (as-of − first occasion day) / d, d = 7 or 1, mbar = (monetary − first
 * occasion's amount) / x (0 when x = 0). Customers without orders, or
 * outside the first-purchase cohort, get NaN, which the models skip.
 */
export function summaryFromFacts(f: ModelFacts, opts: SummaryOptions = {}) {
  const d = opts.unit === 'day' ? 1 : WEEK;
  const from = opts.firstPurchaseFrom ?? -Infinity;
  const to = opts.firstPurchaseTo ?? Infinity;
  const x = new Float64Array(f.n).fill(NaN);
  const tx = new Float64Array(f.n).fill(NaN);
  const T = new Float64Array(f.n).fill(NaN);
  const mbar = new Float64Array(f.n).fill(NaN);
  for (let i = 0; i < f.n; i++) {
    if (f.occasions[i] <= 0 || f.firstDay[i] < from || f.firstDay[i] > to) continue;
    x[i] = f.occasions[i] - 1;
    tx[i] = (f.lastDay[i] - f.firstDay[i]) / d;
    T[i] = (f.asOfDay - f.firstDay[i]) / d;
    mbar[i] = x[i] > 0 ? (f.monetary[i] - f.firstOccasionAmount[i]) / x[i] : 0;
  }
  return { x, tx, T, mbar };
}

/**
 * Fits BG/NBD and Gamma-Gamma (shared/models) on the customers with orders
 * and scores every one of them: P(alive), expected purchases in the next 90
 * days, expected average spend, and the 12-month CLV discounted monthly at
 * the configured rate. Prospects get NaN. A degenerate fit is reported in
 * the warnings, never hidden; when P(alive) is degenerate it is withheld from
 * the churn score (set to NaN there) while E[purchases] is still used.
 */
export function fitAndScoreModels(f: ModelFacts, t: Pick<Thresholds, 'monthly_discount_rate'>): ModelColumns {
  const s = summaryFromFacts(f);
  const nan = () => new Float64Array(f.n).fill(NaN);
  const report: ModelReport = { unit: 'week', bgnbd: null, gamma_gamma: null, informative: false, p_alive_usable: false, warnings: [], warning_codes: [] };
  let withOrders = 0;
  for (let i = 0; i < f.n; i++) if (f.occasions[i] > 0) withOrders++;
  if (withOrders < 10) {
    report.warnings.push(`few_customers: too few customers with orders to fit the models (${withOrders})`);
    report.warning_codes.push('few_customers');
    return { pAlive: nan(), expected90d: nan(), expectedSpend: nan(), clv12m: nan(), report };
  }
  const bg = fitBgNbd(s);
  report.bgnbd = { ...bg.params, loglik: bg.loglik, n: bg.n };
  report.warnings.push(...bg.warnings);
  report.warning_codes.push(...bg.warningCodes);
  const gg = fitGammaGamma(s.x, s.mbar);
  report.gamma_gamma = { ...gg.params, loglik: gg.loglik, n: gg.n };
  report.warnings.push(...gg.warnings);
  report.warning_codes.push(...gg.warningCodes);
  const pAlive = bgnbdPAliveBatch(bg.params, s);
  const expected90d = bgnbdConditionalExpectedBatch(bg.params, 90 / WEEK, s);
  const expectedSpend = ggExpectedSpendBatch(gg.params, s.x, s.mbar);
  for (let i = 0; i < f.n; i++) if (Number.isNaN(s.x[i])) expectedSpend[i] = NaN;
  const clv12m = clvBatch(s, bg.params, gg.params, { unit: 'week', monthlyDiscountRate: t.monthly_discount_rate });
  report.informative = Number.isFinite(bg.loglik) && !bg.warningCodes.includes('no_repeat_buyers');
  report.p_alive_usable = report.informative && !bg.warningCodes.some((c) => PALIVE_DEGENERATE.includes(c));
  return { pAlive, expected90d, expectedSpend, clv12m, report };
}
