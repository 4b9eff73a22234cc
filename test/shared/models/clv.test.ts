import { describe, expect, it } from 'vitest';
import {
  bgnbdConditionalExpected,
  clvBatch,
  clvDiscounted,
  fitBgNbd,
  fitGammaGamma,
  ggExpectedSpend,
  monthInUnits,
} from '../../../shared/models';
import { cdnowSummary } from './cdnow-fixture';

describe('clvDiscounted', () => {
  it('discounts each month’s expected purchases by (1 + d)^m (hand case)', () => {
    // No drop-out (b = ∞): E[Y(t)] = (r + x)·t/(α + T). With r = 1, x = 0, T = 0 and α = one
    // month in weeks (365.25/12/7), E[Y] grows by exactly 1 purchase a month.
    const month = monthInUnits('week');
    expect(month).toBe(365.25 / 12 / 7);
    const bg = { r: 1, alpha: month, a: 1, b: Infinity };
    // CLV = 10 · Σ_{m=1..12} 1.01^−m = 10 · (1 − 1.01^−12)/0.01 = 112.5508
    const annuity = (1 - Math.pow(1.01, -12)) / 0.01;
    expect(Math.abs(clvDiscounted(bg, 0, 0, 0, 10) - 10 * annuity)).toBeLessThan(1e-10);
    expect(Math.abs(10 * annuity - 112.5508)).toBeLessThan(1e-4);
    // 0 % discount: just spend × E[Y(12 months)] = 10 · 12
    expect(Math.abs(clvDiscounted(bg, 0, 0, 0, 10, { monthlyDiscountRate: 0 }) - 120)).toBeLessThan(1e-10);
    // In days the month is 365.25/12 days.
    expect(Math.abs(clvDiscounted({ ...bg, alpha: 365.25 / 12 }, 0, 0, 0, 10, { unit: 'day' }) - 10 * annuity)).toBeLessThan(1e-10);
  });

  it('equals the formula written out with E[Y] for a drop-out model', () => {
    const bg = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };
    const month = 365.25 / 12 / 7;
    let sum = 0;
    for (let m = 1; m <= 12; m++) {
      const inc = bgnbdConditionalExpected(bg, m * month, 2, 30.43, 38.86) - bgnbdConditionalExpected(bg, (m - 1) * month, 2, 30.43, 38.86);
      sum += (inc * 24.66) / Math.pow(1.01, m);
    }
    expect(Math.abs(clvDiscounted(bg, 2, 30.43, 38.86, 24.66) - sum)).toBeLessThan(1e-12);
  });
});

describe('clvBatch', () => {
  it('matches clvDiscounted per customer on CDNOW and is NaN without occasions', () => {
    const s = cdnowSummary();
    const bg = fitBgNbd(s).params;
    const gg = fitGammaGamma(s.x, s.mbar).params;
    const clv = clvBatch(s, bg, gg);
    for (const i of [0, 5, 17, 2356]) {
      const single = clvDiscounted(bg, s.x[i]!, s.tx[i]!, s.T[i]!, ggExpectedSpend(gg, s.x[i]!, s.mbar[i]!));
      expect(Math.abs(clv[i]! - single)).toBeLessThan(1e-12 * Math.max(1, single));
    }
    const withGap = clvBatch({ ...s, x: Float64Array.of(NaN, 1), tx: Float64Array.of(NaN, 2), T: Float64Array.of(NaN, 3), mbar: Float64Array.of(NaN, 10) }, bg, gg);
    expect(withGap[0]).toBeNaN();
    expect(withGap[1]).toBeGreaterThan(0);
  });
});
