import { beforeAll, describe, expect, it } from 'vitest';
import {
  bgnbdConditionalExpected,
  bgnbdConditionalExpectedBatch,
  bgnbdLogLikelihood,
  bgnbdPAlive,
  bgnbdPAliveBatch,
  fitBgNbd,
  type BgNbdFit,
  type CalibrationSummary,
} from '../../../shared/models';
import { cdnowSummary } from './cdnow-fixture';

// Published: Fader, Hardie & Lee (2005), Marketing Science 24(2) — r 0.243, α 4.414, a 0.793,
// b 2.426, LL −9582.4; BTYD walkthrough LL −9582.429; independent numpy/scipy re-fit (README)
// r 0.242595, α 4.413602, a 0.792922, b 2.425906, LL −9582.4292.
describe('BG/NBD on the CDNOW sample (weeks, calibration end 1997-09-30)', () => {
  let summary: CalibrationSummary;
  let fit: BgNbdFit;
  beforeAll(() => {
    summary = cdnowSummary();
    fit = fitBgNbd(summary);
  });

  it('reproduces the published parameters and log-likelihood', () => {
    const { r, alpha, a, b } = fit.params;
    expect(Math.abs(r - 0.2426)).toBeLessThanOrEqual(5e-4);
    expect(Math.abs(alpha - 4.4136)).toBeLessThanOrEqual(5e-4);
    expect(Math.abs(a - 0.7929)).toBeLessThanOrEqual(5e-4);
    expect(Math.abs(b - 2.4259)).toBeLessThanOrEqual(5e-4);
    expect(Math.abs(fit.loglik - -9582.43)).toBeLessThanOrEqual(0.01);
    // and the re-fit to its 6 printed decimals
    expect(Math.abs(r - 0.242595)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(alpha - 4.413602)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(a - 0.792922)).toBeLessThanOrEqual(1e-6);
    expect(Math.abs(b - 2.425906)).toBeLessThanOrEqual(1e-6);
    expect(fit.n).toBe(2357);
    expect(fit.converged).toBe(true);
    expect(fit.warnings).toEqual([]);
  });

  it('reports the total of the individual log-likelihoods', () => {
    let total = 0;
    for (let i = 0; i < 2357; i++) total += bgnbdLogLikelihood(fit.params, summary.x[i]!, summary.tx[i]!, summary.T[i]!);
    expect(Math.abs(total - fit.loglik)).toBeLessThan(1e-8);
  });

  it('gives customer 1 (x 2, t_x 30.43, T 38.86) P(alive) 0.7266 and E[Y(39)] 1.2260', () => {
    // Customer 1 buys on 1997-01-01, 01-18 and 08-02: t_x = 213/7, T = 272/7 weeks.
    expect([summary.x[0], summary.tx[0], summary.T[0]]).toEqual([2, 213 / 7, 272 / 7]);
    const alive = bgnbdPAlive(fit.params, 2, 213 / 7, 272 / 7);
    const expected = bgnbdConditionalExpected(fit.params, 39, 2, 213 / 7, 272 / 7);
    expect(Math.abs(alive - 0.7266)).toBeLessThanOrEqual(5e-5);
    expect(Math.abs(expected - 1.226)).toBeLessThanOrEqual(5e-5);
    expect(bgnbdPAliveBatch(fit.params, summary)[0]).toBe(alive);
    expect(bgnbdConditionalExpectedBatch(fit.params, 39, summary)[0]).toBe(expected);
  });

  it('finds the same optimum from a poor start and through subsample screening', () => {
    const far = fitBgNbd(summary, { starts: [{ r: 20, alpha: 0.01, a: 30, b: 0.05 }] });
    expect(Math.abs(far.loglik - fit.loglik)).toBeLessThan(1e-6);
    const screened = fitBgNbd(summary, { screenRows: 300 });
    expect(Math.abs(screened.params.r - fit.params.r)).toBeLessThan(1e-6);
    expect(Math.abs(screened.params.b - fit.params.b)).toBeLessThan(1e-5);
  });
});
