import { describe, expect, it } from 'vitest';
import { meanOver } from '../../../shared/segments/population-stats';
import { rfm8Classes } from '../../../shared/segments/rfm8';
import { labelsOf, rfmColumns } from './columns';

describe('rfm8Classes', () => {
  it('compares with hand-computed means over customers with orders', () => {
    const result = rfm8Classes(
      rfmColumns([
        ['a', 10, 5, 1000],
        ['b', 50, 1, 2000],
        ['c', 100, 2, 100],
        ['d', 20, 1, 300],
        ['p', 999, 0, 0], // prospect: left out of the means
      ]),
    );
    // means: recency (10+50+100+20)/4 = 45; frequency (5+1+2+1)/4 = 2.25; monetary (1000+2000+100+300)/4 = 850
    expect(result.means).toEqual({ recencyDays: 45, frequency: 2.25, monetary: 850 });
    // a: 10<45 H, 5>2.25 H, 1000>850 H → HHH; b: L, L, H → LLH; c: L, L, L → LLL; d: H, L, L → HLL
    expect(labelsOf(result)).toEqual(['important_value', 'important_winback', 'general_winback', 'general_develop', null]);
  });

  it('produces all eight classes; a customer exactly at the mean is low', () => {
    // Full 2×2×2 design: recency {10, 30}, frequency {3, 1}, monetary {300, 100} → means 20, 2, 200;
    // customer "m" sits exactly on the means (20, 2, 200) and keeps them unchanged (9·20/9 = 20 …).
    const result = rfm8Classes(
      rfmColumns([
        ['hhh', 10, 3, 300],
        ['hlh', 10, 1, 300],
        ['lhh', 30, 3, 300],
        ['llh', 30, 1, 300],
        ['hhl', 10, 3, 100],
        ['hll', 10, 1, 100],
        ['lhl', 30, 3, 100],
        ['lll', 30, 1, 100],
        ['m', 20, 2, 200],
      ]),
    );
    expect(result.means).toEqual({ recencyDays: 20, frequency: 2, monetary: 200 });
    expect(labelsOf(result)).toEqual([
      'important_value', 'important_develop', 'important_keep', 'important_winback',
      'general_value', 'general_develop', 'general_keep', 'general_winback',
      'general_winback', // 20 < 20, 2 > 2, 200 > 200 are all false → LLL
    ]);
  });

  it('puts everyone in LLL when all values are equal, even non-integer ones', () => {
    // Plain summation gives (0.1+0.1+0.1)/3 = 0.10000000000000002 > 0.1; the shifted mean is exact.
    expect(meanOver([0.1, 0.1, 0.1], () => true)).toBe(0.1);
    const result = rfm8Classes(rfmColumns([['a', 7, 2, 0.1], ['b', 7, 2, 0.1], ['c', 7, 2, 0.1]]));
    expect(labelsOf(result)).toEqual(['general_winback', 'general_winback', 'general_winback']);
  });

  it('handles N = 1 and N = 0', () => {
    // A single customer equals the mean on every axis → LLL.
    expect(labelsOf(rfm8Classes(rfmColumns([['x', 3, 4, 50]])))).toEqual(['general_winback']);
    const empty = rfm8Classes(rfmColumns([['p', 0, 0, 0]]));
    expect(labelsOf(empty)).toEqual([null]);
    expect(Number.isNaN(empty.means.monetary)).toBe(true);
  });
});
