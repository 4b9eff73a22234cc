/**
 * One customer's two years with the dealer, by cohort (cohorts.ts): what they
 * bought and when, and the contacts around it.
 */
import type { CustomerTimeline } from './customer-timeline';
import type { Draw } from './draw';
import { VEHICLE_BY_KEY } from './product-catalog';
import { planRelationship, type RelationshipShape, type VehiclePurchase } from './relationship-plan';
import { writeRelationship, type RelationshipStyle } from './relationship-orders';
import { careContacts, highIntentSession, prospectJourney } from './sales-funnel';
import { avoidSpringFestival } from './spring-festival';
import type { DemoCohort } from './types';

export interface JourneyInput {
  cohort: DemoCohort;
  /** Came from an online lead (source 线上). */
  online: boolean;
  /** Vehicle keys the business prefers, most likely first. */
  preferred: readonly string[];
  /** Fleet size from the profile: big fleets buy two units at once more often. */
  fleet: number;
  /** Data window, inclusive day numbers. */
  firstDay: number;
  lastDay: number;
}

export interface JourneyOutcome {
  /** Vehicles bought in the window. */
  vehicles: number;
  /** A day on which a salesperson would plausibly write a note about this customer. */
  noteDay: number;
  /** The model this customer is about (bought or considered). */
  model: string;
}

/** A preferred model: the first 60 %, the second 30 %, the third 10 %. */
function modelKey(draw: Draw, preferred: readonly string[]): string {
  const r = draw.u();
  const i = r < 0.6 ? 0 : r < 0.9 ? 1 : 2;
  return preferred[Math.min(i, preferred.length - 1)]!;
}

function purchaseOn(draw: Draw, day: number, input: JourneyInput, quantity = 1): VehiclePurchase {
  return { day: avoidSpringFestival(day, draw, input.lastDay), vehicleKey: modelKey(draw, input.preferred), quantity };
}

function live(draw: Draw, t: CustomerTimeline, shape: RelationshipShape, style: RelationshipStyle): number {
  return writeRelationship(draw, t, planRelationship(draw, shape), style);
}

const nameOf = (key: string) => VEHICLE_BY_KEY.get(key)?.name ?? key;

/**
 * Writes the customer's orders and events. Window W = [first, last] (730 days).
 * - steady: 75 % buy a vehicle in [first, last − 60], else service a vehicle
 *   bought earlier from day first…first+150; service every 90–180 days to asOf.
 * - drifting: same rhythm, but everything stops on a day 190–420 days before
 *   asOf (75 %) or 100–180 (25 %), order values fall over the last three
 *   orders, and contact stops 15–60 days after that.
 * - growing: a vehicle in [first, last − 300], a second 120–360 days later
 *   (1–3 units), a third 90–240 days after that (45 %).
 * - one_timer: one vehicle (55 %), service (30 %) or parts order (15 %), then silence.
 * - prospect: a lead and its funnel, no orders.
 * High-intent sessions in the last week: prospects 5 %, growing 4 %, steady 1.2 %.
 */
export function liveJourney(draw: Draw, t: CustomerTimeline, input: JourneyInput): JourneyOutcome {
  const { firstDay: first, lastDay: last, preferred } = input;
  const style: RelationshipStyle = { online: input.online, preferred, declining: input.cohort === 'drifting' };
  const serviceGap = draw.int(90, 180);
  const partsChance = draw.real(0.2, 0.7);
  const model = nameOf(preferred[0]!);
  switch (input.cohort) {
    case 'steady': {
      const bought = draw.chance(0.75);
      const start = bought ? draw.int(first, last - 60) : draw.int(first, first + 150);
      const units = input.fleet >= 5 && draw.chance(0.2) ? 2 : 1;
      const purchases = bought ? [purchaseOn(draw, start, input, units)] : [];
      const vehicles = live(draw, t, { purchases, firstServiceDay: bought ? null : start, lastDay: last, serviceGap, partsChance }, style);
      careContacts(draw, t, start, last, draw.int(30, 75));
      if (draw.chance(0.012)) highIntentSession(draw, t, last, nameOf(preferred[1] ?? preferred[0]!));
      return { vehicles, noteDay: last - draw.int(0, 120), model: nameOf(purchases[0]?.vehicleKey ?? preferred[0]!) };
    }
    case 'drifting': {
      const stop = draw.chance(0.75) ? last - draw.int(190, 420) : last - draw.int(100, 180);
      const bought = draw.chance(0.6);
      const start = draw.int(first, stop - 300);
      const purchases = bought ? [purchaseOn(draw, start, input)] : [];
      const vehicles = live(draw, t, { purchases, firstServiceDay: bought ? null : start, lastDay: stop, serviceGap, partsChance }, style);
      careContacts(draw, t, start, stop + draw.int(15, 60), draw.int(30, 75));
      return { vehicles, noteDay: Math.min(last, stop + draw.int(20, 90)), model: nameOf(purchases[0]?.vehicleKey ?? preferred[0]!) };
    }
    case 'growing': {
      const p1 = draw.int(first, last - 300);
      const p2 = Math.min(last - 7, p1 + draw.int(120, 360));
      const more = () => (draw.chance(0.7) ? 1 : draw.chance(0.83) ? 2 : 3);
      const purchases = [purchaseOn(draw, p1, input), purchaseOn(draw, p2, input, more())];
      const p3 = p2 + draw.int(90, 240);
      if (p3 <= last && draw.chance(0.45)) purchases.push(purchaseOn(draw, p3, input, more()));
      const vehicles = live(draw, t, { purchases, firstServiceDay: null, lastDay: last, serviceGap, partsChance }, style);
      careContacts(draw, t, p1, last, draw.int(20, 45));
      if (draw.chance(0.04)) highIntentSession(draw, t, last, nameOf(preferred[0]!));
      return { vehicles, noteDay: Math.max(p1, p2 - draw.int(5, 30)), model: nameOf(purchases[1]!.vehicleKey) };
    }
    case 'one_timer': {
      const day = avoidSpringFestival(draw.int(first, last - 120), draw, last);
      const r = draw.u();
      const purchases = r < 0.55 ? [purchaseOn(draw, day, input)] : [];
      const plan = r < 0.85
        ? planRelationship(draw, { purchases, firstServiceDay: r < 0.55 ? null : day, lastDay: purchases[0]?.day ?? day, serviceGap, partsChance: 0 })
        : [{ day, kind: 'parts' as const }];
      const vehicles = writeRelationship(draw, t, plan, style);
      careContacts(draw, t, day, day + draw.int(30, 150), draw.int(30, 60));
      return { vehicles, noteDay: Math.min(last, day + draw.int(30, 150)), model: nameOf(purchases[0]?.vehicleKey ?? preferred[0]!) };
    }
    case 'prospect': {
      const lead = draw.int(first, last);
      const key = modelKey(draw, preferred);
      prospectJourney(draw, t, lead, nameOf(key), input.online);
      if (draw.chance(0.05)) highIntentSession(draw, t, last, nameOf(key));
      return { vehicles: 0, noteDay: Math.min(last, lead + draw.int(0, 30)), model: nameOf(key) };
    }
  }
}
