import { describe, expect, it } from 'vitest';
import { ceilShareCount, clvTiers } from '../../../shared/segments/clv-tiers';
import { labelsOf } from './columns';

const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `c${String(i).padStart(3, '0')}`);

describe('clvTiers', () => {
  it('takes ceil(5 %) whales and ceil(30 %) whales + dolphins for N = 10', () => {
    // CLV 100, 90, …, 10 by c000..c009; whales ceil(0.5) = 1, whales+dolphins ceil(3.0) = 3
    const clv = Float64Array.from({ length: 10 }, (_, i) => 100 - 10 * i);
    expect(labelsOf(clvTiers(ids(10), clv))).toEqual([
      'whale', 'dolphin', 'dolphin', 'small_fish', 'small_fish', 'small_fish', 'small_fish', 'small_fish', 'small_fish', 'small_fish',
    ]);
  });

  it('for N = 100 makes 5 whales, 25 dolphins, 70 small fish', () => {
    const clv = Float64Array.from({ length: 100 }, (_, i) => 1000 - i);
    const labels = labelsOf(clvTiers(ids(100), clv));
    expect(labels.filter((l) => l === 'whale')).toHaveLength(5);
    expect(labels.filter((l) => l === 'dolphin')).toHaveLength(25);
    expect(labels.filter((l) => l === 'small_fish')).toHaveLength(70);
    expect(labels[4]).toBe('whale');
    expect(labels[5]).toBe('dolphin');
    expect(labels[29]).toBe('dolphin');
    expect(labels[30]).toBe('small_fish');
  });

  it('breaks equal CLV by id and leaves customers without CLV null', () => {
    // N = 3 valued customers (b, a, c; d has none): whales ceil(0.15) = 1, +dolphins ceil(0.9) = 1
    // b and a tie at 50 → "a" ranks first → whale; b, c small fish; d null
    const result = clvTiers(['b', 'a', 'c', 'd'], [50, 50, 10, NaN]);
    expect(labelsOf(result)).toEqual(['small_fish', 'whale', 'small_fish', null]);
  });

  it('handles N = 1, N = 0 and configured shares', () => {
    expect(labelsOf(clvTiers(['x'], [3]))).toEqual(['whale']);
    expect(clvTiers([], []).codes).toHaveLength(0);
    // shares 20 % / 40 % of N = 5: whales ceil(1.0) = 1, +dolphins ceil(3.0) = 3
    const labels = labelsOf(clvTiers(ids(5), [5, 4, 3, 2, 1], { whaleShare: 0.2, dolphinShare: 0.4 }));
    expect(labels).toEqual(['whale', 'dolphin', 'dolphin', 'small_fish', 'small_fish']);
    expect(() => clvTiers(ids(2), [1, 2], { whaleShare: 0.8, dolphinShare: 0.4 })).toThrow(RangeError);
  });
});

describe('ceilShareCount', () => {
  it('rounds up but ignores floating-point noise', () => {
    expect(ceilShareCount(0.05, 7)).toBe(1); // 0.35 → 1
    expect(ceilShareCount(0.3, 7)).toBe(3); // 2.1 → 3
    expect(ceilShareCount(0.07, 100)).toBe(7); // 0.07·100 = 7.000000000000001 in doubles → 7, not 8
    expect(ceilShareCount(0.05, 0)).toBe(0);
  });
});
