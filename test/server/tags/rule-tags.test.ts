import { beforeEach, describe, expect, it } from 'vitest';
import { cardTags } from '../../../server/tags/card-tags';
import { evaluateRuleTags } from '../../../server/tags/evaluate-rule-tags';
import { ensureDefaultTags, insertTagStatement } from '../../../server/tags/tag-repository';
import { defaultTaxonomy } from '../../../shared/tags/index';
import { bearerFor, json } from '../../support/test-app';
import { makeTagTestApp, pkOf, seedOrders, type TagTestApp } from './tag-test-app';

let t: TagTestApp;
beforeEach(async () => {
  t = await makeTagTestApp();
  await seedOrders(t);
});

const live = async (tagId: string) => (await t.database.client.execute({
  sql: 'SELECT c.customer_id FROM tag_assignments a JOIN customers c ON c.pk = a.customer_pk WHERE a.tag_id = ? AND a.removed_at IS NULL ORDER BY c.customer_id',
  args: [tagId],
})).rows.map((r) => r.customer_id);

const custom = (id: string, zh: string, expression: string) => insertTagStatement({
  id, name: { zh, en: zh }, category: { zh: '测试', en: 'Test' }, group: { zh: '测试', en: 'Test' }, kind: 'rule', expression, description: { zh, en: zh },
});

describe('evaluateRuleTags', () => {
  it('seeds the default taxonomy once', async () => {
    await t.database.client.execute('DELETE FROM tags');
    expect(await ensureDefaultTags(t.database.client)).toBe(defaultTaxonomy().length);
    expect(await ensureDefaultTags(t.database.client)).toBe(0);
  });

  it('assigns with source, reason and time, and on a later date removes but keeps the history', async () => {
    const first = await evaluateRuleTags(t.database, '2026-11-24', '2026-11-24T02:00:00.000Z');
    expect(first.errors).toEqual([]);
    expect(first.customers).toBe(4);
    expect(await live('high_net_worth')).toEqual(['C-1', 'C-2']);
    expect(await live('aov_falling')).toEqual([]);
    const row = (await t.database.client.execute({ sql: "SELECT source, reason, assigned_at FROM tag_assignments WHERE tag_id = 'high_net_worth' AND customer_pk = ?", args: [await pkOf(t, 'C-2')] })).rows[0];
    expect([row.source, row.assigned_at]).toEqual(['rule', '2026-11-24T02:00:00.000Z']);
    expect(JSON.parse(String(row.reason)).zh).toBe('近 365 天消费超过 10 万（种子文档的示例规则）（monetary_365d = 150000）');

    const again = await evaluateRuleTags(t.database, '2026-11-24', '2026-11-25T02:00:00.000Z');
    expect([again.added, again.removed]).toEqual([0, 0]);

    // 2027-08-01: C-1 keeps only 50,000 within 365 days, C-2 none → both lose the tag.
    const later = await evaluateRuleTags(t.database, '2027-08-01', '2027-08-01T02:00:00.000Z');
    expect(later.tags.find((x) => x.id === 'high_net_worth')).toMatchObject({ members: 0, added: 0, removed: 2 });
    expect(await live('high_net_worth')).toEqual([]);
    const history = (await t.database.client.execute("SELECT assigned_at, removed_at FROM tag_assignments WHERE tag_id = 'high_net_worth'")).rows;
    expect(history.map((r) => [r.assigned_at, r.removed_at])).toEqual([
      ['2026-11-24T02:00:00.000Z', '2027-08-01T02:00:00.000Z'], ['2026-11-24T02:00:00.000Z', '2027-08-01T02:00:00.000Z'],
    ]);
  });

  it('evaluates tags read through has_tag first, so dependants see this run’s result', async () => {
    await ensureDefaultTags(t.database.client);
    // Defined before the tag it depends on: the dependency order, not table order, must decide.
    await t.database.client.batch([custom('dep_b', '依赖标签', 'has_tag("基础标签") and frequency >= 2'), custom('dep_a', '基础标签', 'monetary > 100000')], 'write');
    await evaluateRuleTags(t.database, '2026-11-24', '2026-11-24T02:00:00.000Z');
    expect(await live('dep_a')).toEqual(['C-1', 'C-2']);
    expect(await live('dep_b')).toEqual(['C-1']);
  });

  it('reads stored assignments inside a has_tag cycle instead of failing', async () => {
    await ensureDefaultTags(t.database.client);
    await t.database.client.batch([custom('cyc_a', '循环甲', 'has_tag("循环乙") or frequency >= 3'), custom('cyc_b', '循环乙', 'has_tag("循环甲")')], 'write');
    const first = await evaluateRuleTags(t.database, '2026-11-24', '2026-11-24T02:00:00.000Z', { tagIds: ['cyc_a', 'cyc_b'] });
    expect(first.errors).toEqual([]);
    // 乙 (read by 甲) runs first and sees no stored 甲 yet; 甲 then sees the fresh 乙 and frequency.
    expect(await live('cyc_a')).toEqual(['C-1']);
    expect(await live('cyc_b')).toEqual([]);
    await evaluateRuleTags(t.database, '2026-11-24', '2026-11-24T03:00:00.000Z', { tagIds: ['cyc_a', 'cyc_b'] });
    expect(await live('cyc_b')).toEqual(['C-1']);
  });

  it('tags interview answers from the latest interview, and statistical tags from segment labels', async () => {
    const h = await bearerFor(t, 'admin1');
    const interview = (id: string, at: string, share: number) => t.request('/api/interviews', {
      method: 'POST', ...json({ id, customer_id: 'C-3', template_id: 'customer_interview', template_version: 1, conducted_at: at, answers: { basic: { age: 35, gender: 'male' }, purchase: { purchase_type: 'first' }, vehicle_use: { cargo_share: share } } }, h),
    });
    expect((await interview('iv-00000001', '2026-11-01T02:00:00Z', 0.2)).status).toBe(201);
    expect((await interview('iv-00000002', '2026-11-10T02:00:00Z', 0.6)).status).toBe(201);
    await t.database.client.execute({
      sql: `INSERT INTO customer_scores (customer_pk, as_of, frequency, monetary, lifecycle, computed_at) VALUES (?, '2026-11-24', 0, 0, 'prospect', 'x')`,
      args: [await pkOf(t, 'C-3')],
    });
    await evaluateRuleTags(t.database, '2026-11-24', '2026-11-24T02:00:00.000Z');
    const tags = await cardTags(t.database, await pkOf(t, 'C-3'), '2026-11-24T02:00:00.000Z');
    const cargo = tags.find((x) => x.name.zh === '货运为主');
    expect(cargo?.kind).toBe('manual');
    expect(cargo?.reason).toEqual({ zh: '深访:拉货 60%', en: 'Interview answer — Cargo: 60%' });
    expect(tags.find((x) => x.name.zh === '首购客户')?.group).toBe('购车类型');
    expect(tags.find((x) => x.name.zh === '潜在客户')?.reason.zh).toBe('还没有成交过订单');
    const preview = await t.request('/api/tags/preview', { method: 'POST', ...json({ expression: 'interview.vehicle_use.cargo_share >= 0.5' }, h) });
    expect(await preview.json()).toEqual({ count: 1, sample: ['C-3'] });
  });

  it('drops erased customers and closes the assignments of retired tags', async () => {
    await evaluateRuleTags(t.database, '2026-11-24', '2026-11-24T02:00:00.000Z');
    await t.database.client.execute("UPDATE customers SET erased_at = '2026-11-24' WHERE customer_id = 'C-2'");
    await t.database.client.execute("UPDATE tags SET active = 0 WHERE id = 'gender_male'");
    await t.database.client.execute({ sql: "INSERT INTO tag_assignments (tag_id, customer_pk, source, assigned_at) VALUES ('gender_male', ?, 'rule', 'x')", args: [await pkOf(t, 'C-1')] });
    await evaluateRuleTags(t.database, '2026-11-24', '2026-11-25T02:00:00.000Z');
    expect(await live('high_net_worth')).toEqual(['C-1']);
    expect(await live('gender_male')).toEqual([]);
  });
});
