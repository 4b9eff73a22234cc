import { beforeEach, describe, expect, it } from 'vitest';
import { listCustomers } from '../../../server/services/customers';
import { tagFilterCondition } from '../../../server/tags/tag-filter';
import { bearerFor, json } from '../../support/test-app';
import { makeTagTestApp, seedOrders, type TagTestApp } from './tag-test-app';

let t: TagTestApp;
beforeEach(async () => {
  t = await makeTagTestApp();
  await seedOrders(t);
});

const ids = async (tag: string, login = 'admin1') => {
  const user = { ...t.users[login], name: login, lang: 'zh', telegramUserId: null };
  const page = await listCustomers(t.database.db, user, { extra: [await tagFilterCondition(t.database.client, tag, t.clock.now.toISOString())] });
  return page.items.map((c) => c.customer_id);
};

describe('incremental tags and the ?tag= filter', () => {
  it('new orders tag their customers at once, and the filter finds them by name or id, per visibility', async () => {
    // seedOrders went through POST /api/orders → the activity hook evaluated the rule tags of those customers.
    expect(await ids('高净值客户')).toEqual(['C-1', 'C-2']);
    expect(await ids('high_net_worth')).toEqual(['C-1', 'C-2']);
    expect(await ids('high_net_worth', 'sales1')).toEqual(['C-1']);
    expect(await ids('没有这个标签')).toEqual([]);
    await t.request('/api/events', { method: 'POST', ...json({ customer_id: 'C-3', type: 'view', occurred_at: '2026-11-24 09:00:00', product: 'X3', duration_s: 600 }, await bearerFor(t, 'admin1')) });
    expect(await ids('高购买意向')).toEqual(['C-3']);
    t.clock.now = new Date('2026-12-02T00:00:00Z');
    expect(await ids('高购买意向')).toEqual([]);
  });
});
