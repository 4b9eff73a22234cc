import { compareIds } from '../segments/ordering';
import type { ChurnLevel } from './types';

/** What the weekly list needs of an entry; any extra fields (name, reasons, …) are carried through. */
export interface WeeklyListCandidate {
  customer_id: string;
  churn_level: ChurnLevel | null;
  value_at_risk: number;
}

/**
 * The weekly churn list (SPEC §3.4): customers whose level is 'high', each marked
 * `newly_at_risk` when their level in the previous week's snapshot was not 'high'
 * (or they were not in it). Order: newly at risk first, then value at risk
 * descending (a non-finite value counts as 0), then customer_id ascending in plain
 * string order (`compareIds`). The server's SQL list uses the same rule.
 * Example: A (high, was high, 500), B (high, new, 100), C (medium) → [B, A].
 */
export function weeklyChurnList<T extends WeeklyListCandidate>(
  entries: readonly T[],
  previousLevels: ReadonlyMap<string, ChurnLevel | null> | Readonly<Record<string, ChurnLevel | null | undefined>>,
): (T & { newly_at_risk: boolean })[] {
  const previous = (id: string): ChurnLevel | null | undefined =>
    previousLevels instanceof Map ? previousLevels.get(id) : Object.prototype.hasOwnProperty.call(previousLevels, id)
      ? (previousLevels as Record<string, ChurnLevel | null | undefined>)[id] : undefined;
  const value = (x: number) => (Number.isFinite(x) ? x : 0);
  return entries
    .filter((e) => e.churn_level === 'high')
    .map((e) => ({ ...e, newly_at_risk: previous(e.customer_id) !== 'high' }))
    .sort((a, b) => Number(b.newly_at_risk) - Number(a.newly_at_risk)
      || value(b.value_at_risk) - value(a.value_at_risk)
      || compareIds(a.customer_id, b.customer_id));
}
