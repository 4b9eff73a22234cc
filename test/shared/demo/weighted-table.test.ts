import { describe, expect, it } from 'vitest';
import { pickWeighted, weightedTable } from '../../../shared/demo/weighted-table';

describe('weightedTable / pickWeighted', () => {
  // [a: 3, b: 1] → cumulative [3, 4], total 4; u·4 < 3 → 'a', else 'b'.
  const table = weightedTable([['a', 3], ['b', 1]] as const);

  it('builds cumulative weights', () => {
    expect([...table.cumulative]).toEqual([3, 4]);
    expect(table.total).toBe(4);
  });

  it('picks the item whose interval holds u · total', () => {
    expect(pickWeighted(table, 0)).toBe('a'); // 0 < 3
    expect(pickWeighted(table, 0.74)).toBe('a'); // 2.96 < 3
    expect(pickWeighted(table, 0.75)).toBe('b'); // 3.0 is not < 3: boundary goes to the next item
    expect(pickWeighted(table, 0.999)).toBe('b'); // 3.996
  });

  it('handles a single item', () => {
    expect(pickWeighted(weightedTable([['only', 0.5]]), 0.9)).toBe('only');
  });

  it('rejects empty tables and non-positive weights', () => {
    expect(() => weightedTable([])).toThrow(RangeError);
    expect(() => weightedTable([['a', 0]])).toThrow(RangeError);
    expect(() => weightedTable([['a', Number.NaN]])).toThrow(RangeError);
  });
});
