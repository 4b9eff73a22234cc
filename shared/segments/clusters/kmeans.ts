import type { Prng } from '../../random/prng';

/** Points in flat row-major storage: point p, dimension j is `data[p * dims + j]`. */
export interface PointSet {
  data: Float64Array;
  count: number;
  dims: number;
}

/** Squared Euclidean distance between point `p` of `points` and centroid `c` of `centroids`. */
export function squaredDistance(points: Float64Array, p: number, centroids: Float64Array, c: number, dims: number): number {
  let sum = 0;
  for (let j = 0; j < dims; j++) {
    const diff = points[p * dims + j] - centroids[c * dims + j];
    sum += diff * diff;
  }
  return sum;
}

/** Index of the centroid nearest to point `p` (squared Euclidean; ties → lowest index). */
export function nearestCentroid(points: Float64Array, p: number, centroids: Float64Array, k: number, dims: number): number {
  let best = 0;
  let bestDistance = Infinity;
  for (let c = 0; c < k; c++) {
    const dist = squaredDistance(points, p, centroids, c, dims);
    if (dist < bestDistance) {
      bestDistance = dist;
      best = c;
    }
  }
  return best;
}

/**
 * Greedy k-means++ seeding (Arthur & Vassilvitskii 2007; the greedy variant with
 * 2 + ⌊ln k⌋ candidates per step, as in scikit-learn): the first centre is a uniform
 * point; each next centre is drawn with probability ∝ D(x)², the squared distance to the
 * nearest centre so far, keeping the candidate that lowers the total D² most.
 * Returns the centres found, `k × dims` flat, and how many: fewer than k when the points
 * have fewer than k distinct positions (all remaining D² are 0).
 * Example: 3 distinct points, k = 5 → 3 centres.
 */
export function kmeansPlusPlus(points: PointSet, k: number, prng: Prng): { centroids: Float64Array; found: number } {
  const { data, count, dims } = points;
  const centroids = new Float64Array(k * dims);
  if (count === 0 || k === 0) return { centroids, found: 0 };
  const trials = 2 + Math.floor(Math.log(k));
  const copyCentre = (p: number, c: number): void => {
    for (let j = 0; j < dims; j++) centroids[c * dims + j] = data[p * dims + j];
  };
  copyCentre(prng.nextInt(count), 0);
  const nearest = new Float64Array(count);
  let potential = 0;
  for (let p = 0; p < count; p++) potential += nearest[p] = squaredDistance(data, p, centroids, 0, dims);
  const candidateNearest = new Float64Array(count);
  const bestNearest = new Float64Array(count);
  let found = 1;
  while (found < k && potential > 0) {
    let bestPotential = Infinity;
    let bestPoint = -1;
    for (let t = 0; t < trials; t++) {
      const candidate = drawByWeight(nearest, potential, prng);
      copyCentre(candidate, found); // temporary slot for distance computations
      let candidatePotential = 0;
      for (let p = 0; p < count; p++) {
        const dist = Math.min(nearest[p], squaredDistance(data, p, centroids, found, dims));
        candidateNearest[p] = dist;
        candidatePotential += dist;
      }
      if (candidatePotential < bestPotential) {
        bestPotential = candidatePotential;
        bestPoint = candidate;
        bestNearest.set(candidateNearest);
      }
    }
    copyCentre(bestPoint, found);
    nearest.set(bestNearest);
    potential = bestPotential;
    found++;
  }
  return { centroids, found };
}

/** Index drawn with probability weight[p] / total (inverse CDF by a linear scan); only positive weights are drawn. */
function drawByWeight(weight: Float64Array, total: number, prng: Prng): number {
  const target = prng.nextFloat() * total;
  let cumulative = 0;
  let last = -1;
  for (let p = 0; p < weight.length; p++) {
    if (weight[p] <= 0) continue;
    cumulative += weight[p];
    last = p;
    if (cumulative > target) return p;
  }
  return last; // rounding left target ≥ the summed weights: take the last positive one
}

/** Outcome of Lloyd's algorithm on a point set. */
export interface LloydResult {
  assignment: Int32Array;
  /** Sum of squared distances to the assigned centroid (k-means objective). */
  inertia: number;
  iterations: number;
  converged: boolean;
}

/**
 * Lloyd's algorithm (Lloyd 1982), updating `centroids` (`k × dims`, flat) in place:
 * assign every point to its nearest centroid (ties → lowest index), move each centroid to
 * the mean of its points, until no assignment changes or `maxIterations` passes are done.
 * A centroid that loses all its points stays where it was.
 * Example: points 0, 1, 10, 11 (1-D), centroids 0 and 1 → centroids 0.5 and 10.5.
 */
export function lloyd(points: PointSet, centroids: Float64Array, k: number, maxIterations: number): LloydResult {
  const { data, count, dims } = points;
  const assignment = new Int32Array(count).fill(-1);
  const sums = new Float64Array(k * dims);
  const sizes = new Int32Array(k);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    let changed = 0;
    for (let p = 0; p < count; p++) {
      const c = nearestCentroid(data, p, centroids, k, dims);
      if (c !== assignment[p]) changed++;
      assignment[p] = c;
    }
    if (changed === 0) {
      converged = true;
      break;
    }
    sums.fill(0);
    sizes.fill(0);
    for (let p = 0; p < count; p++) {
      const c = assignment[p];
      sizes[c]++;
      for (let j = 0; j < dims; j++) sums[c * dims + j] += data[p * dims + j];
    }
    for (let c = 0; c < k; c++) {
      if (sizes[c] === 0) continue;
      for (let j = 0; j < dims; j++) centroids[c * dims + j] = sums[c * dims + j] / sizes[c];
    }
  }
  let inertia = 0;
  for (let p = 0; p < count; p++) inertia += squaredDistance(data, p, centroids, assignment[p], dims);
  return { assignment, inertia, iterations, converged };
}
