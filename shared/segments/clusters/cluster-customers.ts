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
}

export const DEFAULT_CLUSTER_OPTIONS: Required<Omit<ClusterOptions, 'extraFeatures'>> = {
  kMin: 3,
  kMax: 8,
  seed: 20260101,
  fitSampleSize: 20_000,
  silhouetteSampleSize: 2_000,
  maxIterations: 100,
  restarts: 3,
};

/** One cluster, numbered 1..k by descending typical spend. */
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
 * (then frequency desc, recency asc) and labelled from the centroid, e.g. 近期活跃·高频·高消费.
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
  return assignAndDescribe(features, chosen.k, chosen.centroids, codes, { silhouetteByK, fitRows: fitPoints.count, silhouetteRows });
}

/** Full assignment (once), member means, numbering by spend, labels and summaries. */
function assignAndDescribe(
  features: ClusterFeatures,
  k: number,
  centroids: Float64Array,
  codes: Uint8Array,
  meta: Pick<ClusterResult, 'silhouetteByK' | 'fitRows' | 'silhouetteRows'>,
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
  const numberOf = new Int32Array(k);
  order.forEach((entry, rank) => (numberOf[entry.c] = rank + 1));
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
      id: String(rank + 1),
      number: rank + 1,
      size: sizes[c],
      label: labels[rank],
      why: clusterWhy(centroid.recencyDays, centroid.frequency, centroid.monetary),
      centroid,
      centroidZ: z,
    };
  });
  return { codes, labelIds: clusters.map((cl) => cl.id), k: clusters.length, clusters, ...meta };
}
