import { describe, expect, it } from 'vitest';
import { compareIds, idRanks, sortedIndices } from '../../../shared/segments/ordering';
import { meanOver, medianOver } from '../../../shared/segments/population-stats';

describe('ordering', () => {
  it('orders ids by plain string order', () => {
    expect(compareIds('C-10', 'C-9')).toBeLessThan(0);
    expect(compareIds('b', 'a')).toBeGreaterThan(0);
    expect(compareIds('a', 'a')).toBe(0);
    expect(Array.from(idRanks(['b', 'a', 'c']))).toEqual([1, 0, 2]);
  });

  it('sorts by value with ties by id, ascending and descending', () => {
    // [3, 1, 3] with ids b, z, a: ascending 1(z) 3(a) 3(b) → [1, 2, 0]
    expect(Array.from(sortedIndices([3, 1, 3], ['b', 'z', 'a'], () => true))).toEqual([1, 2, 0]);
    // descending 3(a) 3(b) 1(z) → [2, 0, 1]: ties stay id-ascending
    expect(Array.from(sortedIndices([3, 1, 3], ['b', 'z', 'a'], () => true, true))).toEqual([2, 0, 1]);
    // -0 equals +0, so the id decides
    expect(Array.from(sortedIndices([0, -0], ['b', 'a'], () => true))).toEqual([1, 0]);
    expect(Array.from(sortedIndices([5, 1], ['a', 'b'], (i) => i === 0))).toEqual([0]);
  });
});

describe('population stats', () => {
  it('computes mean and median over the included customers', () => {
    expect(meanOver([1, 2, 6, 100], (i) => i < 3)).toBe(3); // (1+2+6)/3
    expect(medianOver([1, 2, 10, 20], () => true)).toBe(6); // (2+10)/2
    expect(medianOver([3, 1, 2], () => true)).toBe(2);
    expect(Number.isNaN(meanOver([], () => true))).toBe(true);
    expect(Number.isNaN(medianOver([1], () => false))).toBe(true);
  });
});
