import { describe, expect, it } from 'vitest';
import { drawFrom } from '../../../shared/demo/draw';
import { planRelationship } from '../../../shared/demo/relationship-plan';

// Days 500–1400 are in 1971–1973, before the Spring Festival table: no day moves.
// With u = 0.5 always: int(lo, hi) = lo + ⌊0.5·(hi − lo + 1)⌋, real(0.8, 1.2) = 1.0, chance(p) = (0.5 < p).
const half = () => drawFrom(() => 0.5);

describe('planRelationship', () => {
  it('plans a purchase, first service, services and parts in between', () => {
    const plan = planRelationship(half(), {
      purchases: [{ day: 1000, vehicleKey: 'k3', quantity: 1 }],
      firstServiceDay: null,
      lastDay: 1400,
      serviceGap: 120,
      partsChance: 0.6,
    });
    // First service: 1000 + int(45, 100) = 1000 + 45 + ⌊0.5·56⌋ = 1073.
    // Parts before it: 1000 + int(7, 66) = 1000 + 7 + 30 = 1037.
    // Next services every 120·1.0/√1 = 120 days: 1193, 1313 (1433 > 1400 stops);
    // parts at previous + int(7, 113) = previous + 60: 1133, 1253.
    expect(plan.map((o) => [o.day, o.kind])).toEqual([
      [1000, 'vehicle'], [1037, 'parts'], [1073, 'first_service'], [1133, 'parts'],
      [1193, 'service'], [1253, 'parts'], [1313, 'service'],
    ]);
    expect(plan[0]).toMatchObject({ vehicleKey: 'k3', quantity: 1 });
  });

  it('services a bigger fleet more often (gap / √fleet)', () => {
    const plan = planRelationship(half(), {
      purchases: [{ day: 600, vehicleKey: 'v5', quantity: 3 }],
      firstServiceDay: 500,
      lastDay: 800,
      serviceGap: 160,
      partsChance: 0,
    });
    // 500 service (fleet 1) → next 660; purchase 600 (fleet 4), its first service 673 is later than 660,
    // and 660 is ≥ 30 days after delivery, so 660 stays and is the first service; then 160/√4 = 80 → 740.
    expect(plan.map((o) => [o.day, o.kind])).toEqual([
      [500, 'service'], [600, 'vehicle'], [660, 'first_service'], [740, 'service'],
    ]);
  });

  it('folds a service due within 30 days of delivery into the first service', () => {
    const plan = planRelationship(half(), {
      purchases: [{ day: 610, vehicleKey: 'k3', quantity: 1 }],
      firstServiceDay: 500,
      lastDay: 700,
      serviceGap: 120,
      partsChance: 0,
    });
    // 500 → next 620, within 30 days of the 610 delivery → moved to 610 + 73 = 683.
    expect(plan.map((o) => [o.day, o.kind])).toEqual([[500, 'service'], [610, 'vehicle'], [683, 'first_service']]);
  });

  it('plans nothing when everything is after the last day, and one order for a one-off', () => {
    const none = planRelationship(half(), { purchases: [{ day: 900, vehicleKey: 'k3', quantity: 1 }], firstServiceDay: null, lastDay: 800, serviceGap: 120, partsChance: 1 });
    expect(none).toEqual([]);
    const one = planRelationship(half(), { purchases: [], firstServiceDay: 700, lastDay: 700, serviceGap: 120, partsChance: 1 });
    expect(one).toEqual([{ day: 700, kind: 'service' }]);
  });
});
