/**
 * Counts that describe a generated demo data set, for the CLI's `demo`
 * output and the server's start-up message.
 */
import { addDays } from '../time/calendar';
import { DEMO_COHORTS } from './cohorts';
import type { DemoCohort, DemoData, DemoSummary } from './types';

/** Views this long or longer mark purchase intent (SPEC §5: ≥ 300 s → 高购买意向). */
export const HIGH_INTENT_VIEW_SECONDS = 300;

/**
 * Summarises the data set in one pass over each array (O(orders + events)).
 * Revenue is the plain sum of amounts in CNY; order kinds are read from the
 * order-id prefix (XS vehicle, WX workshop, PJ parts); high-intent customers
 * have a view of ≥ 300 s on asOf − 6 … asOf (string comparison of local stamps).
 * Example: no customers → all counts 0, first_order and last_order null.
 */
export function summarizeDemo(
  data: Omit<DemoData, 'summary'>,
  cohortOf: Uint8Array,
  asOf: string,
  seed: number,
): DemoSummary {
  let revenue = 0;
  let first: string | null = null;
  let last: string | null = null;
  const kinds = { XS: 0, WX: 0, PJ: 0 } as Record<string, number>;
  const buyers = new Set<string>();
  for (const o of data.orders) {
    revenue += o.amount;
    if (first === null || o.ordered_at < first) first = o.ordered_at;
    if (last === null || o.ordered_at > last) last = o.ordered_at;
    const prefix = o.order_id.slice(0, 2);
    kinds[prefix] = (kinds[prefix] ?? 0) + 1;
    buyers.add(o.customer_id);
  }
  const weekStart = addDays(asOf, -6);
  const hot = new Set<string>();
  for (const e of data.events) {
    if (e.type === 'view' && (e.duration_s ?? 0) >= HIGH_INTENT_VIEW_SECONDS && e.occurred_at >= weekStart) hot.add(e.customer_id);
  }
  const cohorts = Object.fromEntries(DEMO_COHORTS.map((c) => [c, 0])) as Record<DemoCohort, number>;
  for (const c of cohortOf) cohorts[DEMO_COHORTS[c]!] += 1;
  return {
    as_of: asOf,
    seed,
    customers: data.customers.length,
    prospects: data.customers.length - buyers.size,
    orders: data.orders.length,
    vehicle_orders: kinds.XS ?? 0,
    service_orders: kinds.WX ?? 0,
    parts_orders: kinds.PJ ?? 0,
    events: data.events.length,
    notes: data.notes.length,
    interviews: data.interviews.length,
    revenue: Math.round(revenue),
    first_order: first,
    last_order: last,
    high_intent_customers: hot.size,
    cohorts,
  };
}
