import { describe, expect, it } from 'vitest';
import { lifecycleOf, lifecycleStages } from '../../../shared/segments/lifecycle';
import { labelsOf } from './columns';

describe('lifecycle', () => {
  it('puts the seed boundaries 90/91/180/181/360/361 on the right side', () => {
    const recency = Int32Array.of(0, 90, 91, 180, 181, 360, 361, 5000);
    const frequency = new Int32Array(recency.length).fill(1);
    expect(labelsOf(lifecycleStages(recency, frequency))).toEqual([
      'active', 'active', 'sleeping', 'sleeping', 'pre_churn', 'pre_churn', 'churned', 'churned',
    ]);
  });

  it('calls a customer without orders a prospect whatever the recency', () => {
    expect(lifecycleOf(5, 0)).toBe('prospect');
    expect(labelsOf(lifecycleStages(Int32Array.of(0, 400), Int32Array.of(0, 0)))).toEqual(['prospect', 'prospect']);
  });

  it('honours configured thresholds', () => {
    const t = { activeMaxDays: 30, sleepingMaxDays: 60, preChurnMaxDays: 90 };
    expect([30, 31, 60, 61, 90, 91].map((r) => lifecycleOf(r, 2, t))).toEqual([
      'active', 'sleeping', 'sleeping', 'pre_churn', 'pre_churn', 'churned',
    ]);
    expect(labelsOf(lifecycleStages(Int32Array.of(31), Int32Array.of(1), t))).toEqual(['sleeping']);
  });

  it('rejects decreasing thresholds and handles N = 0', () => {
    const bad = { activeMaxDays: 100, sleepingMaxDays: 60, preChurnMaxDays: 90 };
    expect(() => lifecycleStages([1], [1], bad)).toThrow(RangeError);
    expect(lifecycleStages([], []).codes).toHaveLength(0);
  });
});
