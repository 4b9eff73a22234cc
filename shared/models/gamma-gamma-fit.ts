import type { GammaGammaParams } from './gamma-gamma';
import { gammaGammaObjective, spendRows, subsampleSpendRows } from './gamma-gamma-objective';
import { minimizeFromStarts } from './multi-start';
import { warningLine, type ModelWarningCode } from './model-warnings';

export interface GammaGammaFit {
  params: GammaGammaParams;
  loglik: number;
  /** Customers used (x > 0 and mbar > 0). */
  n: number;
  warnings: string[];
  warningCodes: ModelWarningCode[];
  converged: boolean;
}

const BOUND = 40;

/**
 * Gamma-Gamma fit by maximum likelihood on customers with x > 0 and a positive, finite mbar
 * (others are skipped; non-positive mbar with x > 0 gives a warning).
 *
 * Method: BFGS with the analytic gradient on θ = (ln p, ln q, ln γ), |θᵢ| ≤ 40, from four
 * starting points: (p, q, γ) = (1, 1, 1) and three whose population mean γp/(q − 1) equals the
 * sample mean m̄ of mbar: (2, 3, m̄), (5, 4, 0.6m̄), (1, 10, 9m̄); above `screenRows` customers
 * the starts are screened on a subsample ({@link minimizeFromStarts}); the best likelihood wins.
 * Warnings: q ≤ 1 (population mean spend infinite), p > 1e4 (spend homogeneous), parameter at
 * bound, fewer than 30 customers, non-convergence.
 * Example: CDNOW sample (946 customers with x > 0) → p 6.25, q 3.74, γ 15.44.
 */
export function fitGammaGamma(xs: Float64Array, mbars: Float64Array, options: { screenRows?: number } = {}): GammaGammaFit {
  const { rows, excluded, meanSpend } = spendRows(xs, mbars);
  const n = rows.total;
  const codes: ModelWarningCode[] = [];
  const lines: string[] = [];
  const warn = (code: ModelWarningCode, detail?: string) => {
    codes.push(code);
    lines.push(warningLine(code, detail));
  };
  if (excluded > 0) warn('nonpositive_spend_excluded', `${excluded} customers`);
  const nan = { p: Number.NaN, q: Number.NaN, gamma: Number.NaN };
  if (n === 0) {
    warn('few_customers', 'no customer with x > 0');
    return { params: nan, loglik: Number.NaN, n, warnings: lines, warningCodes: codes, converged: false };
  }
  const screenRows = options.screenRows ?? 20_000;
  const starts = [
    [1, 1, 1],
    [2, 3, meanSpend],
    [5, 4, 0.6 * meanSpend],
    [1, 10, 9 * meanSpend],
  ].map((s) => s.map(Math.log));
  const screen = n > screenRows ? gammaGammaObjective(subsampleSpendRows(rows, screenRows)) : null;
  const best = minimizeFromStarts(gammaGammaObjective(rows), screen, starts, BOUND)[0];
  if (!best) {
    warn('not_converged');
    return { params: nan, loglik: Number.NaN, n, warnings: lines, warningCodes: codes, converged: false };
  }
  const params = { p: Math.exp(best.theta[0]!), q: Math.exp(best.theta[1]!), gamma: Math.exp(best.theta[2]!) };
  const fmt = (v: number) => v.toPrecision(4);
  if (n < 30) warn('few_customers', `${n} customers`);
  if (params.q <= 1) warn('spend_mean_undefined', `q = ${fmt(params.q)}`);
  if (params.p > 1e4) warn('spend_homogeneous', `p = ${fmt(params.p)}`);
  if (best.theta.some((v) => Math.abs(v) > BOUND - 1)) warn('parameter_at_bound');
  if (!best.converged) warn('not_converged', `${best.iterations} iterations`);
  return { params, loglik: -best.value * n, n, warnings: lines, warningCodes: codes, converged: best.converged };
}
