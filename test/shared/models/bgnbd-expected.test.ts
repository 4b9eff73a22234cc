import { describe, expect, it } from 'vitest';
import {
  bgnbdConditionalExpected,
  bgnbdPAlive,
  bgnbdUnconditionalExpected,
  hyp2f1,
  type BgNbdParams,
} from '../../../shared/models';
import { bgnbdExpectedIfAlive } from '../../../shared/models/bgnbd-predict';
import { EXPECTED_REFERENCE } from './bgnbd-expected-reference';

const rel = (got: number, want: number) => Math.abs(got - want) / Math.abs(want);
const P: BgNbdParams = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };

/** Eq. 10 of Fader, Hardie & Lee (2005) as printed, with the general hyp2f1. */
function textbookExpected(p: BgNbdParams, t: number, x: number, tx: number, T: number): number {
  const { r, alpha, a, b } = p;
  const z = t / (alpha + T + t);
  const bracket = 1 - Math.pow((alpha + T) / (alpha + T + t), r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z);
  return (((a + b + x - 1) / (a - 1)) * bracket) * bgnbdPAlive(p, x, tx, T);
}

// Reference values: mpmath 1.3.0 (40 digits) evaluating eq. 10 with mpmath.hyp2f1.
describe('E[Y(t) | x, t_x, T]', () => {
  it('matches eq. 10 evaluated by mpmath and by the general hyp2f1', () => {
    expect(rel(bgnbdConditionalExpected(P, 52, 3, 20, 30), 2.359141362683745673715131)).toBeLessThan(1e-13);
    expect(rel(bgnbdPAlive(P, 3, 20, 30), 0.6470986062145385906022246)).toBeLessThan(1e-14);
    expect(rel(bgnbdUnconditionalExpected(P, 39), 1.195047681513778553438348)).toBeLessThan(1e-13);
    for (const [t, x, tx, T] of [
      [39, 2, 30.43, 38.86],
      [10, 0, 0, 20],
      [52, 7, 25, 35],
      [4.35, 1, 0.14, 1],
    ] as const) {
      expect(rel(bgnbdConditionalExpected(P, t, x, tx, T), textbookExpected(P, t, x, tx, T))).toBeLessThan(1e-12);
    }
  });

  it('matches mpmath on 40 random parameter sets, including a + b < 1 + r', () => {
    for (const [r, alpha, a, b, t, x, tx, T, want] of EXPECTED_REFERENCE) {
      const got = bgnbdConditionalExpected({ r: r!, alpha: alpha!, a: a!, b: b! }, t!, x!, tx!, T!);
      expect(rel(got, want!)).toBeLessThan(1e-12);
    }
  });

  it('stays exact with z near 1 (long horizon, new customer)', () => {
    // t = 5000 weeks, x = 0, T = 0: z = 0.99912; mpmath 11.97613103150364961978883
    expect(rel(bgnbdConditionalExpected(P, 5000, 0, 0, 0), 11.97613103150364961978883)).toBeLessThan(1e-12);
  });

  it('is regular at a = 1, where eq. 10 divides by a − 1', () => {
    // mpmath limit a → 1 of eq. 10 (t 52, x 3, t_x 20, T 30, b 2.4259): 2.028292378364380817165529
    expect(rel(bgnbdConditionalExpected({ ...P, a: 1 }, 52, 3, 20, 30), 2.028292378364380817165529)).toBeLessThan(1e-13);
  });

  it('handles very large b and reaches the no-drop-out limit (r + x)·t/(α + T)', () => {
    // b = 1e8: mpmath eq. 10 → 4.899667330495298822543067, P(alive) 0.9999999758629334877707881
    const big = { ...P, b: 1e8 };
    expect(rel(bgnbdConditionalExpected(big, 52, 3, 20, 30), 4.899667330495298822543067)).toBeLessThan(1e-12);
    expect(rel(bgnbdPAlive(big, 3, 20, 30), 0.9999999758629334877707881)).toBeLessThan(1e-15);
    const limit = ((P.r + 3) * 52) / (P.alpha + 30);
    expect(bgnbdConditionalExpected({ ...P, b: Infinity }, 52, 3, 20, 30)).toBe(limit);
    expect(bgnbdPAlive({ ...P, b: Infinity }, 3, 20, 30)).toBe(1);
    // approaching the limit continuously: the gap shrinks like 1/b
    const gap12 = Math.abs(bgnbdExpectedIfAlive({ ...P, b: 1e12 }, 52, 3, 30) - limit);
    const gap15 = Math.abs(bgnbdExpectedIfAlive({ ...P, b: 1e15 }, 52, 3, 30) - limit);
    expect(gap12 / limit).toBeLessThan(1e-10);
    expect(gap15).toBeLessThan(gap12);
    // a → 0 (drop-out probability 0) gives the same limit
    expect(rel(bgnbdExpectedIfAlive({ ...P, a: 0 }, 52, 3, 30), limit)).toBeLessThan(1e-15);
  });

  it('stays finite when r and α run away together (Poisson limit)', () => {
    // r, α → ∞ with r/α = 0.05 per week: E[Y] → P(alive)-weighted drop-out model with λ = 0.05
    const poisson = { r: 1e12, alpha: 2e13, a: P.a, b: P.b };
    const e = bgnbdConditionalExpected(poisson, 52, 3, 20, 30);
    const alive = bgnbdPAlive(poisson, 3, 20, 30);
    // λ fixed: P(alive) = 1/(1 + a/(b+x−1)·e^{λ(T−t_x)})
    expect(rel(alive, 1 / (1 + (P.a / (P.b + 2)) * Math.exp(0.05 * 10)))).toBeLessThan(1e-9);
    expect(Number.isFinite(e) && e > 0 && e < 0.05 * 52).toBe(true);
  });

  it('is 0 for t = 0 and increases with t', () => {
    expect(bgnbdConditionalExpected(P, 0, 2, 10, 20)).toBe(0);
    let previous = 0;
    for (const t of [1, 5, 13, 26, 52, 104]) {
      const e = bgnbdConditionalExpected(P, t, 2, 10, 20);
      expect(e).toBeGreaterThan(previous);
      previous = e;
    }
  });

  it('uses the point-mass limit for huge a (a degenerate real-data fit), close to the series where both work', () => {
    // A fit seen on the demo data: a ≈ 2.8e7, b ≈ 1.9e9. The series would need tens of millions of terms.
    const base = { r: 3.13, alpha: 48.5, a: 2_000, b: 2_000 * 68.4 };
    const series = bgnbdExpectedIfAlive(base, 13, 4, 60); // a·z/(1−z) ≈ 240: the series runs
    const q = base.a / (base.a + base.b);
    const pointMass = -Math.expm1(-(base.r + 4) * Math.log1p((q * 13) / (base.alpha + 60))) / q;
    expect(Math.abs(pointMass - series) / series).toBeLessThan(2e-3);
    const huge = bgnbdExpectedIfAlive({ ...base, a: 2.8e7, b: 2.8e7 * 68.4 }, 13, 4, 60);
    expect(Math.abs(huge - pointMass) / pointMass).toBeLessThan(1e-9);
  });
});
