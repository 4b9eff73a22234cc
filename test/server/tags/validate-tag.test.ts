import { beforeEach, describe, expect, it } from 'vitest';
import { campaignRoi, inControlGroup, twoProportionTest } from '../../../shared/tags/index';
import { dayNumber } from '../../../shared/time/calendar';
import { ensureDefaultTags } from '../../../server/tags/tag-repository';
import { bearerFor, json } from '../../support/test-app';
import { makeTagTestApp, type TagTestApp } from './tag-test-app';

let t: TagTestApp;
const TAG = 'high_purchase_intent';
const N = 600;
const id = (i: number) => `V-${String(i).padStart(4, '0')}`;

/**
 * 600 customers tagged on 2026-09-01 (10:00 local) plus 20 tagged on
 * 2026-11-10 (window not over by 2026-11-24). Every third customer buys on
 * 2026-09-10 (inside the 30 days); every fifth also bought on the tagging day
 * (not counted) and every seventh on 2026-10-15 (outside).
 */
beforeEach(async () => {
  t = await makeTagTestApp();
  await ensureDefaultTags(t.database.client);
  const c = t.database.client;
  const values = Array.from({ length: N + 20 }, (_, i) => `('${id(i)}')`).join(',');
  await c.execute(`INSERT INTO customers (customer_id) VALUES ${values}`);
  await c.execute(`INSERT INTO tag_assignments (tag_id, customer_pk, source, assigned_at, expires_at)
    SELECT '${TAG}', pk, 'event', CASE WHEN customer_id < '${id(N)}' THEN '2026-09-01T02:00:00.000Z' ELSE '2026-11-10T02:00:00.000Z' END, NULL
    FROM customers WHERE customer_id LIKE 'V-%'`);
  const orders: string[] = [];
  for (let i = 0; i < N + 20; i++) {
    if (i % 3 === 0) orders.push(`('A-${i}', (SELECT pk FROM customers WHERE customer_id = '${id(i)}'), '2026-09-10 10:00:00', ${dayNumber('2026-09-10')}, ${100 + i})`);
    if (i % 5 === 0) orders.push(`('B-${i}', (SELECT pk FROM customers WHERE customer_id = '${id(i)}'), '2026-09-01 12:00:00', ${dayNumber('2026-09-01')}, 50)`);
    if (i % 7 === 0) orders.push(`('C-${i}', (SELECT pk FROM customers WHERE customer_id = '${id(i)}'), '2026-10-15 10:00:00', ${dayNumber('2026-10-15')}, 70)`);
  }
  await c.execute(`INSERT INTO orders (order_id, customer_pk, ordered_at, day, amount) VALUES ${orders.join(',')}`);
});

describe('POST /api/tags/:id/validate', () => {
  it('splits by the hash hold-out and reports rates, lift, CI, p-value and ROI; the run is stored', async () => {
    const res = await t.request(`/api/tags/${TAG}/validate`, { method: 'POST', ...json({ outcome: 'purchase', days: 30, control_share: 0.3, cost: 5000 }, await bearerFor(t, 'manager1')) });
    expect(res.status).toBe(200);
    const r = await res.json();
    // Expected counts computed independently from the fixture's rule (i % 3 buys inside the window).
    const groups = { treatment: { n: 0, successes: 0, revenue: 0 }, control: { n: 0, successes: 0, revenue: 0 } };
    for (let i = 0; i < N; i++) {
      const g = groups[inControlGroup(TAG, id(i), 0.3) ? 'control' : 'treatment'];
      g.n++;
      if (i % 3 === 0) {
        g.successes++;
        g.revenue += 100 + i;
      }
    }
    expect(groups.control.n).toBeGreaterThan(120);
    expect([r.customers, r.pending]).toEqual([N, 20]);
    expect(r.treatment).toEqual({ n: groups.treatment.n, successes: groups.treatment.successes, rate: groups.treatment.successes / groups.treatment.n });
    expect(r.control).toEqual({ n: groups.control.n, successes: groups.control.successes, rate: groups.control.successes / groups.control.n });
    expect(r.revenue).toEqual({ treatment: groups.treatment.revenue, control: groups.control.revenue });
    const expected = twoProportionTest(groups.treatment, groups.control);
    expect([r.absolute_lift, r.z, r.p_value, r.ci95]).toEqual([expected.absolute_lift, expected.z, expected.p_value, expected.ci95]);
    expect(r.roi).toBeCloseTo(campaignRoi(groups.treatment, groups.control, 5000)!.roi, 12);
    expect(r.significant).toBe(r.p_value < 0.05);
    expect(r.tag).toEqual({ id: TAG, name: { zh: '高购买意向', en: 'High purchase intent' } });
    const stored = (await t.database.client.execute('SELECT tag_id, days, control_share, cost, report FROM tag_experiments')).rows;
    expect(stored.map((s) => [s.tag_id, s.days, s.control_share, s.cost, JSON.parse(String(s.report)).customers])).toEqual([[TAG, 30, 0.3, 5000, N]]);
    expect(r.experiment_id).toBeGreaterThan(0);
  });

  it('finds the tag by Chinese name, defaults the control share, and refuses sales and bad input', async () => {
    const h = await bearerFor(t, 'admin1');
    const byName = await t.request(`/api/tags/${encodeURIComponent('高购买意向')}/validate`, { method: 'POST', ...json({ outcome: 'purchase', days: 30 }, h) });
    const r = await byName.json();
    expect([byName.status, r.control_share, r.roi, r.customers]).toEqual([200, 0.1, null, N]);
    expect((await t.request(`/api/tags/${TAG}/validate`, { method: 'POST', ...json({ outcome: 'purchase', days: 30 }, await bearerFor(t, 'sales1')) })).status).toBe(403);
    expect((await t.request(`/api/tags/${TAG}/validate`, { method: 'POST', ...json({ outcome: 'visit', days: 30 }, h) })).status).toBe(400);
    expect((await t.request(`/api/tags/${TAG}/validate`, { method: 'POST', ...json({ outcome: 'purchase', days: 30, control_share: 1 }, h) })).status).toBe(400);
    expect((await t.request('/api/tags/nope/validate', { method: 'POST', ...json({ outcome: 'purchase', days: 30 }, h) })).status).toBe(404);
  });

  it('with a window too long for any assignment, nobody is in the experiment', async () => {
    const res = await t.request(`/api/tags/${TAG}/validate`, { method: 'POST', ...json({ outcome: 'purchase', days: 120 }, await bearerFor(t, 'admin1')) });
    const r = await res.json();
    expect([r.customers, r.pending, r.p_value]).toEqual([0, N + 20, 1]);
  });
});
