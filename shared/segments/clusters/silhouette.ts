import type { PointSet } from './kmeans';

/**
 * Mean silhouette coefficient (Rousseeuw 1987) of a clustering, Euclidean distance, as in
 * scikit-learn `silhouette_score`: for point i, a = mean distance to the other members of
 * its cluster, b = smallest mean distance to the members of another non-empty cluster,
 * s = (b − a) / max(a, b); s = 0 for a point alone in its cluster (and when a = b = 0).
 * Returns NaN when fewer than 2 clusters are non-empty (undefined). O(n² · dims).
 * Example: 1-D points 0, 1 | 10, 11 → every a = 1, b = 10.5 or 9.5, s = 19/21 or 17/19,
 * mean = 359/399 ≈ 0.8997.
 */
export function meanSilhouette(points: PointSet, assignment: Int32Array, k: number): number {
  const { data, count, dims } = points;
  const sizes = new Int32Array(k);
  for (let p = 0; p < count; p++) sizes[assignment[p]]++;
  let nonEmpty = 0;
  for (let c = 0; c < k; c++) if (sizes[c] > 0) nonEmpty++;
  if (nonEmpty < 2) return NaN;

  const distanceSums = new Float64Array(k);
  let total = 0;
  for (let p = 0; p < count; p++) {
    distanceSums.fill(0);
    for (let q = 0; q < count; q++) {
      let sum = 0;
      for (let j = 0; j < dims; j++) {
        const diff = data[p * dims + j] - data[q * dims + j];
        sum += diff * diff;
      }
      distanceSums[assignment[q]] += Math.sqrt(sum);
    }
    const own = assignment[p];
    if (sizes[own] < 2) continue; // singleton: s = 0
    const a = distanceSums[own] / (sizes[own] - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      if (c !== own && sizes[c] > 0) b = Math.min(b, distanceSums[c] / sizes[c]);
    }
    const scale = Math.max(a, b);
    if (scale > 0) total += (b - a) / scale;
  }
  return total / count;
}
