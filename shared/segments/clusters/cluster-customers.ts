import { createPrng } from '../../random/prng';
import type { LabelCodes, RfmColumns, Text } from '../types';
import { buildClusterFeatures, type ClusterFeatures, type ExtraFeature } from './cluster-features';
import { clusterLabelFromCentroid, clusterWhy, disambiguateLabels } from './cluster-labels';
import { hashSample } from './hash-sample';
import { kmeansPlusPlus, lloyd, nearestCentroid, type PointSet } from './kmeans';
import { meanSilhouette } from './silhouette';

export interface ClusterOptions {
  /** Candidate k range (inclusive); SPEC §3.2: 3–8. */
  kMin?: number;
  kMax?: number;
  seed?: number;
  /** Customers (hash sample) k-means++ and Lloyd run on; the rest are only assigned. */
  fitSampleSize?: number;
  /** Customers (the first of the hash sample) the silhouette is measured on; cost O(s²). */
  silhouetteSampleSize?: number;
  maxIterations?: number;
  /** k-means++ restarts per k; the run with the lowest inertia is kept. */
  restarts?: number;
  extraFeatures?: readonly ExtraFeature[];
  /**
   * The clusters of the previous run: each new cluster takes the number of the
   * nearest previous one (see {@link stableNumbers}), so a cluster keeps its
   * id, tag and history from one refresh to the next.
   */
  previous?: readonly PreviousCluster[];
}

export const DEFAULT_CLUSTER_OPTIONS: Required<Omit<ClusterOptions, 'extraFeatures' | 'previous'>> = {
  kMin: 3,
  kMax: 8,
  seed: 20260101,
  fitSampleSize: 20_000,
  silhouetteSampleSize: 2_000,
  maxIterations: 100,
  restarts: 3,
};

/** A previous run's cluster: its number and centroid in original units. */
export interface PreviousCluster {
  number: number;
  centroid: { recencyDays: number; frequency: number; monetary: number };
}

/** Standardised distance beyond which a new cluster is not the same as a previous one. */
export const SAME_CLUSTER_DISTANCE = 1;

/**
 * Numbers for new clusters (centroids in standardised log units, `z`), given
 * the previous run's clusters (original units, standardised here with this
 * run's means and sds): pairs are taken closest first (Euclidean on log
 * recency, frequency and monetary), each previous number used once, and only
 * within {@link SAME_CLUSTER_DISTANCE}; a cluster left over takes the lowest
 * number no previous cluster had and none is taken yet. Without previous
 * clusters, the order given (by spend) numbers them 1..k.
 * Example: previous 1 = big spenders, 2 = lapsed; new clusters found in the
 * order (lapsed, big spenders) → numbers [2, 1].
 */
export function stableNumbers(z: readonly number[][], previous: readonly PreviousCluster[], means: ArrayLike<number>, sds: ArrayLike<number>): number[] {
  const out = new Array<number>(z.length).fill(0);
  if (!previous.length) return out.map((_, i) => i + 1);
  const prevZ = previous.map((p) => [p.centroid.recencyDays, p.centroid.frequency, p.centroid.monetary].map((v, j) => (Math.log1p(v) - means[j]) / sds[j]));
  const pairs: { i: number; p: number; d: number }[] = [];
  z.forEach((zi, i) => prevZ.forEach((zp, p) => {
    const d = Math.hypot(zi[0] - zp[0], zi[1] - zp[1], zi[2] - zp[2]);
    if (d <= SAME_CLUSTER_DISTANCE) pairs.push({ i, p, d });
  }));
  pairs.sort((a, b) => a.d - b.d || a.i - b.i || a.p - b.p);
  const usedPrev = new Set<number>();
  for (const { i, p } of pairs) {
    if (out[i] || usedPrev.has(p)) continue;
    out[i] = previous[p].number;
    usedPrev.add(p);
  }
  const taken = new Set<number>([...previous.map((p) => p.number), ...out.filter((n) => n > 0)]);
  let next = 1;
  for (let i = 0; i < out.length; i++) {
    if (out[i]) continue;
    while (taken.has(next)) next++;
    out[i] = next;
    taken.add(next);
  }
  return out;
}

/** One cluster, numbered 1..k by descending typical spend on a first run, then kept stable (see {@link stableNumbers}). */
export interface ClusterSummary {
  /** Label id, `String(number)`, matching the integer `cluster` column of the scores. */
  id: string;
  number: number;
  size: number;
  label: Text;
  why: Text;
  /** Centroid in original units: expm1 of the members' mean log feature (a geometric-type mean), extras as given. */
  centroid: { recencyDays: number; frequency: number; monetary: number; extra: number[] };
  /** Members' mean of the standardised features (recency, frequency, monetary, extras…). */
  centroidZ: number[];
}

export interface ClusterResult extends LabelCodes<string> {
  k: number;
  clusters: ClusterSummary[];
  /** Mean silhouette of every candidate k that could be fitted (NaN when undefined). */
  silhouetteByK: { k: number; silhouette: number }[];
  fitRows: number;
  silhouetteRows: number;
}

/** Copies the listed feature rows into a compact point set (cache-friendly for the O(n·k) passes). */
function compactRows(features: ClusterFeatures, rows: Int32Array): PointSet {
  const { dims } = features;
  const data = new Float64Array(rows.length * dims);
  for (let r = 0; r < rows.length; r++) data.set(features.data.subarray(rows[r] * dims, rows[r] * dims + dims), r * dims);
  return { data, count: rows.length, dims };
}

/** Best of `restarts` greedy k-means++ + Lloyd runs on the fit points, or null when fewer than k distinct points. */
function fitK(points: PointSet, k: number, seed: number, restarts: number, maxIterations: number): Float64Array | null {
  let best: Float64Array | null = null;
  let bestInertia = Infinity;
  for (let run = 0; run < restarts; run++) {
    // An independent stream per (k, run): the result for one k does not depend on the others tried.
    const { centroids, found } = kmeansPlusPlus(points, k, createPrng(seed + 1000 * k + run));
    if (found < k) return null;
    const { inertia } = lloyd(points, centroids, k, maxIterations);
    if (inertia < bestInertia) {
      bestInertia = inertia;
      best = centroids;
    }
  }
  return best;
}

/**
 * Customer clusters of SPEC §3.2. Features: standardised log(1+recency), log(1+frequency),
 * log(1+monetary) (+ extras) of customers with orders. A hash sample of `fitSampleSize`
 * customers (row-order independent) is clustered with greedy k-means++ seeding (fixed seed)
 * and Lloyd iterations (capped) for every k in kMin..kMax; k is the one with the highest
 * mean silhouette on the first `silhouetteSampleSize` customers of that sample (ties → the
 * smaller k). Every customer is then assigned once to the nearest chosen centroid; cluster
 * centroids are the members' means. Clusters are numbered by descending monetary centroid
 * (then frequency desc, recency asc), or, given the `previous` run's clusters, each keeps the
 * number of the nearest previous one ({@link stableNumbers}), and labelled from the centroid,
 * e.g. 近期活跃·高频·高消费.
 * With fewer than kMin distinct customers, k = the number of distinct points (1 or 2, no
 * silhouette). Customers without orders get code 0 (null). Cost on 1M customers: O(n·k).
 */
export function clusterCustomers(columns: RfmColumns, options: ClusterOptions = {}): ClusterResult {
  const opts = { ...DEFAULT_CLUSTER_OPTIONS, ...options };
  if (!(opts.kMin >= 1 && opts.kMin <= opts.kMax && opts.kMax <= 255)) {
    throw new RangeError('cluster k range must satisfy 1 ≤ kMin ≤ kMax ≤ 255 (codes are bytes)');
  }
  const features = buildClusterFeatures(columns, options.extraFeatures ?? []);
  const codes = new Uint8Array(columns.ids.length);
  if (features.rows === 0) return { codes, labelIds: [], k: 0, clusters: [], silhouetteByK: [], fitRows: 0, silhouetteRows: 0 };
  const fitRows = hashSample(columns.ids, features.customerOfRow, opts.fitSampleSize);
  const fitPoints = compactRows(features, fitRows);
  const silhouetteRows = Math.min(opts.silhouetteSampleSize, fitPoints.count);
  const silhouettePoints: PointSet = { ...fitPoints, data: fitPoints.data.subarray(0, silhouetteRows * fitPoints.dims), count: silhouetteRows };

  const silhouetteByK: { k: number; silhouette: number }[] = [];
  let chosen: { k: number; centroids: Float64Array } | null = null;
  let bestSilhouette = -Infinity;
  for (let k = opts.kMin; k <= opts.kMax; k++) {
    const centroids = fitK(fitPoints, k, opts.seed, opts.restarts, opts.maxIterations);
    if (!centroids) break; // fewer than k distinct points: larger k cannot be fitted either
    const assignment = new Int32Array(silhouetteRows);
    for (let p = 0; p < silhouetteRows; p++) assignment[p] = nearestCentroid(silhouettePoints.data, p, centroids, k, fitPoints.dims);
    const silhouette = meanSilhouette(silhouettePoints, assignment, k);
    silhouetteByK.push({ k, silhouette });
    if (silhouette > bestSilhouette) {
      bestSilhouette = silhouette;
      chosen = { k, centroids };
    }
  }
  if (!chosen) {
    // Too few distinct customers for kMin clusters (or silhouette undefined): one cluster per distinct point.
    const { centroids, found } = kmeansPlusPlus(fitPoints, opts.kMin, createPrng(opts.seed));
    lloyd(fitPoints, centroids, found, opts.maxIterations);
    chosen = { k: found, centroids };
  }
  return assignAndDescribe(features, chosen.k, chosen.centroids, codes, { silhouetteByK, fitRows: fitPoints.count, silhouetteRows }, options.previous ?? []);
}

/** Full assignment (once), member means, numbering by spend, labels and summaries. */
function assignAndDescribe(
  features: ClusterFeatures,
  k: number,
  centroids: Float64Array,
  codes: Uint8Array,
  meta: Pick<ClusterResult, 'silhouetteByK' | 'fitRows' | 'silhouetteRows'>,
  previous: readonly PreviousCluster[],
): ClusterResult {
  const { data, rows, dims, customerOfRow, means, sds } = features;
  const assignment = new Int32Array(rows);
  const sums = new Float64Array(k * dims);
  const sizes = new Int32Array(k);
  for (let row = 0; row < rows; row++) {
    const c = nearestCentroid(data, row, centroids, k, dims);
    assignment[row] = c;
    sizes[c]++;
    for (let j = 0; j < dims; j++) sums[c * dims + j] += data[row * dims + j];
  }
  const centroidZ = (c: number): number[] => Array.from({ length: dims }, (_, j) => sums[c * dims + j] / sizes[c]);
  const order = Array.from({ length: k }, (_, c) => c)
    .filter((c) => sizes[c] > 0)
    .map((c) => ({ c, z: centroidZ(c) }))
    .sort((a, b) => b.z[2] - a.z[2] || b.z[1] - a.z[1] || a.z[0] - b.z[0] || a.c - b.c);
  const numbers = stableNumbers(order.map(({ z }) => z), previous, means, sds);
  const numberOf = new Int32Array(k);
  order.forEach((entry, rank) => (numberOf[entry.c] = numbers[rank]));
  for (let row = 0; row < rows; row++) codes[customerOfRow[row]] = numberOf[assignment[row]];

  const labels = disambiguateLabels(order.map(({ z }) => clusterLabelFromCentroid(z[0], z[1], z[2])));
  const original = (z: number[], j: number): number => z[j] * sds[j] + means[j];
  const clusters = order.map(({ c, z }, rank): ClusterSummary => {
    const centroid = {
      recencyDays: Math.expm1(original(z, 0)),
      frequency: Math.expm1(original(z, 1)),
      monetary: Math.expm1(original(z, 2)),
      extra: z.slice(3).map((_, e) => original(z, 3 + e)),
    };
    return {
      id: String(numbers[rank]),
      number: numbers[rank],
      size: sizes[c],
      label: labels[rank],
      why: clusterWhy(centroid.recencyDays, centroid.frequency, centroid.monetary),
      centroid,
      centroidZ: z,
    };
  });
  clusters.sort((a, b) => a.number - b.number);
  // codes hold the numbers, and a code c reads labelIds[c − 1]: ids 1..max (a number no cluster has now is never a code).
  const labelIds = Array.from({ length: clusters.length ? clusters[clusters.length - 1].number : 0 }, (_, j) => String(j + 1));
  return { codes, labelIds, k: clusters.length, clusters, ...meta };
}
