import { describe, expect, it } from 'vitest';
import { valueActivityQuadrants } from '../../../shared/segments/value-activity';
import { labelsOf, rfmColumns } from './columns';

describe('valueActivityQuadrants', () => {
  it('splits at the medians of customers with orders (even count: mean of the middle two)', () => {
    const columns = rfmColumns([
      ['a', 1, 1, 100],
      ['b', 1, 1, 200],
      ['c', 1, 1, 300],
      ['d', 1, 1, 400],
      ['p', 0, 0, 0], // prospect: excluded from the medians, label null
    ]);
    const activity = Int32Array.of(5, 0, 1, 9, 50);
    const result = valueActivityQuadrants(columns, activity);
    // median monetary (200+300)/2 = 250; median activity of [0,1,5,9] = (1+5)/2 = 3
    expect([result.medianMonetary, result.medianActivity]).toEqual([250, 3]);
    // a 100 low, 5 high → develop; b low, 0 low → observe; c 300 high, 1 low → retain; d high, 9 high → core
    expect(labelsOf(result)).toEqual(['develop', 'observe', 'retain', 'core', null]);
  });

  it('counts a customer exactly at the median as low (odd count)', () => {
    // monetary [10, 20, 30] → median 20; activity [3, 2, 1] → median 2
    const result = valueActivityQuadrants(rfmColumns([['a', 1, 1, 10], ['b', 1, 1, 20], ['c', 1, 1, 30]]), [3, 2, 1]);
    expect(labelsOf(result)).toEqual(['develop', 'observe', 'retain']);
  });

  it('puts all-equal values and a single customer in observe; N = 0 is empty', () => {
    expect(labelsOf(valueActivityQuadrants(rfmColumns([['a', 1, 1, 5], ['b', 1, 1, 5]]), [2, 2]))).toEqual([
      'observe', 'observe',
    ]);
    expect(labelsOf(valueActivityQuadrants(rfmColumns([['x', 1, 3, 900]]), [7]))).toEqual(['observe']);
    expect(valueActivityQuadrants(rfmColumns([]), []).codes).toHaveLength(0);
  });
});
