import type { NextAction } from '../../shared/api/types';
import { nextAction } from '../../shared/churn';
import type { ChurnLevel } from '../../shared/churn/index';

/**
 * The next action of a customer_scores row: derived from its RF segment,
 * lifecycle and churn level (shared/churn nextAction) with the stored
 * cross-sell candidates (a JSON array, or NULL). Null for a row with no
 * lifecycle (never scored).
 */
export function storedNextAction(rfmSegment: unknown, lifecycle: unknown, churnLevel: unknown, crossSell: unknown): NextAction | null {
  if (lifecycle === null || lifecycle === undefined) return null;
  const products = crossSell === null || crossSell === undefined ? [] : (JSON.parse(String(crossSell)) as string[]);
  return nextAction(
    { rfmSegment: rfmSegment === null || rfmSegment === undefined ? null : String(rfmSegment), lifecycle: String(lifecycle) },
    churnLevel === null || churnLevel === undefined ? null : { level: String(churnLevel) as ChurnLevel },
    products,
  );
}
