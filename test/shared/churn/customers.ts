import type { ChurnInput } from '../../../shared/churn';

/**
 * A one-order customer who bought 10 days ago for 100, with no contact and no model
 * output; override what a test is about.
 */
export function customer(over: Partial<ChurnInput> = {}): ChurnInput {
  return {
    recencyDays: 10, orders: 1, occasions: 1, firstDay: 1000, lastDay: 1000, recentAmounts: [100],
    daysSinceContact: null, pAlive: null, expected90d: null, clv12m: null, monetary: 100,
    ...over,
  };
}

/** A customer with `occasions` purchases `gap` days apart, the last one `recency` days ago (day 1000 = first). */
export function rhythmCustomer(gap: number, occasions: number, recency: number, over: Partial<ChurnInput> = {}): ChurnInput {
  return customer({ occasions, orders: occasions, firstDay: 1000, lastDay: 1000 + gap * (occasions - 1), recencyDays: recency, ...over });
}
