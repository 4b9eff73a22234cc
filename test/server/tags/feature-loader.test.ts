import { describe, expect, it } from 'vitest';
import { loadFeatures } from '../../../server/tags/feature-loader';
import { tagExpression } from '../../../shared/tags/index';
import { dayNumber } from '../../../shared/time/calendar';
import { makeTagTestApp, pkOf, seedOrders } from './tag-test-app';

describe('loadFeatures', () => {
  it('reads every double exactly (17 digits, not SQLite JSON’s 15), text, integers and unknowns, in pk order', async () => {
    const t = await makeTagTestApp();
    await seedOrders(t);
    const pAlive = 0.1 + 0.2; // 0.30000000000000004
    const clv = 14915.986891503462;
    await t.database.client.execute({
      sql: `INSERT INTO customer_scores (customer_pk, as_of, frequency, monetary, lifecycle, p_alive, clv_12m, r, computed_at)
            VALUES (?, '2026-11-24', 3, 131000, 'active', ?, ?, 5, 'x')`,
      args: [await pkOf(t, 'C-1'), pAlive, clv],
    });
    const needs = tagExpression('p_alive > 0 and clv_12m > 0 and lifecycle = "active" and r >= 1 and monetary_365d > 0 and orders_90d >= 0').features;
    const f = await loadFeatures(t.database.client, needs, { asOfDay: dayNumber('2026-11-24'), nowIso: '2026-11-24T02:00:00.000Z' });
    const i = f.indexOf.get(await pkOf(t, 'C-1'))!;
    const j = f.indexOf.get(await pkOf(t, 'C-2'))!;
    expect([...f.pk]).toEqual([...f.pk].sort((a, b) => a - b));
    expect(f.column('p_alive')![i]).toBe(pAlive);
    expect(f.column('clv_12m')![i]).toBe(clv);
    expect(f.column('lifecycle')![i]).toBe('active');
    expect(f.column('r')![i]).toBe(5);
    expect(f.column('p_alive')![j]).toBeNaN();
    expect(f.column('lifecycle')![j]).toBeNull();
    expect([f.column('monetary_365d')![i], f.column('orders_90d')![i]]).toEqual([130_000, 1]);
    expect([f.column('monetary_365d')![j], f.column('orders_90d')![j]]).toEqual([150_000, 0]);
    expect(f.ids[i]).toBe('C-1');
  });
});
