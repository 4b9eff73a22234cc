/**
 * A small seeded pseudo-random generator for the domain code, which must not
 * use `Math.random` (results have to be reproducible from a seed).
 *
 * Algorithm: mulberry32 by Tommy Ettinger (public domain, as popularised in
 * bryc's "PRNGs for JavaScript" collection): a 32-bit Weyl sequence
 * `state += 0x6D2B79F5` followed by an avalanche mix. Period 2^32, passes
 * gjrand/PractRand for small outputs — ample for sampling and k-means seeding,
 * NOT for cryptography.
 */

/** A seeded uniform source. */
export interface Prng {
  /** Next 32-bit unsigned integer in [0, 2^32). */
  nextUint32(): number;
  /** Next float in [0, 1) with 32 bits of randomness: `nextUint32() / 2^32`. */
  nextFloat(): number;
  /** Next integer in [0, n) without modulo bias (rejection sampling); `n` integer in [1, 2^32]. */
  nextInt(n: number): number;
}

const TWO_POW_32 = 4294967296;

/**
 * mulberry32 generator from a 32-bit seed (non-integers are truncated, taken mod 2^32).
 * Example: `createPrng(42).nextInt(6)` is the same number on every run and machine.
 */
export function createPrng(seed: number): Prng {
  let state = seed | 0;
  const nextUint32 = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  return {
    nextUint32,
    nextFloat: () => nextUint32() / TWO_POW_32,
    nextInt(n: number): number {
      if (!Number.isInteger(n) || n < 1 || n > TWO_POW_32) {
        throw new RangeError(`nextInt needs an integer n in [1, 2^32], got ${n}`);
      }
      // Accept only draws below the largest multiple of n, so every residue is equally likely.
      const limit = TWO_POW_32 - (TWO_POW_32 % n);
      for (;;) {
        const x = nextUint32();
        if (x < limit) return x % n;
      }
    },
  };
}

/** A `() => number` in [0, 1) from a seed, for code that wants a plain uniform function. */
export function uniformSource(seed: number): () => number {
  const prng = createPrng(seed);
  return () => prng.nextFloat();
}
