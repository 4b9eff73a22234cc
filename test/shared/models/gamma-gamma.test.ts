import { describe, expect, it } from 'vitest';
import { fitGammaGamma, ggExpectedSpend, ggExpectedSpendBatch, ggLogLikelihood } from '../../../shared/models';
import { cdnowSummary } from './cdnow-fixture';
import { simulateBgNbdSummary } from './simulate-bgnbd';

// Published: Fader, Hardie & Lee (2005), "RFM and CLV: Using Iso-Value Curves", JMR 42(4):
// p 6.25, q 3.74, γ 15.44 on the 946 CDNOW sample customers with x > 0 (quoted in BTYD
// R/spend.R and the lifetimes tests); independent re-fit (README) 6.249573, 3.744225, 15.443518.
describe('Gamma-Gamma on the CDNOW sample', () => {
  const summary = cdnowSummary();
  const fit = fitGammaGamma(summary.x, summary.mbar);

  it('reproduces the published parameters on 946 customers', () => {
    expect(fit.n).toBe(946);
    expect(Math.abs(fit.params.p - 6.25)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(fit.params.q - 3.74)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(fit.params.gamma - 15.44)).toBeLessThanOrEqual(0.005);
    expect(Math.abs(fit.params.p - 6.249573)).toBeLessThanOrEqual(2e-6);
    expect(Math.abs(fit.params.q - 3.744225)).toBeLessThanOrEqual(2e-6);
    expect(Math.abs(fit.params.gamma - 15.443518)).toBeLessThanOrEqual(5e-6);
    expect(fit.warnings).toEqual([]);
    let total = 0;
    for (let i = 0; i < summary.x.length; i++) if (summary.x[i]! > 0) total += ggLogLikelihood(fit.params, summary.x[i]!, summary.mbar[i]!);
    expect(Math.abs(total - fit.loglik)).toBeLessThan(1e-8);
  });

  it('gives the same fit through subsample screening', () => {
    const screened = fitGammaGamma(summary.x, summary.mbar, { screenRows: 100 });
    expect(Math.abs(screened.params.p - fit.params.p)).toBeLessThan(1e-6);
    expect(Math.abs(screened.params.gamma - fit.params.gamma)).toBeLessThan(1e-5);
  });
});

describe('ggExpectedSpend', () => {
  const g = { p: 6, q: 4, gamma: 15 };
  it('is p(γ + x·m̄)/(px + q − 1), the population mean γp/(q − 1) when x = 0', () => {
    // x = 2, m̄ = 20: 6·(15 + 40)/(12 + 3) = 22
    expect(ggExpectedSpend(g, 2, 20)).toBe(22);
    expect(ggExpectedSpend(g, 0, 0)).toBe(30); // 15·6/3
    expect(ggExpectedSpend({ ...g, q: 0.9 }, 0, 0)).toBeNaN();
    expect(Array.from(ggExpectedSpendBatch(g, Float64Array.from([2, 0, NaN]), Float64Array.from([20, 0, NaN])))).toEqual([22, 30, NaN]);
  });
});

describe('fitGammaGamma warnings', () => {
  it('excludes repeat customers with zero spend and says so; warns on few customers', () => {
    const fit = fitGammaGamma(Float64Array.from([1, 2, 3, 0]), Float64Array.from([10, 0, 12, 0]));
    expect(fit.n).toBe(2);
    expect(fit.warningCodes).toEqual(expect.arrayContaining(['nonpositive_spend_excluded', 'few_customers']));
  });

  it('flags a spend that is the same for everyone', () => {
    const sim = simulateBgNbdSummary({ r: 1, alpha: 5, a: 0.5, b: 5 }, 2000, 5);
    const mbar = sim.x.map((x) => (x > 0 ? 25 : 0));
    const fit = fitGammaGamma(sim.x, mbar);
    expect(fit.warningCodes.some((c) => c === 'spend_homogeneous' || c === 'parameter_at_bound')).toBe(true);
    const spend = ggExpectedSpend(fit.params, 3, 25);
    // The optimum is at infinity; stopping at the search bound leaves the spend within 0.1 %.
    expect(Math.abs(spend - 25)).toBeLessThan(0.025);
  });
});
