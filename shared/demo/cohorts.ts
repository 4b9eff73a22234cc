/**
 * The stories demo customers follow, in fixed proportions so that every
 * analysis has something to find: churn (drifting), upsell (growing),
 * leads to work (prospects), and the quiet majority (steady, one-timers).
 */
import type { Draw } from './draw';
import type { DemoCohort } from './types';

/** Shares of the population; they sum to 1. */
export const COHORT_SHARES: Readonly<Record<DemoCohort, number>> = {
  steady: 0.38,
  drifting: 0.17,
  growing: 0.15,
  one_timer: 0.15,
  prospect: 0.15,
};

const ORDER: readonly DemoCohort[] = ['steady', 'drifting', 'growing', 'one_timer', 'prospect'];

/**
 * Assigns a cohort to each of `n` customers with exact counts: ⌊share·n⌋ per
 * cohort by largest remainder (ties to the earlier cohort in ORDER), then a
 * Fisher–Yates shuffle (Durstenfeld), O(n). Returned as cohort indices into
 * `DEMO_COHORTS` (Uint8Array) to keep 100k customers cheap.
 * Example: n = 20 → 7.6, 3.4, 3, 3, 3 → steady 8, drifting 3, growing 3, one_timer 3, prospect 3.
 */
export function assignCohorts(draw: Draw, n: number): Uint8Array {
  const exact = ORDER.map((c) => COHORT_SHARES[c] * n);
  const counts = exact.map(Math.floor);
  let missing = n - counts.reduce((a, b) => a + b, 0);
  const byRemainder = ORDER.map((_, i) => i).sort((a, b) => exact[b]! - counts[b]! - (exact[a]! - counts[a]!) || a - b);
  for (const i of byRemainder) {
    if (missing <= 0) break;
    counts[i]! += 1;
    missing -= 1;
  }
  const cohorts = new Uint8Array(n);
  let k = 0;
  counts.forEach((count, c) => {
    cohorts.fill(c, k, k + count);
    k += count;
  });
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(draw.u() * (i + 1));
    const tmp = cohorts[i]!;
    cohorts[i] = cohorts[j]!;
    cohorts[j] = tmp;
  }
  return cohorts;
}

/** Cohort names by index, as `assignCohorts` numbers them. */
export const DEMO_COHORTS = ORDER;
