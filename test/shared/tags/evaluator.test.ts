import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../shared/random/prng';
import { compileTagPredicate, type FeatureTable } from '../../../shared/tags/compile-predicate';
import { evaluateTagExpression, type FeatureValue } from '../../../shared/tags/evaluator';
import { tagExpression } from '../../../shared/tags/tag-expression';

type Customer = Record<string, FeatureValue>;

/** Hand-made customers; keys are feature keys as the server stores them. */
const customers: Record<string, Customer> = {
  sleepy: { recency_days: 120, aov_trend: -0.35, monetary_365d: 20_000, lifecycle: 'sleeping', gender: 'male', age: 41, 'has_tag("沉睡客户")': true },
  whale: { recency_days: 5, aov_trend: 0.1, monetary_365d: 250_000, lifecycle: 'active', gender: 'female', age: 29, 'events_7d("test_drive")': 2,
    'interview.vehicle_use.cargo_share': 0.6, 'interview.vehicle_use.cargo_types': ['goods', 'tools'], 'interview.interests.self_drive': true },
  prospect: { recency_days: null, aov_trend: NaN, monetary_365d: 0, lifecycle: 'prospect', gender: null, age: null, 'events_7d("test_drive")': 0 },
};

const names = (src: string) => {
  const e = tagExpression(src);
  return Object.entries(customers).filter(([, c]) => evaluateTagExpression(e.ast, (k) => c[k])).map(([n]) => n);
};

describe('evaluateTagExpression on hand-made customers', () => {
  it('evaluates comparisons and boolean logic', () => {
    expect(names('recency_days > 90 and aov_trend < -0.2')).toEqual(['sleepy']);
    expect(names('monetary_365d > 100000')).toEqual(['whale']);
    expect(names('monetary_365d > 100000 or lifecycle = "sleeping"')).toEqual(['sleepy', 'whale']);
    expect(names('not lifecycle = "active"')).toEqual(['sleepy', 'prospect']);
    expect(names('age between 25 and 29')).toEqual(['whale']);
    expect(names('age between 41 and 41')).toEqual(['sleepy']);
    expect(names('lifecycle in ["active", "sleeping"]')).toEqual(['sleepy', 'whale']);
    expect(names('recency_days <= 12w')).toEqual(['whale']);
  });

  it('treats unknown values as false in every comparison, and `= null` as a test for unknown', () => {
    expect(names('recency_days < 100000')).toEqual(['sleepy', 'whale']);
    expect(names('aov_trend != 0')).toEqual(['sleepy', 'whale']);
    expect(names('gender != "male"')).toEqual(['whale']);
    expect(names('age not between 30 and 50')).toEqual(['whale']);
    expect(names('gender not in ["male"]')).toEqual(['whale']);
    expect(names('not (gender = "male")')).toEqual(['whale', 'prospect']);
    expect(names('gender = null')).toEqual(['prospect']);
    expect(names('aov_trend = null')).toEqual(['prospect']);
    expect(names('age != null')).toEqual(['sleepy', 'whale']);
  });

  it('reads functions, tags and interview answers (lists include, yes/no as conditions)', () => {
    expect(names('has_tag("沉睡客户")')).toEqual(['sleepy']);
    expect(names('has_tag("沉睡客户") = false')).toEqual([]);
    expect(names('events_7d("test_drive") >= 1')).toEqual(['whale']);
    expect(names('events_7d("test_drive") = 0')).toEqual(['prospect']);
    expect(names('interview.vehicle_use.cargo_share >= 50%')).toEqual(['whale']);
    expect(names('interview.vehicle_use.cargo_types = "tools"')).toEqual(['whale']);
    expect(names('interview.vehicle_use.cargo_types != "samples"')).toEqual(['whale']);
    expect(names('interview.vehicle_use.cargo_types in ["samples", "goods"]')).toEqual(['whale']);
    expect(names('interview.vehicle_use.cargo_types in ["samples"]')).toEqual([]);
    expect(names('interview.interests.self_drive')).toEqual(['whale']);
    expect(names('interview.interests.self_drive = true and age < 30')).toEqual(['whale']);
  });
});

describe('compileTagPredicate', () => {
  const expressions = [
    'recency_days > 90 and aov_trend < -0.2', 'recency_days != 30 or not (monetary_365d >= 1000)', 'recency_days = 30',
    'age between 20 and 40', 'age not between 20 and 40', 'gender in ["male", "other"]', 'gender not in ["male"]',
    'gender != "female" or lifecycle = "active"', 'has_tag("沉睡客户")', 'has_tag("沉睡客户") = true', 'aov_trend = null',
    'interview.vehicle_use.cargo_types = "goods"', 'interview.vehicle_use.cargo_types in ["tools", "samples"]',
    'interview.vehicle_use.cargo_share >= 0.5 and interview.interests.self_drive', 'monetary_365d > recency_days',
    'age between recency_days and 60', 'not (age between 20 and 40 or gender = "male")', 'interview.vehicle_use.cargo_types != "goods"',
    'lifecycle != "active" and age != 30',
  ];

  it('agrees with the reference interpreter on 2,000 random customers (typed-array columns, NaN and 0/1 flags)', () => {
    const n = 2000;
    const rng = createPrng(7);
    const num = (nullShare: number, scale: number) => Float64Array.from({ length: n }, () => (rng.nextFloat() < nullShare ? NaN : Math.round((rng.nextFloat() - 0.3) * scale)));
    const pick = <T>(xs: T[]) => Array.from({ length: n }, () => xs[rng.nextInt(xs.length)]);
    const columns: Record<string, ArrayLike<FeatureValue>> = {
      recency_days: num(0.2, 200), aov_trend: Float64Array.from(num(0.3, 2), (v) => v / 2), monetary_365d: num(0.1, 5000), age: num(0.3, 80),
      gender: pick(['male', 'female', 'other', null]), lifecycle: pick(['active', 'sleeping', 'prospect']),
      'has_tag("沉睡客户")': Uint8Array.from({ length: n }, () => rng.nextInt(2)),
      'interview.vehicle_use.cargo_types': pick([null, [], ['goods'], ['tools', 'goods'], ['samples']]),
      'interview.vehicle_use.cargo_share': Float64Array.from({ length: n }, () => (rng.nextFloat() < 0.5 ? NaN : rng.nextFloat())),
      'interview.interests.self_drive': pick([true, false, null]),
    };
    const table: FeatureTable = { n, column: (k) => columns[k] };
    for (const src of expressions) {
      const e = tagExpression(src);
      const compiled = compileTagPredicate(e.ast, table);
      let matches = 0;
      const disagree: number[] = [];
      for (let i = 0; i < n; i++) {
        const ref = evaluateTagExpression(e.ast, (k) => columns[k]?.[i]);
        if (compiled(i) !== ref) disagree.push(i);
        if (ref) matches++;
      }
      expect(disagree, src).toEqual([]);
      expect(matches, src).toBeGreaterThan(0);
      expect(matches, src).toBeLessThan(n);
    }
  });

  it('reads a missing column as unknown', () => {
    const table: FeatureTable = { n: 1, column: () => undefined };
    expect(compileTagPredicate(tagExpression('recency_days > 1').ast, table)(0)).toBe(false);
    expect(compileTagPredicate(tagExpression('recency_days = null').ast, table)(0)).toBe(true);
    expect(compileTagPredicate(tagExpression('recency_days > 1 or gender in ["male"] or age between 1 and 2').ast, table)(0)).toBe(false);
    expect(compileTagPredicate(tagExpression('not recency_days > 1').ast, table)(0)).toBe(true);
  });
});
