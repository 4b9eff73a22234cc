import type { Client } from '@libsql/client';
import { fitBgNbd, fitGammaGamma, type ModelTimeUnit } from '../../shared/models';
import { dayNumber } from '../../shared/time/calendar';
import { loadCustomerFacts } from './customer-facts';
import { summaryFromFacts } from './model-step';

export interface ModelFitOptions {
  calibrationEnd: string;
  unit: ModelTimeUnit;
  firstPurchaseFrom?: string;
  firstPurchaseTo?: string;
}

export interface ModelFitReport {
  calibration_end: string;
  unit: ModelTimeUnit;
  cohort: { first_purchase_from: string | null; first_purchase_to: string | null };
  bgnbd: { r: number; alpha: number; a: number; b: number; loglik: number; n: number } | null;
  gamma_gamma: { p: number; q: number; gamma: number; loglik: number; n: number } | null;
  warnings: string[];
}

/**
 * `huaxiang model fit` (SPEC §3.3, §8): BG/NBD and Gamma-Gamma fitted by
 * maximum likelihood on the orders up to and including the calibration end
 * day (one pass over orders, same-day orders merged into one occasion), for
 * the customers whose first purchase falls in the optional cohort window.
 * Times are in `unit` (weeks = days / 7). Degenerate fits are reported in
 * `warnings`, never hidden. On the CDNOW sample (weeks, end 1997-09-30):
 * r 0.2426, α 4.4136, a 0.7929, b 2.4259, LL −9582.43; p 6.25, q 3.74, γ 15.44 (n 946).
 */
export async function fitModelsAt(client: Client, opts: ModelFitOptions): Promise<ModelFitReport> {
  const facts = await loadCustomerFacts(client, dayNumber(opts.calibrationEnd), { windows: false });
  const s = summaryFromFacts(facts, {
    unit: opts.unit,
    firstPurchaseFrom: opts.firstPurchaseFrom ? dayNumber(opts.firstPurchaseFrom) : undefined,
    firstPurchaseTo: opts.firstPurchaseTo ? dayNumber(opts.firstPurchaseTo) : undefined,
  });
  const report: ModelFitReport = {
    calibration_end: opts.calibrationEnd, unit: opts.unit,
    cohort: { first_purchase_from: opts.firstPurchaseFrom ?? null, first_purchase_to: opts.firstPurchaseTo ?? null },
    bgnbd: null, gamma_gamma: null, warnings: [],
  };
  let included = 0;
  for (let i = 0; i < facts.n; i++) if (s.x[i] === s.x[i]) included++;
  if (included === 0) {
    report.warnings.push('few_customers: no customer with an order in the calibration period and cohort');
    return report;
  }
  const bg = fitBgNbd(s);
  report.bgnbd = { ...bg.params, loglik: bg.loglik, n: bg.n };
  report.warnings.push(...bg.warnings);
  const gg = fitGammaGamma(s.x, s.mbar);
  report.gamma_gamma = { ...gg.params, loglik: gg.loglik, n: gg.n };
  report.warnings.push(...gg.warnings);
  return report;
}
