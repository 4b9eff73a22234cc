/**
 * Turns a planned relationship (relationship-plan) into orders and events:
 * each vehicle sale with its sales funnel, each workshop visit with its
 * service event and reminder/follow-up calls, each parts order with its
 * online browsing when bought in the parts shop.
 */
import type { CustomerTimeline } from './customer-timeline';
import { priceBetween, type Draw } from './draw';
import { CHEAP_PARTS, FIRST_SERVICE, MAINTENANCE, PARTS, REPAIRS, VEHICLE_BY_KEY, VEHICLES, type PricedItem } from './product-catalog';
import type { PlannedOrder } from './relationship-plan';
import { purchaseFunnel, callSeconds, viewSeconds } from './sales-funnel';
import { secondOfDay } from './time-of-day';
import type { DemoOrderChannel } from './types';

export interface RelationshipStyle {
  /** The customer came from an online lead (clicks before buying, buys parts online more often). */
  online: boolean;
  /** Vehicle keys the business prefers; the first alternative is what they compare against. */
  preferred: readonly string[];
  /** Drifting away: the last three non-vehicle orders get cheaper and cheaper. */
  declining: boolean;
}

/** The cheap maintenance a drifting customer still does before leaving: a basic oil change. */
const BASIC_SERVICE: PricedItem = { name: '常规保养（机油+机滤）', min: 380, max: 450 };
const OIL_FILTER = PARTS[0]!;
const CLOSING = 19 * 3600;

function channelFor(draw: Draw, online: boolean, shares: readonly [number, number]): DemoOrderChannel {
  const r = draw.u();
  const onlineShare = online ? shares[0] * 2 : shares[0];
  return r < onlineShare ? 'online' : r < onlineShare + shares[1] ? 'phone' : 'store';
}

function writeVehicle(draw: Draw, t: CustomerTimeline, o: PlannedOrder, style: RelationshipStyle): void {
  const model = VEHICLE_BY_KEY.get(o.vehicleKey ?? '') ?? VEHICLES[0]!;
  const alternative = VEHICLE_BY_KEY.get(style.preferred.find((k) => k !== model.key) ?? '')?.name ?? model.name;
  purchaseFunnel(draw, t, o.day, model.name, style.online, alternative);
  // Deals close 0–8 % under the guide price, rounded to 100 CNY.
  const unit = priceBetween(draw, model.listPrice * 0.92, model.listPrice, 100);
  t.order(o.day, secondOfDay(draw, 'store'), 'XS', channelFor(draw, style.online, [0.06, 0.02]), model.name, unit, o.quantity ?? 1);
}

function writeService(draw: Draw, t: CustomerTimeline, day: number, item: PricedItem): void {
  if (draw.chance(0.5)) t.event(day - draw.int(1, 5), secondOfDay(draw, 'office'), 'call', undefined, callSeconds(draw));
  const arrival = secondOfDay(draw, 'store');
  // The workshop closes at 19:00: a job that would run past it is a quicker one (20 min up to closing).
  let workshop = draw.int(1800, 14_400);
  if (arrival + workshop > CLOSING) workshop = draw.int(1200, Math.max(1200, CLOSING - arrival));
  t.event(day, arrival, 'service', item.name, workshop);
  const channel: DemoOrderChannel = draw.chance(0.15) ? 'phone' : 'store';
  t.order(day, arrival + workshop, 'WX', channel, item.name, priceBetween(draw, item.min, item.max));
  if (draw.chance(0.35)) t.event(day + draw.int(2, 4), secondOfDay(draw, 'office'), 'call', undefined, callSeconds(draw));
}

function writeParts(draw: Draw, t: CustomerTimeline, day: number, item: PricedItem, online: boolean, single = false): void {
  const channel = channelFor(draw, online, [0.3, 0.1]);
  const quantity = single ? 1 : item.name.startsWith('轮胎') ? draw.pick([2, 4]) : item.max <= 200 && draw.chance(0.2) ? 2 : 1;
  const at = secondOfDay(draw, channel === 'online' ? 'browsing' : channel === 'phone' ? 'office' : 'store');
  if (channel === 'online') {
    t.event(day, Math.max(0, at - 600), 'view', item.name, Math.min(viewSeconds(draw), 280));
    t.event(day, Math.max(0, at - 120), 'cart', item.name);
  }
  t.order(day, at, 'PJ', channel, item.name, priceBetween(draw, item.min, item.max), quantity);
}

/**
 * Writes the planned orders with their events. Workshop visits are 70 %
 * maintenance, 30 % repair. When `style.declining`, the last three non-vehicle
 * orders become a basic oil change (380–450), a cheap part (≤ 200) and an oil
 * filter (80–120): the falling order value churn rules look for.
 * Returns the number of vehicles bought.
 */
export function writeRelationship(draw: Draw, t: CustomerTimeline, plan: readonly PlannedOrder[], style: RelationshipStyle): number {
  let vehicles = 0;
  const lastThree = style.declining ? lastNonVehicle(plan, 3) : [];
  plan.forEach((o, i) => {
    const decline = lastThree.indexOf(i);
    if (o.kind === 'vehicle') {
      writeVehicle(draw, t, o, style);
      vehicles += o.quantity ?? 1;
    } else if (decline === 0) writeService(draw, t, o.day, BASIC_SERVICE);
    else if (decline === 1) writeParts(draw, t, o.day, draw.pick(CHEAP_PARTS), style.online, true);
    else if (decline === 2) writeParts(draw, t, o.day, OIL_FILTER, style.online, true);
    else if (o.kind === 'first_service') writeService(draw, t, o.day, FIRST_SERVICE);
    else if (o.kind === 'service') writeService(draw, t, o.day, draw.chance(0.7) ? draw.pick(MAINTENANCE) : draw.pick(REPAIRS));
    else writeParts(draw, t, o.day, draw.pick(PARTS), style.online);
  });
  return vehicles;
}

/** Indices of the last `n` non-vehicle orders, oldest first (fewer when there are fewer). */
function lastNonVehicle(plan: readonly PlannedOrder[], n: number): number[] {
  const found: number[] = [];
  for (let i = plan.length - 1; i >= 0 && found.length < n; i--) if (plan[i]!.kind !== 'vehicle') found.unshift(i);
  return found;
}
