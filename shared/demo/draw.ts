/**
 * Small sampling helpers over a uniform source `u ∈ [0, 1)` (the seeded PRNG
 * of shared/random). They add no randomness of their own, so the demo stays
 * a pure function of its seed.
 */

export interface Draw {
  /** Uniform in [0, 1). */
  u(): number;
  /** Uniform integer in [lo, hi], both inclusive: lo + ⌊u·(hi − lo + 1)⌋. */
  int(lo: number, hi: number): number;
  /** Uniform real in [lo, hi). */
  real(lo: number, hi: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A uniformly chosen element of a non-empty array. */
  pick<T>(items: readonly T[]): T;
  /**
   * Approximately standard normal: the Irwin–Hall sum of 4 uniforms, centred
   * and scaled, (Σu − 2)·√3; range ±3.46, always 4 draws (keeps streams aligned).
   */
  bell(): number;
}

/**
 * Wraps a uniform source. Example: `drawFrom(() => 0.5).int(1, 10)` = 1 + ⌊0.5·10⌋ = 6.
 */
export function drawFrom(next: () => number): Draw {
  const SQRT3 = Math.sqrt(3);
  return {
    u: next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    real: (lo, hi) => lo + next() * (hi - lo),
    chance: (p) => next() < p,
    pick: (items) => {
      if (items.length === 0) throw new RangeError('cannot pick from an empty list');
      return items[Math.floor(next() * items.length)]!;
    },
    bell: () => (next() + next() + next() + next() - 2) * SQRT3,
  };
}

/** A CNY price drawn uniformly in [min, max] and rounded to `step` (default 10). Example: 380–680 → 520. */
export function priceBetween(draw: Draw, min: number, max: number, step = 10): number {
  return Math.round(draw.real(min, max) / step) * step;
}

/**
 * `count` distinct items in random order (partial Fisher–Yates on a copy);
 * all of them when count ≥ items.length. Example: pickDistinct(d, ['a','b','c'], 2) → ['c','a'].
 */
export function pickDistinct<T>(draw: Draw, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const k = Math.min(count, pool.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(draw.u() * (pool.length - i));
    const tmp = pool[i]!;
    pool[i] = pool[j]!;
    pool[j] = tmp;
  }
  return pool.slice(0, k);
}

/** One of `[item, weight]` pairs by weight (linear scan: for the short lists of interview answers). */
export function pickByWeight<T>(draw: Draw, pairs: readonly (readonly [T, number])[]): T {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let r = draw.u() * total;
  for (const [item, w] of pairs) {
    if (r < w) return item;
    r -= w;
  }
  return pairs[pairs.length - 1]![0];
}

/** Between `min` and `max` distinct items (uniform count, then pickDistinct). */
export function someOf<T>(draw: Draw, items: readonly T[], min: number, max: number): T[] {
  return pickDistinct(draw, items, draw.int(min, max));
}
