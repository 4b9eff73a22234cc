import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../../shared/demo/generate-demo';
import type { DemoData, DemoOrder } from '../../../shared/demo/types';
import { dayNumber } from '../../../shared/time/calendar';

const AS_OF = '2026-11-22';
const LAST = dayNumber(AS_OF);
const FIRST = LAST - 729; // two years: asOf and the 729 days before
const OWNERS = { sales: ['wang', 'li', 'zhang'], field: ['zhao', 'qian'] };
const data: DemoData = generateDemo({ asOf: AS_OF, owners: OWNERS });
const dayOf = (stamp: string) => dayNumber(stamp.slice(0, 10));

function ordersByCustomer(orders: readonly DemoOrder[]): Map<string, DemoOrder[]> {
  const by = new Map<string, DemoOrder[]>();
  for (const o of orders) {
    const list = by.get(o.customer_id);
    if (list) list.push(o);
    else by.set(o.customer_id, [o]);
  }
  return by;
}

describe('generateDemo: determinism', () => {
  it('gives identical output for the same options', () => {
    const again = generateDemo({ asOf: AS_OF, owners: OWNERS, customers: 300, seed: 7 });
    expect(generateDemo({ asOf: AS_OF, owners: OWNERS, customers: 300, seed: 7 })).toEqual(again);
  });

  it('gives different output for a different seed', () => {
    const a = generateDemo({ asOf: AS_OF, owners: OWNERS, customers: 300, seed: 7 });
    const b = generateDemo({ asOf: AS_OF, owners: OWNERS, customers: 300, seed: 8 });
    expect(a.customers.map((c) => c.phone)).not.toEqual(b.customers.map((c) => c.phone));
    expect(a.orders.length === b.orders.length && a.orders.every((o, i) => o.ordered_at === b.orders[i]!.ordered_at)).toBe(false);
  });

  it('defaults to 2000 customers and seed 42', () => {
    expect(data.customers).toHaveLength(2000);
    expect(data.summary.seed).toBe(42);
    expect(generateDemo({ asOf: AS_OF, owners: OWNERS, customers: 50 })).toEqual(generateDemo({ asOf: AS_OF, owners: OWNERS, customers: 50, seed: 42 }));
  });
});

describe('generateDemo: edge cases', () => {
  it('handles no customer', () => {
    const empty = generateDemo({ asOf: AS_OF, owners: OWNERS, customers: 0 });
    expect(empty.customers).toEqual([]);
    expect(empty.orders).toEqual([]);
    expect(empty.events).toEqual([]);
    expect(empty.summary).toMatchObject({ customers: 0, orders: 0, prospects: 0, revenue: 0, first_order: null, last_order: null });
  });

  it('handles a single customer (a steady one: the largest cohort takes the only seat)', () => {
    const one = generateDemo({ asOf: AS_OF, owners: { sales: ['wang'], field: [] }, customers: 1 });
    expect(one.customers.map((c) => c.customer_id)).toEqual(['C-000001']);
    expect(one.customers[0]!.owner).toBe('wang');
    expect(one.customers[0]!.assigned_field).toBeNull();
    expect(one.summary.cohorts.steady).toBe(1);
    expect(one.orders.length).toBeGreaterThan(0);
  });

  it('rejects bad options', () => {
    expect(() => generateDemo({ asOf: '2026-02-30', owners: OWNERS })).toThrow(RangeError);
    expect(() => generateDemo({ asOf: AS_OF, owners: { sales: [], field: [] } })).toThrow(RangeError);
    expect(() => generateDemo({ asOf: AS_OF, owners: OWNERS, customers: -1 })).toThrow(RangeError);
    expect(() => generateDemo({ asOf: AS_OF, owners: OWNERS, customers: 2.5 })).toThrow(RangeError);
  });
});

describe('generateDemo: customers', () => {
  it('has unique ids C-000001 … and unique 11-digit mobile numbers', () => {
    expect(data.customers[0]!.customer_id).toBe('C-000001');
    expect(data.customers[1999]!.customer_id).toBe('C-002000');
    expect(new Set(data.customers.map((c) => c.customer_id)).size).toBe(2000);
    expect(new Set(data.customers.map((c) => c.phone)).size).toBe(2000);
    expect(data.customers.filter((c) => !/^1[3-9]\d{9}$/.test(c.phone))).toEqual([]);
  });

  it('takes owners and field reps from the given lists only', () => {
    expect(data.customers.filter((c) => !OWNERS.sales.includes(c.owner))).toEqual([]);
    expect(data.customers.filter((c) => c.assigned_field !== null && !OWNERS.field.includes(c.assigned_field))).toEqual([]);
    expect(new Set(data.customers.map((c) => c.owner)).size).toBe(3);
    expect(data.customers.some((c) => c.assigned_field === null)).toBe(true);
  });

  it('has ages 22–65, mostly 30–50, mostly but not only men', () => {
    const ages = data.customers.map((c) => 2026 - c.birth_year);
    expect(Math.min(...ages)).toBeGreaterThanOrEqual(22);
    expect(Math.max(...ages)).toBeLessThanOrEqual(65);
    expect(ages.filter((a) => a >= 30 && a <= 50).length / ages.length).toBeGreaterThan(0.6);
    const men = data.customers.filter((c) => c.gender === 'male').length / 2000;
    expect(men).toBeGreaterThan(0.75);
    expect(men).toBeLessThan(0.95);
  });

  it('has Chinese names, places, channels and business attributes', () => {
    expect(data.customers.filter((c) => !/^[\u4e00-\u9fff]{2,3}$/.test(c.name))).toEqual([]);
    expect(data.customers.filter((c) => !/[省市]$/.test(c.region) || !c.city.endsWith('市'))).toEqual([]);
    expect(new Set(data.customers.map((c) => c.source))).toEqual(new Set(['线下', '线上', '转介绍', '电话', '大客户']));
    expect(data.customers.filter((c) => !['mobile', 'pc', 'store'].includes(c.platform))).toEqual([]);
    expect(data.customers.some((c) => c.attributes.company?.endsWith('有限公司'))).toBe(true);
    expect(data.customers.filter((c) => !(c.attributes.fleet_size! >= 1))).toEqual([]);
  });
});

describe('generateDemo: orders', () => {
  const ids = new Set(data.customers.map((c) => c.customer_id));

  it('has unique order ids, known customers, amounts ≥ 0 and dates in the two years up to asOf', () => {
    expect(new Set(data.orders.map((o) => o.order_id)).size).toBe(data.orders.length);
    expect(data.orders.filter((o) => !ids.has(o.customer_id))).toEqual([]);
    expect(data.orders.filter((o) => !(o.amount >= 0) || !(o.quantity >= 1))).toEqual([]);
    expect(data.orders.filter((o) => dayOf(o.ordered_at) < FIRST || dayOf(o.ordered_at) > LAST)).toEqual([]);
    expect(data.orders.filter((o) => !/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/.test(o.ordered_at))).toEqual([]);
  });

  it('prices vehicles 55k–220k per unit, service 300–3,000 and parts 80–5,000 per unit', () => {
    const unit = (o: DemoOrder) => o.amount / o.quantity;
    const kind = (p: string) => data.orders.filter((o) => o.order_id.startsWith(p)).map(unit);
    expect(Math.min(...kind('XS'))).toBeGreaterThanOrEqual(55_000);
    expect(Math.max(...kind('XS'))).toBeLessThanOrEqual(220_000);
    expect(Math.min(...kind('WX'))).toBeGreaterThanOrEqual(300);
    expect(Math.max(...kind('WX'))).toBeLessThanOrEqual(3_000);
    expect(Math.min(...kind('PJ'))).toBeGreaterThanOrEqual(80);
    expect(Math.max(...kind('PJ'))).toBeLessThanOrEqual(5_000);
  });

  it('has exactly 15 % prospects (customers without orders): 0.15 × 2000 = 300', () => {
    expect(ids.size - ordersByCustomer(data.orders).size).toBe(300);
    expect(data.summary.prospects).toBe(300);
  });

  it('has drifting customers: regular buyers whose last order is > 180 days old, with falling order value', () => {
    let drifting = 0;
    let falling = 0;
    for (const list of ordersByCustomer(data.orders).values()) {
      const last = dayOf(list[list.length - 1]!.ordered_at);
      // "Regular": at least 4 orders over at least 180 days before stopping.
      if (LAST - last > 180 && list.length >= 4 && last - dayOf(list[0]!.ordered_at) >= 180) {
        drifting++;
        const amounts = list.filter((o) => !o.order_id.startsWith('XS')).map((o) => o.amount);
        const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
        if (amounts.length >= 4 && mean(amounts.slice(-3)) < 0.65 * mean(amounts.slice(0, -3))) falling++;
      }
    }
    expect(drifting).toBeGreaterThanOrEqual(100); // 17 % drift, 75 % of them stop > 190 days ago: ≈ 255
    expect(falling).toBeGreaterThanOrEqual(50);
  });

  it('has growing customers with two or more vehicle orders', () => {
    const growing = [...ordersByCustomer(data.orders).values()].filter((l) => l.filter((o) => o.order_id.startsWith('XS')).length >= 2);
    expect(growing.length).toBeGreaterThanOrEqual(200); // the growing cohort is 300
  });

  it('has one-timers', () => {
    expect([...ordersByCustomer(data.orders).values()].filter((l) => l.length === 1).length).toBeGreaterThanOrEqual(150);
  });

  it('keeps the showroom closed in the Spring Festival core week and quiet in the slump', () => {
    const ny = dayNumber('2026-02-17');
    const perDay = new Map<number, number>();
    for (const o of data.orders) perDay.set(dayOf(o.ordered_at), (perDay.get(dayOf(o.ordered_at)) ?? 0) + 1);
    const sum = (from: number, to: number) => { let s = 0; for (let d = from; d <= to; d++) s += perDay.get(d) ?? 0; return s; };
    expect(sum(ny - 3, ny + 6)).toBe(0);
    const average = data.orders.length / 730;
    expect(sum(ny - 10, ny + 10) / 21).toBeLessThan(average / 2);
  });

  it('sells in business hours: store orders between 08:30 and 19:30', () => {
    const outside = data.orders.filter((o) => o.channel === 'store' && (o.ordered_at.slice(11) < '08:30:00' || o.ordered_at.slice(11) > '19:30:00'));
    expect(outside).toEqual([]);
  });
});

describe('generateDemo: events and notes', () => {
  const ids = new Set(data.customers.map((c) => c.customer_id));

  it('has events of known customers and types, in the window', () => {
    expect(data.events.filter((e) => !ids.has(e.customer_id))).toEqual([]);
    const types = new Set(data.events.map((e) => e.type));
    expect(types).toEqual(new Set(['visit', 'test_drive', 'view', 'call', 'message', 'service', 'click', 'cart']));
    expect(data.events.filter((e) => dayOf(e.occurred_at) < FIRST || dayOf(e.occurred_at) > LAST)).toEqual([]);
    expect(data.events.filter((e) => e.duration_s !== undefined && !(e.duration_s >= 0))).toEqual([]);
  });

  it('has a showroom visit on every vehicle sale day and a service event on every workshop order day', () => {
    const key = (c: string, stamp: string, type: string) => `${c}|${stamp.slice(0, 10)}|${type}`;
    const seen = new Set(data.events.map((e) => key(e.customer_id, e.occurred_at, e.type)));
    expect(data.orders.filter((o) => o.order_id.startsWith('XS') && !seen.has(key(o.customer_id, o.ordered_at, 'visit')))).toEqual([]);
    expect(data.orders.filter((o) => o.order_id.startsWith('WX') && !seen.has(key(o.customer_id, o.ordered_at, 'service')))).toEqual([]);
  });

  it('has test drives, and long model views (≥ 300 s) in the last 7 days for a handful of customers', () => {
    expect(data.events.filter((e) => e.type === 'test_drive').length).toBeGreaterThan(500);
    const weekStart = LAST - 6;
    const hot = new Set(data.events.filter((e) => e.type === 'view' && (e.duration_s ?? 0) >= 300 && dayOf(e.occurred_at) >= weekStart).map((e) => e.customer_id));
    expect(hot.size).toBeGreaterThanOrEqual(5);
    expect(data.summary.high_intent_customers).toBe(hot.size);
  });

  it('leaves contact gaps: customers not called or messaged for more than 60 days', () => {
    const lastContact = new Map<string, number>();
    for (const e of data.events) if (e.type === 'call' || e.type === 'message') lastContact.set(e.customer_id, Math.max(lastContact.get(e.customer_id) ?? 0, dayOf(e.occurred_at)));
    expect([...lastContact.values()].filter((d) => LAST - d > 60).length).toBeGreaterThan(200);
  });

  it('has a few notes in Chinese by the owner or the field rep', () => {
    const byId = new Map(data.customers.map((c) => [c.customer_id, c]));
    expect(data.notes.length).toBeGreaterThan(20);
    for (const n of data.notes) {
      const c = byId.get(n.customer_id)!;
      expect([c.owner, c.assigned_field]).toContain(n.author);
      expect(n.text).toMatch(/[\u4e00-\u9fff]/);
      expect(dayOf(n.at)).toBeLessThanOrEqual(LAST);
    }
  });

  it('summarises the counts', () => {
    expect(data.summary).toMatchObject({
      as_of: AS_OF,
      customers: 2000,
      orders: data.orders.length,
      events: data.events.length,
      notes: data.notes.length,
      interviews: data.interviews.length,
      cohorts: { steady: 760, drifting: 340, growing: 300, one_timer: 300, prospect: 300 },
    });
    const s = data.summary;
    expect(s.vehicle_orders + s.service_orders + s.parts_orders).toBe(s.orders);
    expect(s.revenue).toBe(Math.round(data.orders.reduce((a, o) => a + o.amount, 0)));
  });
});
