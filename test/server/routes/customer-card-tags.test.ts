import { beforeEach, describe, expect, it } from 'vitest';
import type { CardTag, PortraitCard } from '../../../shared/api/types';
import { bearerFor, json } from '../../support/test-app';
import { makeTagTestApp, seedOrders, type TagTestApp } from '../tags/tag-test-app';

let t: TagTestApp;
beforeEach(async () => {
  t = await makeTagTestApp(); // clock: 2026-11-24T02:00Z = 10:00 in Asia/Shanghai
  await seedOrders(t); // C-1 (sales1) and C-2 (sales2) spent > 100,000 in 365 days → 高净值客户
});

const card = async (id: string, login: string) => {
  const res = await t.request(`/api/customers/${id}`, { headers: await bearerFor(t, login) });
  return { status: res.status, body: (await res.json()) as PortraitCard };
};
const tagIds = async (id: string, login = 'sales1') => ((await card(id, login)).body.tags ?? []).map((x) => x.id);
const view = (customerId: string, at: string, seconds: number) => ({ customer_id: customerId, type: 'view', occurred_at: at, product: 'X3', duration_s: seconds });

describe('GET /api/customers/:id: tags on the portrait card', () => {
  it('shows an event tag fired by POST /api/events at once, with its place in the taxonomy, reason and expiry', async () => {
    expect(await tagIds('C-1')).toEqual(['high_net_worth']);
    const posted = await t.request('/api/events', { method: 'POST', ...json([view('C-1', '2026-11-24 09:40:00', 320)], await bearerFor(t, 'sales1')) });
    expect(posted.status).toBe(201);

    const { status, body } = await card('C-1', 'sales1');
    expect(status).toBe(200);
    expect(body.tags).toHaveLength(2);
    // Event tags first, then rule tags.
    expect(body.tags![0]).toEqual({
      id: 'high_purchase_intent', name: { zh: '高购买意向', en: 'High purchase intent' }, category: '价值预测', group: '购买意向', kind: 'event',
      reason: { zh: '当天浏览「X3」共 5.3 分钟（≥ 5 分钟）', en: 'view "X3" for 5.3 min today (≥ 5 min)' },
      assigned_at: '2026-11-24T02:00:00.000Z', expires_at: '2026-12-01T02:00:00.000Z',
    } satisfies CardTag);
    expect(body.tags![1]).toEqual({
      id: 'high_net_worth', name: { zh: '高净值客户', en: 'High net worth' }, category: '消费行为', group: '消费特征', kind: 'rule',
      reason: {
        zh: '近 365 天消费超过 10 万（种子文档的示例规则）（monetary_365d = 130000）', // 50,000 + 80,000 within 365 days
        en: 'Spent more than 100,000 in the last 365 days (the seed’s example rule) (monetary_365d = 130000)',
      },
      assigned_at: '2026-11-24T02:00:00.000Z', expires_at: null,
    } satisfies CardTag);

    // Every card tag sits where GET /api/tags puts it: category 大类 → group 中类 → tag 细类.
    const taxonomy = await (await t.request('/api/tags', { headers: await bearerFor(t, 'sales1') })).json();
    const placeOf = new Map<string, [string, string]>();
    for (const c of taxonomy.categories) for (const g of c.groups) for (const x of g.tags) placeOf.set(x.id, [c.name.zh, g.name.zh]);
    for (const x of body.tags!) expect(placeOf.get(x.id)).toEqual([x.category, x.group]);
  });

  it('drops an event tag once its expiry has passed (injected clock), keeping the rule tags', async () => {
    await t.request('/api/events', { method: 'POST', ...json([view('C-1', '2026-11-24 09:40:00', 400)], await bearerFor(t, 'sales1')) });
    t.clock.now = new Date('2026-12-01T01:59:59Z');
    expect(await tagIds('C-1')).toEqual(['high_purchase_intent', 'high_net_worth']);
    t.clock.now = new Date('2026-12-01T02:00:00Z'); // expires_at is exclusive: gone at that instant
    expect(await tagIds('C-1')).toEqual(['high_net_worth']);
    expect(await tagIds('C-1', 'manager1')).toEqual(['high_net_worth']);
  });

  it('leaves out retired tags, and shows nothing to a user who may not see the customer', async () => {
    await t.database.client.execute("UPDATE tags SET active = 0 WHERE id = 'high_net_worth'");
    const { body } = await card('C-1', 'sales1');
    expect(body.tags).toEqual([]);
    expect((await card('C-1', 'sales2')).status).toBe(404);
    expect(await tagIds('C-2', 'sales2')).toEqual([]);
  });
});
