import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../../shared/random/prng';
import { kmeansPlusPlus, lloyd, nearestCentroid } from '../../../../shared/segments/clusters/kmeans';
import { meanSilhouette } from '../../../../shared/segments/clusters/silhouette';

const line = (...xs: number[]) => ({ data: Float64Array.from(xs), count: xs.length, dims: 1 });

describe('lloyd', () => {
  it('moves 1-D centroids to the group means', () => {
    // points 0, 1, 10, 11 from centroids 0 and 1: pass 1 assigns {0} and {1, 10, 11} → 0, 22/3;
    // pass 2 assigns {0, 1} and {10, 11} → 0.5, 10.5; pass 3 changes nothing.
    const centroids = Float64Array.of(0, 1);
    const result = lloyd(line(0, 1, 10, 11), centroids, 2, 100);
    expect(Array.from(centroids)).toEqual([0.5, 10.5]);
    expect(Array.from(result.assignment)).toEqual([0, 0, 1, 1]);
    expect(result.inertia).toBe(1); // 4 × 0.5²
    expect(result.converged).toBe(true);
    expect(result.iterations).toBe(3);
  });

  it('stops at the iteration cap', () => {
    const result = lloyd(line(0, 1, 10, 11), Float64Array.of(0, 1), 2, 1);
    expect(result.converged).toBe(false);
    expect(result.iterations).toBe(1);
  });
});

describe('kmeansPlusPlus', () => {
  it('finds no more centres than distinct points', () => {
    const { found, centroids } = kmeansPlusPlus(line(4, 4, 9, 9, 20), 5, createPrng(1));
    expect(found).toBe(3);
    expect(Array.from(centroids.subarray(0, 3)).sort((a, b) => a - b)).toEqual([4, 9, 20]);
  });

  it('picks one point of each far-apart group and is deterministic', () => {
    const points = line(0, 0.1, 0.2, 100, 100.1, 100.2, 200, 200.1, 200.2);
    const a = kmeansPlusPlus(points, 3, createPrng(9));
    const b = kmeansPlusPlus(points, 3, createPrng(9));
    expect(Array.from(a.centroids)).toEqual(Array.from(b.centroids));
    expect(Array.from(a.centroids).map((x) => Math.floor(x / 100)).sort()).toEqual([0, 1, 2]);
  });
});

describe('nearestCentroid', () => {
  it('prefers the lowest index on a tie', () => {
    // point 5 is 5 away from both 0 and 10
    expect(nearestCentroid(Float64Array.of(5), 0, Float64Array.of(0, 10), 2, 1)).toBe(0);
  });
});

describe('meanSilhouette', () => {
  it('matches the hand computation for two 1-D pairs', () => {
    // 0, 1 | 10, 11: a = 1 for all; b(0) = (10+11)/2 = 10.5, b(1) = 9.5, b(10) = 9.5, b(11) = 10.5
    // s = 9.5/10.5 = 19/21 or 8.5/9.5 = 17/19 → mean (19/21 + 17/19)/2 = 359/399
    expect(meanSilhouette(line(0, 1, 10, 11), Int32Array.of(0, 0, 1, 1), 2)).toBeCloseTo(359 / 399, 12);
  });

  it('scores a singleton 0 and is NaN for one cluster', () => {
    // 0, 1 | 10: s(0) = (10 − 1)/10 = 0.9, s(1) = (9 − 1)/9 = 8/9, s(10) = 0 (alone) → (0.9 + 8/9)/3 = 161/270
    expect(meanSilhouette(line(0, 1, 10), Int32Array.of(0, 0, 1), 2)).toBeCloseTo(161 / 270, 12);
    expect(meanSilhouette(line(0, 1, 2), Int32Array.of(0, 0, 0), 1)).toBeNaN();
  });
});
