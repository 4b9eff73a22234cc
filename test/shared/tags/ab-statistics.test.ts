import { describe, expect, it } from 'vitest';
import { inControlGroup } from '../../../shared/tags/holdout';
import { erfc, normalCdf, twoSidedP } from '../../../shared/tags/normal-distribution';
import { campaignRoi, twoProportionTest } from '../../../shared/tags/two-proportion-test';

describe('normal distribution (Abramowitz & Stegun 7.1.26)', () => {
  it('matches tabulated values within 1.5e-7', () => {
    // erfc and Φ reference values: Abramowitz & Stegun tables 7.1 and 26.1.
    expect(Math.abs(erfc(0) - 1)).toBeLessThan(1.5e-7);
    expect(Math.abs(erfc(1) - 0.157299207)).toBeLessThan(1.5e-7);
    expect(Math.abs(erfc(-1) - 1.842700793)).toBeLessThan(1.5e-7);
    expect(Math.abs(normalCdf(1.959963985) - 0.975)).toBeLessThan(1.5e-7);
    expect(Math.abs(normalCdf(-1) - 0.158655254)).toBeLessThan(1.5e-7);
    expect(Math.abs(twoSidedP(1.959963985) - 0.05)).toBeLessThan(3e-7);
    expect(twoSidedP(0)).toBeCloseTo(1, 6);
    expect(twoSidedP(10)).toBeGreaterThan(0);
  });
});

describe('twoProportionTest', () => {
  it('reproduces a hand-computed case: 200/1000 vs 150/1000', () => {
    // p1 = 0.2, p0 = 0.15, diff 0.05; pooled p = 350/2000 = 0.175,
    // SE_pooled = √(0.175·0.825·(2/1000)) = 0.0169926, z = 0.05/0.0169926 = 2.942449;
    // p = erfc(z/√2) = 0.0032563; SE = √(0.2·0.8/1000 + 0.15·0.85/1000) = 0.0169558,
    // CI = 0.05 ± 1.959964·0.0169558 = [0.016767, 0.083233].
    const r = twoProportionTest({ n: 1000, successes: 200 }, { n: 1000, successes: 150 });
    expect(r.treatment.rate).toBe(0.2);
    expect(r.control.rate).toBe(0.15);
    expect(r.absolute_lift).toBeCloseTo(0.05, 12);
    expect(r.relative_lift).toBeCloseTo(1 / 3, 12);
    expect(r.z).toBeCloseTo(2.942449, 5);
    expect(Math.abs(r.p_value - 0.0032563)).toBeLessThan(2e-7);
    expect(r.ci95[0]).toBeCloseTo(0.016767, 5);
    expect(r.ci95[1]).toBeCloseTo(0.083233, 5);
  });

  it('is symmetric and degrades gracefully', () => {
    const r = twoProportionTest({ n: 1000, successes: 150 }, { n: 1000, successes: 200 });
    expect(r.z).toBeCloseTo(-2.942449, 5);
    expect(r.p_value).toBeCloseTo(0.0032563, 6);
    const empty = twoProportionTest({ n: 10, successes: 3 }, { n: 0, successes: 0 });
    expect([empty.z, empty.p_value, empty.ci95[0], empty.ci95[1]]).toEqual([0, 1, 0.3, 0.3]);
    const allBuy = twoProportionTest({ n: 10, successes: 10 }, { n: 5, successes: 5 });
    expect([allBuy.z, allBuy.p_value, allBuy.relative_lift]).toEqual([0, 1, 0]);
    expect(twoProportionTest({ n: 10, successes: 2 }, { n: 10, successes: 0 }).relative_lift).toBeNull();
  });
});

describe('campaignRoi', () => {
  it('is (incremental revenue − cost) / cost', () => {
    // 500,000/1000 = 500 per treated customer vs 40,000/100 = 400 per control customer:
    // incremental = 100 × 1000 = 100,000; ROI = (100,000 − 50,000)/50,000 = 1.
    const roi = campaignRoi({ n: 1000, successes: 0, revenue: 500_000 }, { n: 100, successes: 0, revenue: 40_000 }, 50_000);
    expect(roi?.incremental_revenue).toBeCloseTo(100_000, 6);
    expect(roi?.roi).toBeCloseTo(1, 12);
    expect(campaignRoi({ n: 1, successes: 0 }, { n: 1, successes: 0 }, 0)).toBeNull();
    expect(campaignRoi({ n: 1, successes: 0 }, { n: 0, successes: 0 }, 10)).toBeNull();
  });
});

describe('inControlGroup', () => {
  it('is deterministic, close to the share, and monotone in the share', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `C-${i}`);
    const at = (share: number) => ids.filter((id) => inControlGroup('high_purchase_intent', id, share));
    const tenth = at(0.1);
    expect(tenth.length / ids.length).toBeGreaterThan(0.09);
    expect(tenth.length / ids.length).toBeLessThan(0.11);
    expect(at(0.1)).toEqual(tenth);
    const fifth = new Set(at(0.2));
    expect(tenth.every((id) => fifth.has(id))).toBe(true);
    expect(at(0).length).toBe(0);
    expect(at(1).length).toBe(ids.length);
    // Another tag holds out a different set.
    const other = new Set(ids.filter((id) => inControlGroup('churn_high', id, 0.1)));
    expect(tenth.filter((id) => other.has(id)).length).toBeLessThan(tenth.length / 2);
  });
});
