/**
 * The demo data set (SPEC §8 `demo`): a commercial-vehicle dealer in western
 * China — light trucks, vans, pickups; vehicle sales, after-sales service,
 * parts — with two years of orders and behaviour up to `asOf`.
 */
import { dayNumber, isoDate } from '../time/calendar';
import { assignCohorts, DEMO_COHORTS } from './cohorts';
import { demoCustomer, preferredVehicles } from './customer-profile';
import { liveJourney } from './customer-journeys';
import { CustomerTimeline, type DemoSink } from './customer-timeline';
import { generateDemoInterviews } from './demo-interviews';
import { NOTE_CHANCE, noteText } from './demo-notes';
import { drawFrom, type Draw } from './draw';
import { demoUniformSource } from './demo-random';
import { summarizeDemo } from './demo-summary';
import { DemoStamps, secondOfDay } from './time-of-day';
import type { DemoCustomer, DemoData, DemoNote, DemoOptions } from './types';

/** Days of data: asOf and the 729 days before it (two years). */
export const DEMO_WINDOW_DAYS = 730;

/**
 * Generates the demo data set. Deterministic: the same options give identical
 * output (one seeded PRNG stream, consumed in customer order; nothing reads
 * the clock). Linear in the number of customers (≈ 5 orders and ≈ 22 events
 * each; per-customer buffers are sorted, nothing global is).
 * Orders and events come grouped by customer, each customer's in time order.
 * Throws RangeError for a bad asOf, a non-positive or non-integer customer
 * count, or an empty sales list.
 * Example: `generateDemo({ asOf: '2026-11-22', owners: { sales: ['wang'], field: [] } }).summary.customers` → 2000.
 */
export function generateDemo(options: DemoOptions): DemoData {
  const seed = options.seed ?? 42;
  return generateDemoFrom(options, demoUniformSource(seed));
}

/** `generateDemo` over any uniform source in [0, 1): the seam that keeps the generator testable. */
export function generateDemoFrom(options: DemoOptions, uniform: () => number): DemoData {
  const n = options.customers ?? 2000;
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`customers must be a whole number ≥ 0, got ${n}`);
  if (options.owners.sales.length === 0) throw new RangeError('owners.sales must name at least one sales login');
  const lastDay = dayNumber(options.asOf);
  const draw = drawFrom(uniform);
  const sink: DemoSink = { orders: [], events: [], stamps: new DemoStamps(), firstDay: lastDay - DEMO_WINDOW_DAYS + 1, lastDay, orderNo: 0 };
  const profileContext = {
    asOfYear: Number(options.asOf.slice(0, 4)),
    // The phone key is the first thing drawn so that numbers depend on the seed only.
    phoneKey: { multiplier: draw.int(1, 2 ** 26) * 2 + 1, offset: draw.int(0, 2 ** 27 - 1) },
    sales: options.owners.sales,
    field: options.owners.field,
  };
  const cohortOf = assignCohorts(draw, n);
  const customers: DemoCustomer[] = [];
  const notes: DemoNote[] = [];
  for (let i = 0; i < n; i++) {
    const customer = demoCustomer(draw, i, profileContext);
    const cohort = DEMO_COHORTS[cohortOf[i]!]!;
    const timeline = new CustomerTimeline(sink, customer.customer_id);
    const outcome = liveJourney(draw, timeline, {
      cohort,
      online: customer.source === '线上',
      preferred: preferredVehicles(customer),
      fleet: customer.attributes.fleet_size ?? 1,
      firstDay: sink.firstDay,
      lastDay,
    });
    timeline.flush();
    // A fleet owner who bought k vehicles here runs at least k.
    if (outcome.vehicles > (customer.attributes.fleet_size ?? 0)) customer.attributes.fleet_size = outcome.vehicles;
    if (draw.chance(NOTE_CHANCE[cohort])) {
      const author = customer.assigned_field && draw.chance(0.3) ? customer.assigned_field : customer.owner;
      notes.push({ customer_id: customer.customer_id, author, at: noteStamp(draw, sink, outcome.noteDay), text: noteText(draw, cohort, outcome.model) });
    }
    customers.push(customer);
  }
  const interviews = generateDemoInterviews(draw, { customers, orders: sink.orders, cohortOf, lastDay, stamps: sink.stamps });
  const data = { customers, orders: sink.orders, events: sink.events, notes, interviews };
  return { ...data, summary: summarizeDemo(data, cohortOf, options.asOf, options.seed ?? 42) };
}

function noteStamp(draw: Draw, sink: DemoSink, day: number): string {
  const d = Math.min(sink.lastDay, Math.max(sink.firstDay, day));
  return sink.stamps.format(d, secondOfDay(draw, 'office'));
}

/** The first day of the demo window for an asOf, `'YYYY-MM-DD'`. Example: '2026-11-22' → '2024-11-23'. */
export function demoWindowStart(asOf: string): string {
  return isoDate(dayNumber(asOf) - DEMO_WINDOW_DAYS + 1);
}
