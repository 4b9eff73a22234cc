import { describe, expect, it } from 'vitest';
import { averageCompleteness, ownerIndexOf } from '../../../shared/portrait/team-completeness';

describe('averageCompleteness', () => {
  it('averages per owner and over the team, each customer weighing the same', () => {
    const r = averageCompleteness(Float64Array.of(0.5, 1, 0.2), Int32Array.of(0, 0, 1), 2);
    expect(r.perOwner[0]).toBeCloseTo(0.75, 12); // (0.5 + 1) / 2
    expect(r.perOwner[1]).toBeCloseTo(0.2, 12);
    expect(r.team).toBeCloseTo(1.7 / 3, 12); // not (0.75 + 0.2) / 2 = 0.475
    expect(Array.from(r.customersPerOwner)).toEqual([2, 1]);
    expect(r.customers).toBe(3);
  });

  it('counts unowned customers in the team only, skips NaN shares, gives NaN to owners with nobody', () => {
    const r = averageCompleteness(Float64Array.of(0.4, Number.NaN, 0.8), Int32Array.of(-1, 0, 0), 3);
    expect(r.perOwner[0]).toBeCloseTo(0.8, 12);
    expect(Number.isNaN(r.perOwner[1])).toBe(true);
    expect(Number.isNaN(r.perOwner[2])).toBe(true);
    expect(r.team).toBeCloseTo(0.6, 12); // (0.4 + 0.8) / 2
    expect(r.customers).toBe(2);
  });

  it('handles empty input and a single customer', () => {
    const empty = averageCompleteness(new Float64Array(0), new Int32Array(0), 0);
    expect(Number.isNaN(empty.team)).toBe(true);
    expect(empty.customers).toBe(0);
    const one = averageCompleteness(Float64Array.of(10 / 53), Int32Array.of(0), 1);
    expect(one.team).toBeCloseTo(0.188679, 6);
    expect(one.perOwner[0]).toBeCloseTo(0.188679, 6);
  });

  it('rejects mismatched lengths and owner indices out of range', () => {
    expect(() => averageCompleteness(Float64Array.of(1), new Int32Array(2), 1)).toThrow(RangeError);
    expect(() => averageCompleteness(Float64Array.of(1), Int32Array.of(1), 1)).toThrow(RangeError);
  });
});

describe('ownerIndexOf', () => {
  it('indexes distinct owners in sorted order; repeated owners share an index; no owner is −1', () => {
    const r = ownerIndexOf(['wang', null, 'li', 'wang', '', undefined]);
    expect(r.owners).toEqual(['li', 'wang']);
    expect(Array.from(r.index)).toEqual([1, -1, 0, 1, -1, -1]);
    expect(ownerIndexOf([])).toEqual({ owners: [], index: new Int32Array(0) });
  });
});
