import { beforeAll, describe, expect, it } from 'vitest';
import { json, bearerFor, loginAs, makeTestApp, type TestApp } from '../../support/test-app';
import { runRefresh } from '../../../server/analytics/refresh';
import { cardTags } from '../../../server/tags/card-tags';
import type { PortraitCard, SegmentCounts } from '../../../shared/api/types';
import { nextAction } from '../../../shared/churn';

/**
 * A hand-computed case (as of 2026-11-24), five customers with orders and one
 * prospect. Recency: A4 0, A1 4, A2 176, A5 268, A3 388 days. With N = 5 the
 * quintile of rank k is k, so R = 6 − rank(recency), F and M are the ranks
 * (ties by customer_id). Means for the eight classes: recency 167.2,
 * frequency 1.6, monetary 384. ABC over 1,920 in total: A2 (0 % before), A5
 * (52 %), A1 (78 %, crosses 80 %) are A; A3 (96.4 %) and A4 (99.5 %) are C.
 */
const ORDERS = [
  { order_id: 'o1', customer_id: 'A1', ordered_at: '2026-11-20 10:00', amount: 100 },
  { order_id: 'o2', customer_id: 'A1', ordered_at: '2026-11-20 15:00', amount: 50 },
  { order_id: 'o3', customer_id: 'A1', ordered_at: '2026-10-01 09:00', amount: 200 },
  { order_id: 'o4', customer_id: 'A2', ordered_at: '2026-06-01 09:00', amount: 1000 },
  { order_id: 'o5', customer_id: 'A3', ordered_at: '2025-10-01 09:00', amount: 30 },
  { order_id: 'o6', customer_id: 'A3', ordered_at: '2025-11-01 09:00', amount: 30 },
  { order_id: 'o7', customer_id: 'A4', ordered_at: '2026-11-24 08:00', amount: 10 },
  { order_id: 'o8', customer_id: 'A5', ordered_at: '2026-03-01 09:00', amount: 500 },
];

const EXPECTED: Record<string, [number | null, number, number, number, number, number, string | null, string | null, string, string | null]> = {
  //      recency freq monetary R F M rfm_segment rfm8 lifecycle abc
  A1: [4, 3, 350, 4, 5, 3, 'loyal', 'general_value', 'active', 'A'],
  A2: [176, 1, 1000, 3, 1, 5, 'about_to_sleep', 'important_winback', 'sleeping', 'A'],
  A3: [388, 2, 60, 1, 4, 2, 'at_risk', 'general_keep', 'churned', 'C'],
  A4: [0, 1, 10, 5, 2, 1, 'potential_loyalist', 'general_develop', 'active', 'C'],
  A5: [268, 1, 500, 2, 3, 4, 'at_risk', 'important_winback', 'pre_churn', 'A'],
  P1: [null, 0, 0, 0, 0, 0, null, null, 'prospect', null],
};

let t: TestApp;
beforeAll(async () => {
  t = await makeTestApp({ clock: { now: new Date('2026-11-24T04:00:00Z') } });
  const h = await bearerFor(t, 'admin1');
  expect((await t.app.request('/api/orders', { method: 'POST', ...json(ORDERS, h) })).status).toBe(201);
  expect((await t.app.request('/api/customers', { method: 'POST', ...json({ customer_id: 'P1', name: '潜在客户' }, h) })).status).toBe(201);
  // A1 looked at a truck and a pickup it never bought (cross-sell candidates of its next action, longest view first).
  const views = [['X3', 300], ['P6', 120]].map(([product, s]) => ({ customer_id: 'A1', type: 'view', occurred_at: '2026-11-01 10:00:00', product, duration_s: s }));
  expect((await t.app.request('/api/events', { method: 'POST', ...json(views, h) })).status).toBe(201);
  await t.database.client.execute("UPDATE customers SET owner_id = (SELECT id FROM users WHERE login = 'sales1') WHERE customer_id IN ('A1', 'A2')");
  await runRefresh(t.database, { asOf: '2026-11-24', computedAt: t.clock.now });
});

describe('refresh on a hand-computed case', () => {
  it('persists recency, frequency, monetary, quintile scores and every scheme exactly', async () => {
    const rs = await t.database.client.execute(
      `SELECT c.customer_id, s.recency_days, s.frequency, s.monetary, coalesce(s.r, 0), coalesce(s.f, 0), coalesce(s.m, 0),
         s.rfm_segment, s.rfm8, s.lifecycle, s.abc FROM customer_scores s JOIN customers c ON c.pk = s.customer_pk ORDER BY 1`,
    );
    const got = Object.fromEntries(rs.rows.map((r) => [String(r[0]), Array.from({ length: 10 }, (_, k) => r[k + 1]).map((v) => (typeof v === 'bigint' ? Number(v) : v))]));
    expect(got).toEqual(EXPECTED);
  });

  it('tags each customer with its cluster in the first refresh (from this run\'s clusters, not the previous one\'s)', async () => {
    const rs = await t.database.client.execute('SELECT c.pk, c.customer_id, s.cluster FROM customers c JOIN customer_scores s ON s.customer_pk = c.pk ORDER BY 2');
    const got: [string, string | null, string | null][] = [];
    for (const r of rs.rows) {
      const tags = await cardTags(t.database, Number(r[0]), t.clock.now.toISOString());
      const clusterTags = tags.filter((x) => x.id.startsWith('seg_cluster_')).map((x) => x.id);
      got.push([String(r[1]), r[2] === null ? null : `seg_cluster_${Number(r[2])}`, clusterTags.join(',') || null]);
    }
    expect(got.filter((g) => g[1] !== null)).toHaveLength(5);
    for (const [id, cluster, tags] of got) expect([id, tags]).toEqual([id, cluster]);
  });

  it('writes one snapshot row per customer for the ISO week, and a second refresh in the week replaces it', async () => {
    const count = async () => Number((await t.database.client.execute("SELECT count(*) FROM segment_snapshots WHERE week = '2026-W48'")).rows[0][0]);
    expect(await count()).toBe(6);
    await runRefresh(t.database, { asOf: '2026-11-25', computedAt: t.clock.now });
    expect(await count()).toBe(6);
    await runRefresh(t.database, { asOf: '2026-11-24', computedAt: t.clock.now });
  });

  it('shows the analytics on the card, with a why per segment', async () => {
    const h = await loginAs(t, 'sales1');
    const card = (await (await t.app.request('/api/customers/A1', { headers: h })).json()) as PortraitCard;
    const a = card.analytics!;
    expect([a.recency_days, a.frequency, a.monetary, a.r, a.f, a.m]).toEqual([4, 3, 350, 4, 5, 3]);
    const lifecycle = a.segments.find((s) => s.scheme === 'lifecycle')!;
    expect(lifecycle.label.zh).toBe('活跃客户');
    expect(lifecycle.why.zh.length).toBeGreaterThan(3);
    expect(a.history[0].week).toBe('2026-W48');
    expect(card.completeness!.overall).toBeGreaterThan(0);
    // The next action follows the segments and churn level, and names what A1 viewed but never bought.
    expect(a.next_action).toEqual(nextAction({ rfmSegment: 'loyal', lifecycle: 'active' }, a.churn.level ? { level: a.churn.level } : null, ['X3', 'P6']));
    expect(a.next_action!.products).toEqual(['X3', 'P6']);
    // A segment tag's reason is the tag's description.
    const tag = card.tags!.find((x) => x.id === 'seg_lifecycle_active')!;
    expect(tag.reason).toEqual(lifecycle.why);
    // Its members are read from the scores: nothing is stored per customer.
    const stored = await t.database.client.execute("SELECT count(*) FROM tag_assignments WHERE tag_id = 'seg_lifecycle_active'");
    expect(Number(stored.rows[0][0])).toBe(0);
    expect(card.tags!.filter((x) => x.id.startsWith('seg_lifecycle_')).map((x) => x.id)).toEqual(['seg_lifecycle_active']);
  });

  it('counts segments for the user: a salesperson sees only their own customers', async () => {
    const sales = (await (await t.app.request('/api/segments', { headers: await loginAs(t, 'sales1') })).json()) as SegmentCounts;
    const manager = (await (await t.app.request('/api/segments', { headers: await loginAs(t, 'manager1') })).json()) as SegmentCounts;
    const total = (s: SegmentCounts) => s.schemes.find((x) => x.scheme === 'lifecycle')!.counts.reduce((a, c) => a + c.count, 0);
    expect(total(sales)).toBe(2);
    expect(total(manager)).toBe(6);
    expect(manager.week).toBe('2026-W48');
  });

  it('refuses the dashboard to salespeople and serves it to managers', async () => {
    expect((await t.app.request('/api/dashboard', { headers: await loginAs(t, 'sales1') })).status).toBe(403);
    const res = await t.app.request('/api/dashboard', { headers: await loginAs(t, 'manager1') });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { churn_trend: { week: string }[]; reps: { login: string }[] };
    expect(body.churn_trend.map((w) => w.week)).toEqual(['2026-W48']);
    expect(body.reps.map((r) => r.login)).toContain('sales1');
  });

  it('updates a customer at once when a new order arrives (incremental path), before any refresh', async () => {
    const h = await bearerFor(t, 'admin1');
    const row = async () => (await t.database.client.execute(
      "SELECT s.recency_days, s.frequency, s.monetary, s.lifecycle, s.churn_level, s.r FROM customer_scores s JOIN customers c ON c.pk = s.customer_pk WHERE c.customer_id = 'A3'",
    )).rows[0];
    const reasons = async () => ((await (await t.app.request('/api/customers/A3', { headers: h })).json()) as PortraitCard).analytics!.churn.reasons;
    const before = await row();
    expect([before[0], before[3]]).toEqual([388, 'churned']);
    // The card renders the stored reasons: 388 days against the 31-day rhythm of its two purchases.
    const reasonsBefore = await reasons();
    expect(reasonsBefore.map((r) => r.code)).toEqual(expect.arrayContaining(['rhythm', 'recency_rule']));
    expect(reasonsBefore.find((r) => r.code === 'rhythm')!.text).toEqual({
      zh: '距上次购买已388天，是其平时间隔的12.5倍', en: 'last purchase 388 days ago, 12.5× their usual gap',
    });
    const res = await t.app.request('/api/orders', { method: 'POST', ...json({ order_id: 'o9', customer_id: 'A3', ordered_at: '2026-11-24 11:00', amount: 40 }, h) });
    expect(res.status).toBe(201);
    const after = await row();
    // Raw values and lifecycle follow at once; the quintile score R waits for the next refresh.
    expect([after[0], after[1], after[2], after[3], after[5]]).toEqual([0, 3, 100, 'active', 1]);
    // 388 days against a 31-day rhythm was high risk; a purchase today removes the recency reasons.
    expect(before[4]).toBe('high');
    expect(after[4]).not.toBe('high');
    const reasonsAfter = await reasons();
    expect(reasonsAfter.map((r) => r.code)).not.toContain('rhythm');
    expect(reasonsAfter.map((r) => r.code)).not.toContain('recency_rule');
  });
});
