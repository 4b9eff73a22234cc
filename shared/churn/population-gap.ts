import { medianOver } from '../segments/population-stats';
import type { NumericColumn } from '../segments/types';

/**
 * The population's usual gap between purchases, in days: the median (mean of the two
 * middle values for an even count) over customers with at least 2 purchase occasions
 * of their own mean gap (lastDay − firstDay) ÷ (occasions − 1). It is the rhythm a
 * customer with a single occasion is measured against. NaN when nobody has bought twice
 * (the churn context then falls back to the 90-day rule). O(n log n).
 * Example: gaps 10, 30, 40 (and any number of single buyers) → 30.
 */
export function populationGapDays(columns: { occasions: NumericColumn; firstDay: NumericColumn; lastDay: NumericColumn }): number {
  const { occasions, firstDay, lastDay } = columns;
  const gaps = new Float64Array(occasions.length);
  for (let i = 0; i < gaps.length; i++) gaps[i] = occasions[i] >= 2 ? (lastDay[i] - firstDay[i]) / (occasions[i] - 1) : NaN;
  return medianOver(gaps, (i) => occasions[i] >= 2);
}
