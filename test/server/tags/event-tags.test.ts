import { beforeEach, describe, expect, it } from 'vitest';
import { cardTags } from '../../../server/tags/card-tags';
import { bearerFor, json } from '../../support/test-app';
import { makeTagTestApp, pkOf, type TagTestApp } from './tag-test-app';

let t: TagTestApp;
beforeEach(async () => {
  t = await makeTagTestApp();
});

const postEvents = async (events: object[]) => {
  const res = await t.request('/api/events', { method: 'POST', ...json(events, await bearerFor(t, 'admin1')) });
  expect(res.status).toBe(201);
};
const names = async (id: string) => (await cardTags(t.database, await pkOf(t, id), t.clock.now.toISOString())).map((x) => x.name.zh);
const preview = async (expression: string) =>
  (await t.request('/api/tags/preview', { method: 'POST', ...json({ expression }, await bearerFor(t, 'admin1')) })).json();

describe('real-time event tags', () => {
  it('fires 高购买意向 when a product is viewed ≥ 300 s in a day, shows it on the card, and lets it expire after 7 days', async () => {
    // Clock: 2026-11-24T02:00Z = 10:00 in Asia/Shanghai. Two views of X3 today: 200 s + 150 s.
    await postEvents([
      { customer_id: 'C-4', type: 'view', occurred_at: '2026-11-24 09:30:00', product: 'X3', duration_s: 200 },
      { customer_id: 'C-4', type: 'view', occurred_at: '2026-11-24 09:50:00', product: 'X3', duration_s: 150 },
      { customer_id: 'C-1', type: 'view', occurred_at: '2026-11-24 09:55:00', product: 'X3', duration_s: 299 },
      { customer_id: 'C-2', type: 'view', occurred_at: '2026-11-23 20:00:00', product: 'V5', duration_s: 250 },
      { customer_id: 'C-2', type: 'view', occurred_at: '2026-11-24 08:00:00', product: 'V5', duration_s: 250 },
    ]);
    const tags = await cardTags(t.database, await pkOf(t, 'C-4'), t.clock.now.toISOString());
    expect(tags).toEqual([{
      id: 'high_purchase_intent', name: { zh: '高购买意向', en: 'High purchase intent' }, category: '价值预测', group: '购买意向', kind: 'event',
      reason: { zh: '当天浏览「X3」共 5.8 分钟（≥ 5 分钟）', en: 'view "X3" for 5.8 min today (≥ 5 min)' },
      assigned_at: '2026-11-24T02:00:00.000Z', expires_at: '2026-12-01T02:00:00.000Z',
    }]);
    expect(await names('C-1')).toEqual([]);
    expect(await names('C-2')).toEqual([]); // 250 s yesterday + 250 s today: not within one day
    expect(await preview('has_tag("高购买意向")')).toEqual({ count: 1, sample: ['C-4'] });

    t.clock.now = new Date('2026-12-01T01:59:00Z');
    expect(await names('C-4')).toEqual(['高购买意向']);
    t.clock.now = new Date('2026-12-01T02:00:00Z');
    expect(await names('C-4')).toEqual([]);
    expect(await preview('has_tag("高购买意向")')).toEqual({ count: 0, sample: [] });
    const rows = (await t.database.client.execute("SELECT source, removed_at FROM tag_assignments WHERE tag_id = 'high_purchase_intent'")).rows;
    expect(rows.map((r) => [r.source, r.removed_at])).toEqual([['event', null]]); // kept as history
  });

  it('pushes the expiry out when the behaviour repeats, and fires again after expiry', async () => {
    await postEvents([{ customer_id: 'C-4', type: 'view', occurred_at: '2026-11-24 09:30:00', product: 'X3', duration_s: 400 }]);
    t.clock.now = new Date('2026-11-27T02:00:00Z');
    await postEvents([{ customer_id: 'C-4', type: 'view', occurred_at: '2026-11-27 09:30:00', product: 'X3', duration_s: 301 }]);
    let rows = (await t.database.client.execute("SELECT assigned_at, expires_at FROM tag_assignments WHERE tag_id = 'high_purchase_intent'")).rows;
    expect(rows.map((r) => [r.assigned_at, r.expires_at])).toEqual([['2026-11-24T02:00:00.000Z', '2026-12-04T02:00:00.000Z']]);
    t.clock.now = new Date('2026-12-10T02:00:00Z');
    expect(await names('C-4')).toEqual([]);
    await postEvents([{ customer_id: 'C-4', type: 'view', occurred_at: '2026-12-10 09:30:00', product: 'V5', duration_s: 600 }]);
    rows = (await t.database.client.execute("SELECT assigned_at FROM tag_assignments WHERE tag_id = 'high_purchase_intent' ORDER BY id")).rows;
    expect(rows.map((r) => r.assigned_at)).toEqual(['2026-11-24T02:00:00.000Z', '2026-12-10T02:00:00.000Z']);
    // Three views within 30 days and no order: the incremental path also gives the rule tag 浏览未购买.
    expect(await names('C-4')).toEqual(['高购买意向', '浏览未购买']);
  });

  it('fires count rules (a test drive) and ignores late events of earlier days', async () => {
    await postEvents([{ customer_id: 'C-3', type: 'test_drive', occurred_at: '2026-11-20 15:00:00', product: 'X3' }]);
    expect(await names('C-3')).toEqual([]);
    await postEvents([{ customer_id: 'C-3', type: 'test_drive', occurred_at: '2026-11-24 09:00:00', product: 'X3' }]);
    const tags = await cardTags(t.database, await pkOf(t, 'C-3'), t.clock.now.toISOString());
    expect(tags.map((x) => [x.name.zh, x.expires_at])).toEqual([['近期试驾', '2026-12-08T02:00:00.000Z']]);
  });
});
