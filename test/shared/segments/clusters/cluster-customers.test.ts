import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../../shared/random/prng';
import { clusterCustomers } from '../../../../shared/segments/clusters/cluster-customers';
import type { RfmColumns } from '../../../../shared/segments/types';
import { rfmColumns } from '../columns';

type Blob = { recency: number; frequency: number; monetary: number };

/**
 * Customers scattered ±10 % (multiplicatively, so tight in log space) around each blob centre,
 * ids shuffled across blobs; returns the columns and each customer's blob.
 */
function blobs(centres: Blob[], perBlob: number, seed: number): { columns: RfmColumns; blobOf: number[] } {
  const prng = createPrng(seed);
  const jitter = () => 0.9 + 0.2 * prng.nextFloat();
  const rows: [string, number, number, number][] = [];
  const blobOf: number[] = [];
  centres.forEach((c, b) => {
    for (let i = 0; i < perBlob; i++) {
      rows.push([`C-${prng.nextInt(1e9)}-${b}-${i}`, Math.round(c.recency * jitter()), Math.max(1, Math.round(c.frequency * jitter())), c.monetary * jitter()]);
      blobOf.push(b);
    }
  });
  return { columns: rfmColumns(rows), blobOf };
}

const THREE: Blob[] = [
  { recency: 3, frequency: 20, monetary: 100_000 },
  { recency: 60, frequency: 4, monetary: 5_000 },
  { recency: 700, frequency: 1, monetary: 200 },
];

/** True when the clustering and the blobs are the same partition. */
function samePartition(codes: Uint8Array, blobOf: number[]): boolean {
  const clusterOfBlob = new Map<number, number>();
  const blobOfCluster = new Map<number, number>();
  return blobOf.every((b, i) => {
    const c = codes[i];
    if ((clusterOfBlob.get(b) ?? c) !== c || (blobOfCluster.get(c) ?? b) !== b) return false;
    clusterOfBlob.set(b, c);
    blobOfCluster.set(c, b);
    return true;
  });
}

describe('clusterCustomers', () => {
  it('recovers three well-separated blobs, numbered and labelled by spend', () => {
    const { columns, blobOf } = blobs(THREE, 150, 11);
    const result = clusterCustomers(columns);
    expect(result.k).toBe(3);
    expect(samePartition(result.codes, blobOf)).toBe(true);
    // cluster 1 = highest spend = blob 0; sizes 150 each
    expect(result.codes[0]).toBe(1);
    expect(result.clusters.map((c) => c.size)).toEqual([150, 150, 150]);
    // log-space z: blob 0 recency far below the mean, frequency and spend far above; blob 1 near the mean
    expect(result.clusters.map((c) => c.label.zh)).toEqual(['近期活跃·高频·高消费', '有段时间没买·中频·中等消费', '久未购买·低频·低消费']);
    expect(result.clusters[0].label.en).toBe('recent, frequent, high spend');
    // centroid in original units ≈ blob centre (±10 % jitter, geometric-type mean)
    expect(result.clusters[0].centroid.monetary / 100_000).toBeGreaterThan(0.9);
    expect(result.clusters[0].centroid.monetary / 100_000).toBeLessThan(1.1);
    expect(result.clusters[2].centroid.recencyDays / 700).toBeGreaterThan(0.9);
    expect(result.clusters[2].centroid.recencyDays / 700).toBeLessThan(1.1);
    expect(result.silhouetteByK.map((s) => s.k)).toEqual([3, 4, 5, 6, 7, 8]);
  });

  it('recovers k = 5 from five blobs', () => {
    const five: Blob[] = [
      ...THREE,
      { recency: 3, frequency: 1, monetary: 300 }, // recent one-off small buyers
      { recency: 600, frequency: 25, monetary: 150_000 }, // lapsed former big buyers
    ];
    const { columns, blobOf } = blobs(five, 100, 5);
    const result = clusterCustomers(columns);
    expect(result.k).toBe(5);
    expect(samePartition(result.codes, blobOf)).toBe(true);
  });

  it('is deterministic across runs and independent of row order', () => {
    const { columns } = blobs(THREE, 120, 3);
    const first = clusterCustomers(columns);
    const second = clusterCustomers(columns);
    expect(Array.from(second.codes)).toEqual(Array.from(first.codes));
    // Reverse the rows: every customer keeps its cluster number.
    const n = columns.ids.length;
    const rev = (col: ArrayLike<number>) => Float64Array.from({ length: n }, (_, i) => col[n - 1 - i]);
    const reversed = clusterCustomers({
      ids: [...columns.ids].reverse(),
      recencyDays: rev(columns.recencyDays),
      frequency: rev(columns.frequency),
      monetary: rev(columns.monetary),
    });
    expect(Array.from(reversed.codes).reverse()).toEqual(Array.from(first.codes));
  });

  it('uses the fit sample and silhouette sample sizes given', () => {
    const { columns, blobOf } = blobs(THREE, 200, 8);
    const result = clusterCustomers(columns, { fitSampleSize: 90, silhouetteSampleSize: 60 });
    expect([result.fitRows, result.silhouetteRows]).toEqual([90, 60]);
    expect(result.k).toBe(3);
    expect(samePartition(result.codes, blobOf)).toBe(true); // every customer assigned, not only the sample
  });

  it('handles N = 0, N = 1, all-equal customers, two distinct points and prospects', () => {
    expect(clusterCustomers(rfmColumns([['p', 0, 0, 0]]))).toMatchObject({ k: 0, clusters: [] });
    const one = clusterCustomers(rfmColumns([['x', 10, 2, 500], ['p', 0, 0, 0]]));
    expect(one.k).toBe(1);
    expect(Array.from(one.codes)).toEqual([1, 0]);
    expect(one.clusters[0].centroid.recencyDays).toBeCloseTo(10, 9);
    expect(one.clusters[0].centroid.frequency).toBeCloseTo(2, 9);
    expect(one.clusters[0].centroid.monetary).toBeCloseTo(500, 9);
    const same = clusterCustomers(rfmColumns([['a', 5, 1, 9], ['b', 5, 1, 9], ['c', 5, 1, 9]]));
    expect(same.k).toBe(1);
    const two = clusterCustomers(rfmColumns([['a', 5, 1, 9], ['b', 5, 1, 9], ['c', 400, 3, 9000]]));
    expect(two.k).toBe(2);
    expect(Array.from(two.codes)).toEqual([2, 2, 1]); // numbered by spend: c first
  });
});

describe('clusterCustomers options', () => {
  it('rejects an impossible k range', () => {
    const columns = rfmColumns([['a', 1, 1, 1]]);
    expect(() => clusterCustomers(columns, { kMin: 5, kMax: 3 })).toThrow(RangeError);
    expect(() => clusterCustomers(columns, { kMin: 0 })).toThrow(RangeError);
  });
});

describe('stable cluster numbers across runs', () => {
  it('keeps each cluster the number of the nearest previous one, whatever the spend order says now', () => {
    const { columns, blobOf } = blobs(THREE, 150, 11);
    const first = clusterCustomers(columns);
    // Yesterday the big spenders were number 3 and the lapsed number 1 (say, numbered before their spend crossed).
    const renumber: Record<number, number> = { 1: 3, 2: 2, 3: 1 };
    const previous = first.clusters.map((c) => ({ number: renumber[c.number], centroid: c.centroid }));
    const today = clusterCustomers(columns, { previous });
    expect(today.clusters.map((c) => [c.number, c.label.zh])).toEqual([
      [1, '久未购买·低频·低消费'], [2, '有段时间没买·中频·中等消费'], [3, '近期活跃·高频·高消费'],
    ]);
    expect(today.codes.every((code, i) => code === renumber[first.codes[i]])).toBe(true);
    expect(samePartition(today.codes, blobOf)).toBe(true);
    expect(today.labelIds).toEqual(['1', '2', '3']);
  });

  it('gives a new cluster the lowest number no previous cluster had, and leaves a far-away previous number unused', () => {
    const { columns } = blobs(THREE, 150, 11);
    const first = clusterCustomers(columns);
    // Previous run: the big spenders were 1, the lapsed 2, and a cluster unlike any of today's was 3.
    const previous = [
      { number: 1, centroid: first.clusters[0].centroid },
      { number: 2, centroid: first.clusters[2].centroid },
      { number: 3, centroid: { recencyDays: 5, frequency: 200, monetary: 1e9 } },
    ];
    const today = clusterCustomers(columns, { previous });
    expect(today.clusters.map((c) => [c.number, c.label.zh])).toEqual([
      [1, '近期活跃·高频·高消费'], [2, '久未购买·低频·低消费'], [4, '有段时间没买·中频·中等消费'],
    ]);
    expect(today.labelIds).toEqual(['1', '2', '3', '4']);
    expect(new Set(today.codes)).toEqual(new Set([1, 2, 4]));
  });
});
