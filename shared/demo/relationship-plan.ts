/**
 * The order rhythm of a customer who owns our vehicles: buy a vehicle, come
 * back for the first maintenance (首保) 45–100 days after delivery, then for
 * service every few months, with parts bought in between. Planned as days and
 * kinds only; products and prices are chosen afterwards, when it is known
 * which orders are the last ones (a drifting customer's last orders get cheaper).
 */
import type { Draw } from './draw';
import { avoidSpringFestival } from './spring-festival';

export type PlannedKind = 'vehicle' | 'first_service' | 'service' | 'parts';

export interface PlannedOrder {
  day: number;
  kind: PlannedKind;
  /** Vehicle orders only: model key and units. */
  vehicleKey?: string;
  quantity?: number;
}

export interface VehiclePurchase {
  day: number;
  vehicleKey: string;
  quantity: number;
}

export interface RelationshipShape {
  /** Vehicle purchases, any order; none for a customer who only services a vehicle bought elsewhere. */
  purchases: readonly VehiclePurchase[];
  /** First service day when the relationship starts with service (vehicle bought before the window). */
  firstServiceDay: number | null;
  /** No order after this day (asOf for active customers, the stop day for drifting ones). */
  lastDay: number;
  /** The customer's usual days between services with one vehicle (90–180 ≈ every 3–6 months). */
  serviceGap: number;
  /** Probability of one parts order between two services. */
  partsChance: number;
}

/**
 * Plans the orders, sorted by day. Method: an event loop over two clocks —
 * the next vehicle purchase and the next service; a purchase adds its units to
 * the fleet and schedules the first service at +45…+100 days (unless one is
 * due sooner, but not within 30 days of delivery); each service schedules the next at gap × U(0.8, 1.2) / √fleet
 * days (at least 21): more vehicles, more workshop visits. Service days are
 * moved out of the Spring Festival slump. Example: purchase on day 100, gap
 * 120, one vehicle → first service ≈ day 170, services ≈ every 96–144 days.
 */
export function planRelationship(draw: Draw, shape: RelationshipShape): PlannedOrder[] {
  const plan: PlannedOrder[] = [];
  const purchases = [...shape.purchases].sort((a, b) => a.day - b.day);
  let fleet = shape.firstServiceDay === null ? 0 : 1;
  let nextService = shape.firstServiceDay ?? Number.POSITIVE_INFINITY;
  let firstServicePending = false;
  let previousVisit: number | null = null;
  let p = 0;
  for (;;) {
    const purchase = purchases[p];
    if (purchase && purchase.day <= nextService && purchase.day <= shape.lastDay) {
      plan.push({ day: purchase.day, kind: 'vehicle', vehicleKey: purchase.vehicleKey, quantity: purchase.quantity });
      fleet += purchase.quantity;
      // A service due within 30 days of delivery is folded into the new vehicle's first service.
      const firstService = purchase.day + draw.int(45, 100);
      if (nextService < purchase.day + 30 || firstService < nextService) nextService = firstService;
      firstServicePending = true;
      previousVisit = purchase.day;
      p += 1;
      continue;
    }
    if (nextService > shape.lastDay) break;
    const day = avoidSpringFestival(nextService, draw, shape.lastDay);
    if (day > shape.lastDay) break;
    if (previousVisit !== null && day - previousVisit > 20 && draw.chance(shape.partsChance)) {
      const partsDay = previousVisit + draw.int(7, day - previousVisit - 7);
      plan.push({ day: avoidSpringFestival(partsDay, draw, shape.lastDay), kind: 'parts' });
    }
    plan.push({ day, kind: firstServicePending ? 'first_service' : 'service' });
    firstServicePending = false;
    previousVisit = day;
    const gap = (shape.serviceGap * draw.real(0.8, 1.2)) / Math.sqrt(Math.max(1, fleet));
    nextService = day + Math.max(21, Math.round(gap));
  }
  return plan.filter((o) => o.day <= shape.lastDay).sort((a, b) => a.day - b.day);
}
