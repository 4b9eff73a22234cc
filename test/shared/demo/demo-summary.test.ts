import { describe, expect, it } from 'vitest';
import { summarizeDemo } from '../../../shared/demo/demo-summary';
import type { DemoCustomer, DemoEvent, DemoOrder } from '../../../shared/demo/types';

const customer = (id: string): DemoCustomer => ({
  customer_id: id, name: '李强', phone: '13900000000', gender: 'male', birth_year: 1985, region: '四川省', city: '成都市',
  source: '线下', platform: 'store', owner: 'wang', assigned_field: null, attributes: {},
});
const order = (id: string, customerId: string, at: string, amount: number): DemoOrder => ({
  order_id: id, customer_id: customerId, ordered_at: at, amount, channel: 'store', product: 'x', quantity: 1,
});
const view = (customerId: string, at: string, seconds: number): DemoEvent => ({ customer_id: customerId, type: 'view', occurred_at: at, product: 'x', duration_s: seconds });

describe('summarizeDemo', () => {
  it('summarises an empty data set', () => {
    const s = summarizeDemo({ customers: [], orders: [], events: [], notes: [], interviews: [] }, new Uint8Array(0), '2026-11-22', 42);
    expect(s).toEqual({
      as_of: '2026-11-22', seed: 42, customers: 0, prospects: 0, orders: 0, vehicle_orders: 0, service_orders: 0, parts_orders: 0,
      events: 0, notes: 0, interviews: 0, revenue: 0, first_order: null, last_order: null, high_intent_customers: 0,
      cohorts: { steady: 0, drifting: 0, growing: 0, one_timer: 0, prospect: 0 },
    });
  });

  it('counts kinds, revenue, prospects and last-week long views', () => {
    const s = summarizeDemo(
      {
        customers: [customer('C-1'), customer('C-2'), customer('C-3')],
        orders: [
          order('XS-0000001', 'C-1', '2025-03-01 10:00:00', 108_000),
          order('WX-0000002', 'C-1', '2025-06-01 10:00:00', 480.5),
          order('PJ-0000003', 'C-2', '2026-11-22 18:00:00', 90),
        ],
        events: [
          view('C-3', '2026-11-16 08:00:00', 300), // asOf − 6, exactly 300 s: counts
          view('C-2', '2026-11-15 23:59:59', 900), // asOf − 7: too early
          view('C-1', '2026-11-20 12:00:00', 299), // too short
        ],
        notes: [],
        interviews: [],
      },
      new Uint8Array([0, 1, 4]),
      '2026-11-22',
      7,
    );
    // Revenue 108,000 + 480.5 + 90 = 108,570.5 → rounded 108,571 (round half up).
    expect(s).toMatchObject({ customers: 3, prospects: 1, orders: 3, vehicle_orders: 1, service_orders: 1, parts_orders: 1, revenue: 108_571 });
    expect(s.first_order).toBe('2025-03-01 10:00:00');
    expect(s.last_order).toBe('2026-11-22 18:00:00');
    expect(s.high_intent_customers).toBe(1);
    expect(s.cohorts).toEqual({ steady: 1, drifting: 1, growing: 0, one_timer: 0, prospect: 1 });
  });
});
