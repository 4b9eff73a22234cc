import { describe, expect, it } from 'vitest';
import { calibrationSummary } from '../../../shared/models';
import { cdnowSummary, hardieSummary } from './cdnow-fixture';

/** Orders as [customer, day, amount] rows. */
const orders = (rows: [number, number, number][]) => ({
  customerIndex: Int32Array.from(rows.map((r) => r[0])),
  day: Int32Array.from(rows.map((r) => r[1])),
  amount: Float64Array.from(rows.map((r) => r[2])),
});

describe('calibrationSummary', () => {
  it('merges same-day orders, ignores orders after the end and handles single and missing customers', () => {
    const s = calibrationSummary(
      orders([
        [0, 17, 4], // unsorted on purpose
        [0, 10, 5],
        [0, 10, 3], // same day as the first: one occasion of 8
        [0, 24, 6], // on the end day: counts
        [0, 25, 100], // after the end: ignored
        [1, 20, 9], // single order
        [3, 30, 7], // only after the end: no occasion
      ]),
      { customerCount: 4, calibrationEndDay: 24, unit: 'week' },
    );
    // customer 0: occasions 10 (8), 17 (4), 24 (6) → x 2, t_x (24−10)/7 = 2, T 2, mbar (4+6)/2 = 5
    expect([s.x[0], s.tx[0], s.T[0], s.mbar[0], s.firstDay[0], s.included[0]]).toEqual([2, 2, 2, 5, 10, 1]);
    // customer 1: x 0, t_x 0, T (24−20)/7, mbar 0
    expect([s.x[1], s.tx[1], s.T[1], s.mbar[1]]).toEqual([0, 0, 4 / 7, 0]);
    for (const c of [2, 3]) {
      expect([s.x[c], s.tx[c], s.T[c], s.mbar[c], s.firstDay[c], s.included[c]]).toEqual([NaN, NaN, NaN, NaN, -1, 0]);
    }
    expect(s.includedCount).toBe(2);
  });

  it('counts in days when asked, and repeat orders on one day add up', () => {
    const s = calibrationSummary(orders([[0, 100, 1], [0, 103, 2], [0, 103, 5], [0, 110, 1]]), {
      customerCount: 1,
      calibrationEndDay: 120,
      unit: 'day',
    });
    // occasions 100, 103 (7), 110 (1) → x 2, t_x 10, T 20, mbar 4
    expect([s.x[0], s.tx[0], s.T[0], s.mbar[0]]).toEqual([2, 10, 20, 4]);
  });

  it('filters by first-purchase cohort (inclusive bounds, on the first occasion)', () => {
    const data = orders([[0, 5, 1], [0, 30, 1], [1, 10, 1], [2, 20, 1], [2, 21, 3]]);
    const s = calibrationSummary(data, { customerCount: 3, calibrationEndDay: 40, firstPurchaseFrom: 10, firstPurchaseTo: 20 });
    expect(Array.from(s.included)).toEqual([0, 1, 1]);
    expect(s.x[2]).toBe(1);
    expect(s.mbar[2]).toBe(3);
  });

  it('rejects customer indices out of range and non-finite amounts', () => {
    expect(() => calibrationSummary(orders([[2, 1, 1]]), { customerCount: 2, calibrationEndDay: 9 })).toThrow(RangeError);
    expect(() => calibrationSummary(orders([[0, 1, NaN]]), { customerCount: 1, calibrationEndDay: 9 })).toThrow(RangeError);
  });

  it("reproduces Hardie's CDNOW calibration summary (x exact; t_x, T, zbar to the printed 2 decimals)", () => {
    const s = cdnowSummary();
    const hardie = hardieSummary();
    expect(hardie).toHaveLength(2357);
    expect(s.includedCount).toBe(2357);
    let repeaters = 0;
    for (const h of hardie) {
      const i = h.id - 1;
      expect(s.x[i]).toBe(h.x);
      expect(Math.abs(s.tx[i]! - h.tx)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(s.T[i]! - h.T)).toBeLessThanOrEqual(0.005 + 1e-9);
      expect(Math.abs(s.mbar[i]! - h.zbar)).toBeLessThanOrEqual(0.005 + 1e-9);
      if (h.x > 0) repeaters++;
    }
    expect(repeaters).toBe(946);
  });
});
