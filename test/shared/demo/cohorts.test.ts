import { describe, expect, it } from 'vitest';
import { assignCohorts, COHORT_SHARES, DEMO_COHORTS } from '../../../shared/demo/cohorts';
import { drawFrom } from '../../../shared/demo/draw';

function counts(cohorts: Uint8Array): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(DEMO_COHORTS.map((c) => [c, 0]));
  for (const c of cohorts) out[DEMO_COHORTS[c]!]! += 1;
  return out;
}

describe('assignCohorts', () => {
  let state = 0;
  const draw = drawFrom(() => (state = (state + 0.618034) % 1));

  it('shares sum to 1', () => {
    expect(Object.values(COHORT_SHARES).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('gives exact counts by largest remainder', () => {
    // n = 20: 7.6, 3.4, 3, 3, 3 → floors 7+3+3+3+3 = 19; the one left goes to the largest remainder (steady, .6).
    expect(counts(assignCohorts(draw, 20))).toEqual({ steady: 8, drifting: 3, growing: 3, one_timer: 3, prospect: 3 });
    // n = 2000: 760, 340, 300, 300, 300 exactly.
    expect(counts(assignCohorts(draw, 2000))).toEqual({ steady: 760, drifting: 340, growing: 300, one_timer: 300, prospect: 300 });
  });

  it('handles no customer and a single customer', () => {
    expect(assignCohorts(draw, 0)).toHaveLength(0);
    // n = 1: all floors 0; the largest remainder is steady's 0.38.
    expect([...assignCohorts(draw, 1)]).toEqual([0]);
  });

  it('shuffles: the same counts in a different order for another source', () => {
    const a = assignCohorts(drawFrom(() => 0.3), 100);
    let s = 0.1;
    const b = assignCohorts(drawFrom(() => (s = (s * 9.73 + 0.137) % 1)), 100);
    expect(counts(a)).toEqual(counts(b));
    expect([...a]).not.toEqual([...b]);
  });
});
