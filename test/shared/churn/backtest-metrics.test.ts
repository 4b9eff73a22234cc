import { describe, expect, it } from 'vitest';
import { holdoutByFrequency, recencyBaselineScore, recencyBaselineScores, rocAuc, topDecileLift } from '../../../shared/churn';

const f = (xs: number[]) => Float64Array.from(xs);
const u = (xs: number[]) => Uint8Array.from(xs);

describe('rocAuc', () => {
  it('matches the Mann–Whitney rank sum with average ranks for ties (by hand)', () => {
    // ascending ranks: 0.3 → 1, 0.8 and 0.8 → 2.5 each, 0.9 → 4
    // positives 0.9 and 0.8: R₊ = 4 + 2.5 = 6.5; AUC = (6.5 − 2·3/2) / (2·2) = 0.875
    expect(rocAuc(f([0.9, 0.8, 0.8, 0.3]), u([1, 0, 1, 0]))).toBe(0.875);
  });

  it('works out a larger hand example with a three-way tie', () => {
    // scores 1 2 2 2 3 4, labels 0 1 0 1 0 1 → ranks 1, 3, 3, 3, 5, 6
    // R₊ = 3 + 3 + 6 = 12; U = 12 − 6 = 6; AUC = 6/9
    expect(rocAuc(f([1, 2, 2, 2, 3, 4]), u([0, 1, 0, 1, 0, 1]))).toBeCloseTo(6 / 9, 15);
  });

  it('is 1 for a perfect ranking, 0 for a reversed one, ½ when all tie', () => {
    expect(rocAuc(f([0.1, 0.2, 0.8, 0.9]), u([0, 0, 1, 1]))).toBe(1);
    expect(rocAuc(f([0.1, 0.2, 0.8, 0.9]), u([1, 1, 0, 0]))).toBe(0);
    expect(rocAuc(f([0.5, 0.5, 0.5]), u([1, 0, 0]))).toBe(0.5);
  });

  it('leaves NaN scores out and is null with one class', () => {
    expect(rocAuc(f([Number.NaN, 0.9, 0.1]), u([0, 1, 0]))).toBe(1);
    expect(rocAuc(f([0.9, 0.1]), u([1, 1]))).toBeNull();
    expect(rocAuc(f([0.9, 0.1]), u([0, 0]))).toBeNull();
    expect(rocAuc(f([]), u([]))).toBeNull();
    expect(() => rocAuc(f([0.1]), u([]))).toThrow(RangeError);
  });
});

describe('topDecileLift', () => {
  it('is the top-10 % positive rate over the overall rate', () => {
    // 10 customers, 4 positives; top 10 % = the single 0.9, a positive → 1 / 0.4 = 2.5
    const scores = f([0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05]);
    expect(topDecileLift(scores, u([1, 0, 0, 1, 0, 0, 1, 0, 1, 0]))).toBe(2.5);
    expect(topDecileLift(scores, u([0, 0, 0, 1, 0, 0, 1, 0, 1, 1]))).toBe(0);
  });

  it('takes a proportional share of the group tied at the cut-off', () => {
    // 20 customers → k = 2; the top 3 tie at 0.9 with 1 positive among them → 2/3 of them,
    // i.e. 2/3 of a positive; rate (2/3)/2 = 1/3; overall 5/20 → lift 4/3
    const scores = f([0.9, 0.9, 0.9, ...Array.from({ length: 17 }, (_, i) => 0.5 - i * 0.01)]);
    const labels = u([0, 1, 0, 1, 1, 1, 1, ...Array(13).fill(0)]);
    expect(topDecileLift(scores, labels)).toBeCloseTo(4 / 3, 12);
    // same answer whatever the input order
    const order = [19, 3, 0, 7, 2, 11, 1, 5, 4, 6, 8, 9, 10, 12, 13, 14, 15, 16, 17, 18];
    expect(topDecileLift(f(order.map((i) => scores[i])), u(order.map((i) => labels[i])))).toBeCloseTo(4 / 3, 12);
  });

  it('handles a fractional k, a custom fraction, all-positive and no-positive inputs', () => {
    // 5 customers → k = 0.5: half of the top customer (positive) → rate 1; overall 2/5 → 2.5
    expect(topDecileLift(f([5, 4, 3, 2, 1]), u([1, 0, 1, 0, 0]))).toBe(2.5);
    // top 50 % of 4 = 2 customers: 1 positive → 0.5 / 0.5 = 1
    expect(topDecileLift(f([4, 3, 2, 1]), u([1, 0, 1, 0]), 0.5)).toBe(1);
    expect(topDecileLift(f([4, 3, 2, 1]), u([1, 1, 1, 1]))).toBe(1);
    expect(topDecileLift(f([4, 3]), u([0, 0]))).toBeNull();
    expect(topDecileLift(f([Number.NaN]), u([1]))).toBeNull();
    expect(() => topDecileLift(f([1]), u([1]), 0)).toThrow(RangeError);
  });
});

describe('recencyBaselineScore', () => {
  it('maps recency monotonically into [0, 1)', () => {
    expect(recencyBaselineScore(90)).toBe(0.5);
    expect(recencyBaselineScore(0)).toBe(0);
    expect(recencyBaselineScore(270)).toBe(0.75);
    expect(recencyBaselineScore(Number.NaN)).toBeNaN();
    const col = recencyBaselineScores([0, 90, 270], (i) => i !== 1);
    expect(Array.from(col)).toEqual([0, Number.NaN, 0.75]);
  });

  it('has the AUC of plain recency', () => {
    const recency = [10, 400, 35, 200, 90];
    const labels = u([0, 1, 0, 0, 1]);
    // positives 400, 90 against negatives 10, 35, 200: 400 beats 3, 90 beats 2 → 5/6
    expect(rocAuc(recencyBaselineScores(recency), labels)).toBeCloseTo(5 / 6, 15);
  });
});

describe('holdoutByFrequency (calibration table by repeat count)', () => {
  it('groups by x = occasions − 1 with 7+ together, averages predicted and actual, skips prospects and empty groups', () => {
    // occasions: prospect, x=0, x=0, x=2, x=9 (→ 7+)
    const rows = holdoutByFrequency([0, 1, 1, 3, 10], [5, 0.5, 0.25, 1, 4], [9, 1, 0, 2, 3]);
    expect(rows).toEqual([
      { x: '0', customers: 2, predicted: 0.375, actual: 0.5 },
      { x: '2', customers: 1, predicted: 1, actual: 2 },
      { x: '7+', customers: 1, predicted: 4, actual: 3 },
    ]);
  });
  it('without a model the predicted means are null', () => {
    expect(holdoutByFrequency([2], null, [1])).toEqual([{ x: '1', customers: 1, predicted: null, actual: 1 }]);
  });
});
