import { describe, expect, it } from 'vitest';
import { createPrng, uniformSource } from '../../../shared/random/prng';

describe('createPrng (mulberry32)', () => {
  it('reproduces the reference outputs of mulberry32', () => {
    // Reference outputs of T. Ettinger's mulberry32 as listed in the test suite of a
    // public JS port (seed 0: 1144304738, 1416247; seed 1985: 3527837133, 3112574143).
    const zero = createPrng(0);
    expect([zero.nextUint32(), zero.nextUint32()]).toEqual([1144304738, 1416247]);
    const seeded = createPrng(1985);
    expect([seeded.nextUint32(), seeded.nextUint32()]).toEqual([3527837133, 3112574143]);
  });

  it('scales the 32-bit output to [0, 1) for nextFloat', () => {
    // 1144304738 / 2^32 = 1144304738 / 4294967296 = 0.26642920868471265
    expect(createPrng(0).nextFloat()).toBe(1144304738 / 4294967296);
    expect(uniformSource(0)()).toBe(1144304738 / 4294967296);
  });

  it('is deterministic per seed and differs between seeds', () => {
    const a = createPrng(42);
    const b = createPrng(42);
    const c = createPrng(43);
    const seqA = Array.from({ length: 5 }, () => a.nextUint32());
    expect(Array.from({ length: 5 }, () => b.nextUint32())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.nextUint32())).not.toEqual(seqA);
  });

  it('nextInt stays in range and is roughly uniform', () => {
    const prng = createPrng(7);
    const counts = new Array(6).fill(0);
    for (let t = 0; t < 60_000; t++) counts[prng.nextInt(6)]++;
    // Chi-square with 5 degrees of freedom; 20.52 is the 0.001 critical value.
    const chi2 = counts.reduce((sum, c) => sum + (c - 10_000) ** 2 / 10_000, 0);
    expect(chi2).toBeLessThan(20.52);
    expect(createPrng(1).nextInt(1)).toBe(0);
  });

  it('nextInt handles n near 2^32 by rejection (never returns ≥ n)', () => {
    // n = 3·2^30: 2^32 mod n = 2^30, so draws ≥ 3·2^30 are rejected and redrawn.
    const n = 3 * 2 ** 30;
    const prng = createPrng(3);
    for (let t = 0; t < 2_000; t++) expect(prng.nextInt(n)).toBeLessThan(n);
  });

  it('rejects impossible ranges', () => {
    const prng = createPrng(1);
    expect(() => prng.nextInt(0)).toThrow(RangeError);
    expect(() => prng.nextInt(2.5)).toThrow(RangeError);
    expect(() => prng.nextInt(2 ** 32 + 1)).toThrow(RangeError);
  });
});
