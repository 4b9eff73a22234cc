import { beforeEach, describe, expect, it } from 'vitest';
import { defaultTaxonomy } from '../../../shared/tags/index';
import { evaluateRuleTags } from '../../../server/tags/evaluate-rule-tags';
import { bearerFor, json, loginAs } from '../../support/test-app';
import { makeTagTestApp, seedOrders, type TagTestApp } from './tag-test-app';

let t: TagTestApp;
beforeEach(async () => {
  t = await makeTagTestApp();
  await seedOrders(t);
});

const preview = async (expression: string, login = 'admin1') =>
  t.request('/api/tags/preview', { method: 'POST', ...json({ expression }, await bearerFor(t, login)) });

type TaxonomyBody = { total_tags: number; categories: { name: { zh: string; en: string }; groups: { name: { zh: string }; tags: { id: string; name: { zh: string }; count: number }[] }[] }[] };
const tagCount = (body: TaxonomyBody, id: string) =>
  body.categories.flatMap((c) => c.groups.flatMap((g) => g.tags)).find((x) => x.id === id)?.count;

describe('POST /api/tags/preview', () => {
  it('counts the customers an expression would tag, among those the user sees', async () => {
    // C-1: 50,000 + 80,000 in the last 365 days; C-2: 150,000; C-4: 200; C-3: none.
    let res = await preview('monetary_365d > 100000');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ count: 2, sample: ['C-1', 'C-2'] });
    res = await preview('monetary_365d > 100000', 'sales1');
    expect(await res.json()).toEqual({ count: 1, sample: ['C-1'] });
    res = await preview('frequency = 0 or recency_days <= 4');
    expect(await res.json()).toEqual({ count: 2, sample: ['C-1', 'C-3'] });
    res = await preview('orders_90d >= 1 and not customer_id = "C-1"');
    expect(await res.json()).toEqual({ count: 1, sample: ['C-4'] });
  });

  it('answers 400 with the position and what was expected', async () => {
    let res = await preview('monetary_365d >');
    expect(res.status).toBe(400);
    let body = await res.json();
    expect(body.error.code).toBe('validation');
    expect(body.error.details.position).toBe(15);
    expect(body.error.details.expected).toEqual(['field', 'number', 'string', 'function call']);
    expect(body.error.details.message.zh).toContain('表达式结尾');
    res = await preview('recency_days > 90 and lifecycle = "sleep"');
    body = await res.json();
    expect([res.status, body.error.details.position]).toEqual([400, 34]);
    res = await preview('nonsense_field > 1');
    expect([(res.status), (await res.json()).error.details.position]).toEqual([400, 0]);
  });

  it('works with the session cookie and CSRF token', async () => {
    const h = await loginAs(t, 'manager1');
    const res = await t.request('/api/tags/preview', { method: 'POST', ...json({ expression: 'frequency >= 3' }, h) });
    expect(await res.json()).toEqual({ count: 1, sample: ['C-1'] });
    const noCsrf = await t.request('/api/tags/preview', { method: 'POST', ...json({ expression: 'frequency >= 3' }, { cookie: h.cookie }) });
    expect(noCsrf.status).toBe(403);
  });
});

describe('POST /api/tags', () => {
  it('creates a rule tag, evaluates it at once, and refuses sales, duplicates and bad expressions', async () => {
    const body = { name_zh: '大单客户', name_en: 'Big spender', category: '消费行为', group: '消费特征', kind: 'rule', expression: 'monetary_365d > 100000' };
    const res = await t.request('/api/tags', { method: 'POST', ...json(body, await bearerFor(t, 'manager1')) });
    expect(res.status).toBe(201);
    const tag = await res.json();
    expect(tag).toMatchObject({ name: { zh: '大单客户', en: 'Big spender' }, category: '消费行为', group: '消费特征', kind: 'rule',
      expression: 'monetary_365d > 100000', owner: 'manager1', active: true, count: 2 });
    expect(tag.id).toMatch(/^custom_[0-9a-z]+$/);
    const reason = (await t.database.client.execute({ sql: 'SELECT reason, source FROM tag_assignments WHERE tag_id = ? ORDER BY customer_pk', args: [tag.id] })).rows;
    expect(reason.map((r) => r.source)).toEqual(['rule', 'rule']);
    expect(JSON.parse(String(reason[0].reason))).toEqual({ zh: 'monetary_365d > 100000（monetary_365d = 130000）', en: 'monetary_365d > 100000 (monetary_365d = 130000)' });

    expect((await t.request('/api/tags', { method: 'POST', ...json({ ...body, name_zh: '另一个' }, await bearerFor(t, 'sales1')) })).status).toBe(403);
    expect((await t.request('/api/tags', { method: 'POST', ...json(body, await bearerFor(t, 'admin1')) })).status).toBe(409);
    const bad = await t.request('/api/tags', { method: 'POST', ...json({ ...body, name_zh: '坏规则', expression: 'monetary_365d >> 1' }, await bearerFor(t, 'admin1')) });
    expect([bad.status, (await bad.json()).error.details.position]).toEqual([400, 15]);
    const unknownTag = await t.request('/api/tags', { method: 'POST', ...json({ ...body, name_zh: '依赖', expression: 'has_tag("没有这个")' }, await bearerFor(t, 'admin1')) });
    expect([unknownTag.status, (await unknownTag.json()).error.details.position]).toEqual([400, 8]);
    const noExpr = await t.request('/api/tags', { method: 'POST', ...json({ ...body, name_zh: '无表达式', expression: undefined }, await bearerFor(t, 'admin1')) });
    expect(noExpr.status).toBe(400);
  });

  it('creates manual and event tags (event tags default to a 7-day TTL)', async () => {
    const h = await bearerFor(t, 'admin1');
    const manual = await (await t.request('/api/tags', { method: 'POST', ...json({ name_zh: '老板熟人', category: '社交关系', group: '人脉', kind: 'manual' }, h) })).json();
    expect([manual.kind, manual.count, manual.ttl_days]).toEqual(['manual', 0, null]);
    const rule = { eventType: 'cart', measure: 'count', perProduct: false, atLeast: 2, windowDays: 1 };
    const ev = await (await t.request('/api/tags', { method: 'POST', ...json({ name_zh: '反复加购', category: '价值预测', group: '购买意向', kind: 'event', event_rule: rule }, h) })).json();
    expect([ev.kind, ev.ttl_days, ev.event_rule]).toEqual(['event', 7, { ...rule, product: null }]);
  });
});

describe('GET /api/tags', () => {
  it('returns the default three-level taxonomy with counts of live assignments per visible customer', async () => {
    await evaluateRuleTags(t.database, '2026-11-24', t.clock.now.toISOString());
    const admin = await (await t.request('/api/tags', { headers: await bearerFor(t, 'admin1') })).json() as TaxonomyBody;
    expect(admin.total_tags).toBe(defaultTaxonomy().length);
    expect(admin.categories.map((c) => c.name.zh)).toEqual(expect.arrayContaining(['人口属性', '消费行为', '兴趣爱好', '媒介习惯', '车辆用途', '价值预测']));
    expect(admin.categories.find((c) => c.name.zh === '人口属性')?.name.en).toBe('Demographics');
    expect(tagCount(admin, 'high_net_worth')).toBe(2);
    expect(tagCount(admin, 'repeat_buyer_90d')).toBe(0);
    const sales = await (await t.request('/api/tags', { headers: await bearerFor(t, 'sales1') })).json() as TaxonomyBody;
    expect(tagCount(sales, 'high_net_worth')).toBe(1);
  });

  it('leaves the counts out with ?counts=0 (the filter suggestions), and refuses other values', async () => {
    const h = await bearerFor(t, 'sales1');
    const full = await (await t.request('/api/tags', { headers: h })).json() as TaxonomyBody;
    const names = await (await t.request('/api/tags?counts=0', { headers: h })).json() as TaxonomyBody;
    const tags = (b: TaxonomyBody) => b.categories.flatMap((c) => c.groups.flatMap((g) => g.tags));
    expect(tags(names).some((x) => 'count' in x)).toBe(false);
    expect(tags(names)).toEqual(tags(full).map(({ count: _count, ...rest }) => rest));
    expect((await t.request('/api/tags?counts=2', { headers: h })).status).toBe(400);
  });
});
