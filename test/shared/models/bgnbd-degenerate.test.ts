import { describe, expect, it } from 'vitest';
import { bgnbdConditionalExpected, bgnbdPAliveBatch, calibrationSummary, fitBgNbd } from '../../../shared/models';
import { simulateBgNbdSummary } from './simulate-bgnbd';

describe('degenerate BG/NBD fits', () => {
  it('warns when everyone buys at a steady rate and nobody drops out, with finite P(alive)', () => {
    // 400 customers; customer c first buys on day c % 50 and then every 7 + (c % 5) days until day 400.
    const customerIndex: number[] = [];
    const day: number[] = [];
    for (let c = 0; c < 400; c++) {
      for (let d = c % 50; d <= 400; d += 7 + (c % 5)) {
        customerIndex.push(c);
        day.push(d);
      }
    }
    const summary = calibrationSummary(
      { customerIndex: Int32Array.from(customerIndex), day: Int32Array.from(day), amount: new Float64Array(day.length).fill(10) },
      { customerCount: 400, calibrationEndDay: 400, unit: 'week' },
    );
    const fit = fitBgNbd(summary);
    expect(fit.warningCodes).toContain('dropout_not_identified');
    expect(fit.warningCodes).toContain('palive_all_high');
    expect(fit.warnings.some((w) => w.startsWith('dropout_not_identified: The data show no drop-out'))).toBe(true);
    expect(fit.params.b / fit.params.a).toBeGreaterThan(1e4);
    const alive = bgnbdPAliveBatch(fit.params, summary);
    for (const p of alive) {
      expect(Number.isFinite(p)).toBe(true);
      expect(p).toBeGreaterThan(0.99);
      expect(p).toBeLessThanOrEqual(1);
    }
    // Predictions stay finite and close to the steady rate: customer 0 buys every 7 days → ~52/7·… per year.
    const e = bgnbdConditionalExpected(fit.params, 52, summary.x[0]!, summary.tx[0]!, summary.T[0]!);
    expect(Number.isFinite(e)).toBe(true);
    expect(e).toBeGreaterThan(40);
    expect(e).toBeLessThan(60);
  });

  it('warns when nobody bought twice', () => {
    const n = 60;
    const fit = fitBgNbd({ x: new Float64Array(n), tx: new Float64Array(n), T: Float64Array.from({ length: n }, (_, i) => 1 + i) });
    expect(fit.warningCodes).toContain('no_repeat_buyers');
    expect(fit.params.r).toBeGreaterThan(0);
  });

  it('warns about too few customers and fits nothing from an empty summary', () => {
    const sim = simulateBgNbdSummary({ r: 0.5, alpha: 5, a: 0.8, b: 2.5 }, 30, 3);
    expect(fitBgNbd(sim).warningCodes).toContain('few_customers');
    const empty = fitBgNbd({ x: new Float64Array([NaN]), tx: new Float64Array([NaN]), T: new Float64Array([NaN]) });
    expect(empty.n).toBe(0);
    expect(empty.params.r).toBeNaN();
  });

  it('recovers known parameters from a simulated population without warnings', () => {
    const truth = { r: 0.5, alpha: 8, a: 0.7, b: 3 };
    const fit = fitBgNbd(simulateBgNbdSummary(truth, 20_000, 7));
    expect(fit.warnings).toEqual([]);
    expect(Math.abs(Math.log(fit.params.r / truth.r))).toBeLessThan(0.1);
    expect(Math.abs(Math.log(fit.params.alpha / truth.alpha))).toBeLessThan(0.15);
    expect(Math.abs(Math.log(fit.params.a / truth.a))).toBeLessThan(0.2);
    expect(Math.abs(Math.log(fit.params.b / truth.b))).toBeLessThan(0.3);
  });
});
