import { beforeEach, describe, expect, it } from 'vitest';
import { ensureDefaultTags } from '../../../server/tags/tag-repository';
import { dayNumber } from '../../../shared/time/calendar';
import { seedWeeklyChurn } from '../../support/bot-harness';
import { bearerFor, json } from '../../support/test-app';
import { makeTagTestApp, seedOrders, type TagTestApp } from '../tags/tag-test-app';

let t: TagTestApp;
beforeEach(async () => {
  t = await makeTagTestApp(); // clock: 2026-11-24 10:00 in Asia/Shanghai
  await ensureDefaultTags(t.database.client);
  await seedOrders(t); // 高净值客户 (high_net_worth): C-1 (owner sales1), C-2 (owner sales2)
});

const TODAY = dayNumber('2026-11-24');
const list = async (query: string, login = 'manager1') => {
  const res = await t.request(`/api/customers?${query}`, { headers: await bearerFor(t, login) });
  return { status: res.status, body: await res.json() };
};
const ids = async (query: string, login = 'manager1') => {
  const { status, body } = await list(query, login);
  expect(status).toBe(200);
  return (body.items as { customer_id: string }[]).map((c) => c.customer_id);
};
const usage = async () => (await t.database.client.execute('SELECT tag_id, kind, user_id, day FROM tag_usage ORDER BY id')).rows
  .map((r) => [r.tag_id, r.kind, r.user_id, r.day]);
const q = encodeURIComponent;

describe('GET /api/customers?tag=', () => {
  it('finds customers by tag id, Chinese name or English name (any case)', async () => {
    expect(await ids(`tag=${q('高净值客户')}`)).toEqual(['C-1', 'C-2']);
    expect(await ids('tag=high_net_worth')).toEqual(['C-1', 'C-2']);
    expect(await ids(`tag=${q('HIGH net worth')}`)).toEqual(['C-1', 'C-2']);
    expect(await ids(`tag=${q('浏览未购买')}`)).toEqual([]); // a known tag nobody carries: an empty list, not an error
    // An id wins over another tag's English name, and the filter then matches that tag only.
    await t.database.client.execute("INSERT INTO tags (id, name_zh, name_en, category, group_name, kind) VALUES ('decoy', '诱饵', 'high_net_worth', '自定义', '测试', 'manual')");
    await t.database.client.execute(`INSERT INTO tag_assignments (tag_id, customer_pk, source, assigned_at)
      SELECT 'decoy', pk, 'manual', '2026-11-24T01:00:00.000Z' FROM customers WHERE customer_id = 'C-4'`);
    expect(await ids('tag=high_net_worth')).toEqual(['C-1', 'C-2']);
    expect(await ids(`tag=${q('诱饵')}`)).toEqual(['C-4']);
  });

  it('keeps row-level access: sales see only their own customers, field reps their assigned ones', async () => {
    expect(await ids('tag=high_net_worth', 'sales1')).toEqual(['C-1']);
    expect(await ids('tag=high_net_worth', 'sales2')).toEqual(['C-2']);
    expect(await ids('tag=high_net_worth', 'field1')).toEqual([]);
    // Naming another owner does not widen a salesperson's view.
    expect(await ids('tag=high_net_worth&owner=sales2', 'sales1')).toEqual([]);
  });

  it('combines with the owner, text, segment and lifecycle filters', async () => {
    await seedWeeklyChurn(t, [
      { customerId: 'C-1', level: 'high', score: 0.8, valueAtRisk: 800 },
      { customerId: 'C-2', level: 'low', score: 0.1, valueAtRisk: 10 },
      { customerId: 'C-3', level: 'high', score: 0.7, valueAtRisk: 700 },
    ]); // all three get lifecycle 'sleeping'
    expect(await ids('tag=high_net_worth&owner=sales2')).toEqual(['C-2']);
    expect(await ids(`tag=high_net_worth&q=${q('张')}`)).toEqual(['C-1']);
    expect(await ids('tag=high_net_worth&segment=churn_level:high')).toEqual(['C-1']);
    expect(await ids('segment=churn_level:high')).toEqual(['C-1', 'C-3']);
    expect(await ids('tag=high_net_worth&lifecycle=sleeping')).toEqual(['C-1', 'C-2']);
    expect(await ids('tag=high_net_worth&lifecycle=active')).toEqual([]);
    expect(await ids('tag=high_net_worth&segment=churn_level:high', 'sales2')).toEqual([]);
  });

  it('follows event tags as they fire and expire (injected clock)', async () => {
    const posted = await t.request('/api/events', {
      method: 'POST', ...json({ customer_id: 'C-3', type: 'view', occurred_at: '2026-11-24 09:00:00', product: 'X3', duration_s: 600 }, await bearerFor(t, 'sales1')),
    });
    expect(posted.status).toBe(201);
    expect(await ids(`tag=${q('高购买意向')}`, 'sales1')).toEqual(['C-3']);
    t.clock.now = new Date('2026-12-01T02:00:00Z');
    expect(await ids(`tag=${q('高购买意向')}`, 'sales1')).toEqual([]);
  });

  it('answers 400 with a JSON error for an unknown or retired tag, and counts nothing', async () => {
    const unknown = await list(`tag=${q('没有这个标签')}`);
    expect(unknown.status).toBe(400);
    expect(unknown.body).toEqual({ error: { code: 'validation', message: 'unknown tag "没有这个标签"', details: { field: 'tag' } } });
    await t.database.client.execute("UPDATE tags SET active = 0 WHERE id = 'high_net_worth'");
    const retired = await list('tag=high_net_worth');
    expect(retired.status).toBe(400);
    expect(retired.body.error.code).toBe('validation');
    // An English name two tags share names neither.
    await t.database.client.execute(`INSERT INTO tags (id, name_zh, name_en, category, group_name, kind) VALUES
      ('twin_a', '双胞胎甲', 'Twin', '自定义', '测试', 'manual'), ('twin_b', '双胞胎乙', 'twin', '自定义', '测试', 'manual')`);
    const twin = await list('tag=TWIN');
    expect(twin.status).toBe(400);
    expect(twin.body.error.details).toEqual({ field: 'tag', candidates: ['twin_a', 'twin_b'] });
    expect(await ids(`tag=${q('双胞胎乙')}`)).toEqual([]);
    expect(await usage()).toEqual([['twin_b', 'segment_filter', t.users.manager1.id, TODAY]]);
  });

  it('counts each use of a tag as a filter: segment_filter for a list, search with a text query, once per list (not per page)', async () => {
    const [sales1, manager1] = [t.users.sales1.id, t.users.manager1.id];
    await ids(`tag=${q('高净值客户')}`, 'sales1');
    await ids(`tag=high_net_worth&q=${q('张')}`, 'manager1');
    const first = await list('tag=high_net_worth&limit=1');
    expect(first.body.next_cursor).not.toBeNull();
    await ids(`tag=high_net_worth&limit=1&cursor=${first.body.next_cursor}`);
    await ids('segment=churn_level:high&lifecycle=sleeping', 'sales1'); // the statistical/predictive tags of those labels
    await ids('segment=champions'); // a bare label is an RFM segment
    await ids('owner=sales1'); // no tag involved
    expect(await usage()).toEqual([
      ['high_net_worth', 'segment_filter', sales1, TODAY],
      ['high_net_worth', 'search', manager1, TODAY],
      ['high_net_worth', 'segment_filter', manager1, TODAY],
      ['churn_high', 'segment_filter', sales1, TODAY],
      ['seg_lifecycle_sleeping', 'segment_filter', sales1, TODAY],
      ['seg_rfm_segment_champions', 'segment_filter', manager1, TODAY],
    ]);
    const report = await (await t.request('/api/tags/usage', { headers: await bearerFor(t, 'manager1') })).json();
    expect(report.uses_by_kind).toEqual({ segment_filter: 5, search: 1, bot: 0, digest: 0, export: 0 });
    expect(report.tags.find((x: { id: string }) => x.id === 'high_net_worth').uses_30d).toBe(3);
  });
});
