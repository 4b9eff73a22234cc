import { describe, expect, it } from 'vitest';
import { abcClasses } from '../../../shared/segments/abc';
import { labelsOf, rfmColumns } from './columns';

/** Customers with one order each and the given spend. */
const spend = (rows: [string, number][]) => rfmColumns(rows.map(([id, m]) => [id, 10, 1, m] as const));

describe('abcClasses', () => {
  it('makes the customer crossing the 80 % line A', () => {
    // order a50 b25 c10 d10 e5 (c before d by id), total 100; share before each:
    // a 0 → A · b 0.50 → A · c 0.75 → A (crosses to 0.85) · d 0.85 → B (reaches 0.95) · e 0.95 → C
    expect(labelsOf(abcClasses(spend([['a', 50], ['b', 25], ['c', 10], ['d', 10], ['e', 5]])))).toEqual([
      'A', 'A', 'A', 'B', 'C',
    ]);
  });

  it('breaks equal spend by customer id', () => {
    // same spends, but the first 10 now belongs to "z": order a b d z e → d crosses (A), z is B
    expect(labelsOf(abcClasses(spend([['a', 50], ['b', 25], ['z', 10], ['d', 10], ['e', 5]])))).toEqual([
      'A', 'A', 'B', 'A', 'C',
    ]);
  });

  it('at exact equality the customer reaching the line is in the upper class', () => {
    // a50 b30 c15 d5: before 0, 50, 80, 95 of 100 → b reaches exactly 80 % (A),
    // c reaches exactly 95 % (B), d starts at 95 % (C)
    expect(labelsOf(abcClasses(spend([['a', 50], ['b', 30], ['c', 15], ['d', 5]])))).toEqual(['A', 'A', 'B', 'C']);
  });

  it('handles N = 1, N = 0, zero total, zero spenders and prospects', () => {
    expect(labelsOf(abcClasses(spend([['x', 10]])))).toEqual(['A']);
    expect(abcClasses(spend([])).codes).toHaveLength(0);
    // total 0: no revenue to share → everyone with orders is C
    expect(labelsOf(abcClasses(spend([['a', 0], ['b', 0]])))).toEqual(['C', 'C']);
    // [100, 0]: a before 0 → A; b before 100 % → C
    expect(labelsOf(abcClasses(spend([['a', 100], ['b', 0]])))).toEqual(['A', 'C']);
    expect(labelsOf(abcClasses(rfmColumns([['a', 1, 1, 100], ['p', 0, 0, 0]])))).toEqual(['A', null]);
  });

  it('gives all-equal spenders A until the line, by id', () => {
    // 10 × 10, total 100: before 0..70 → A (8 customers: 0,10,…,70), 80 and 90 → B
    const rows: [string, number][] = Array.from({ length: 10 }, (_, i) => [`c${i}`, 10]);
    expect(labelsOf(abcClasses(spend(rows)))).toEqual(['A', 'A', 'A', 'A', 'A', 'A', 'A', 'A', 'B', 'B']);
  });

  it('honours configured thresholds and rejects bad ones', () => {
    // 50 % / 90 %: a50 before 0 → A; b30 before 50 → B; c15 before 80 → B; d5 before 95 → C
    const columns = spend([['a', 50], ['b', 30], ['c', 15], ['d', 5]]);
    expect(labelsOf(abcClasses(columns, { aShare: 0.5, bShare: 0.9 }))).toEqual(['A', 'B', 'B', 'C']);
    expect(() => abcClasses(columns, { aShare: 0.9, bShare: 0.8 })).toThrow(RangeError);
    expect(() => abcClasses(columns, { aShare: 0, bShare: 0.8 })).toThrow(RangeError);
  });
});
