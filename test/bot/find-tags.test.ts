import { beforeEach, describe, expect, it } from 'vitest';
import { CARD_TAG_LIMIT } from '../../bot/render-card';
import { dayNumber } from '../../shared/time/calendar';
import { createLinkCode } from '../../server/services/users';
import { makeBotHarness } from '../support/bot-harness';
import { bearerFor, json } from '../support/test-app';
import { makeTagTestApp, pkOf, seedOrders, type TagTestApp } from '../server/tags/tag-test-app';

let t: TagTestApp;
let h: ReturnType<typeof makeBotHarness>;
const SALES_TG = 5001;

beforeEach(async () => {
  t = await makeTagTestApp(); // clock: 2026-11-24T02:00Z = 10:00 in Asia/Shanghai
  await seedOrders(t); // C-1 张伟 (sales1) carries 高净值客户
  h = makeBotHarness(t);
  await h.text(SALES_TG, `/start ${await createLinkCode(t.database.db, 'sales1', t.clock.now)}`);
});

const botUses = async () => (await t.database.client.execute("SELECT tag_id, user_id, day FROM tag_usage WHERE kind = 'bot' ORDER BY id")).rows
  .map((r) => [r.tag_id, r.user_id, r.day]);
const tagLine = (card: string) => card.split('\n').find((l) => l.startsWith('标签: ')) ?? null;

describe('bot /find: the compact portrait shows the top tags and counts them', () => {
  it('shows a tag fired by an event straight away, counts a bot use of each tag shown, and drops it after expiry', async () => {
    const posted = await t.request('/api/events', {
      method: 'POST', ...json({ customer_id: 'C-1', type: 'view', occurred_at: '2026-11-24 09:30:00', product: 'X3', duration_s: 360 }, await bearerFor(t, 'sales1')),
    });
    expect(posted.status).toBe(201);
    const [card] = h.replies(await h.text(SALES_TG, '/find 张伟'));
    expect(tagLine(card)).toBe('标签: 高购买意向、高净值客户');
    const sales1 = t.users.sales1.id;
    expect(await botUses()).toEqual([['high_purchase_intent', sales1, dayNumber('2026-11-24')], ['high_net_worth', sales1, dayNumber('2026-11-24')]]);

    t.clock.now = new Date('2026-12-01T02:00:00Z'); // the event tag's expiry
    const [later] = h.replies(await h.text(SALES_TG, '查一下 1234')); // free text reaches the same card
    expect(tagLine(later)).toBe('标签: 高净值客户');
    expect((await botUses()).slice(2)).toEqual([['high_net_worth', sales1, dayNumber('2026-12-01')]]);
  });

  it(`shows and counts at most ${CARD_TAG_LIMIT} tags; a card without tags counts nothing`, async () => {
    // Seven manual (interview) tags on C-1, assigned one minute apart: the card lists the rule tag first, then the newest manual ones.
    const manual = (await t.database.client.execute("SELECT id, name_zh FROM tags WHERE kind = 'manual' ORDER BY id LIMIT 7")).rows
      .map((r) => ({ id: String(r.id), name: String(r.name_zh) }));
    expect(manual).toHaveLength(7);
    const pk = await pkOf(t, 'C-1');
    await t.database.client.batch(manual.map((m, i) => ({
      sql: "INSERT INTO tag_assignments (tag_id, customer_pk, source, reason, assigned_at) VALUES (?, ?, 'manual', ?, ?)",
      args: [m.id, pk, JSON.stringify({ zh: '深访', en: 'Interview' }), `2026-11-24T01:0${i}:00.000Z`],
    })), 'write');
    const [card] = h.replies(await h.text(SALES_TG, '/find 张伟'));
    const newest = [...manual].reverse().slice(0, CARD_TAG_LIMIT - 1);
    expect(tagLine(card)).toBe(`标签: ${['高净值客户', ...newest.map((m) => m.name)].join('、')}`);
    expect((await botUses()).map((u) => u[0])).toEqual(['high_net_worth', ...newest.map((m) => m.id)]);

    const before = (await botUses()).length;
    const [other] = h.replies(await h.text(SALES_TG, '/find 王芳'));
    expect(other).toContain('🆔 C-3');
    expect(tagLine(other)).toBeNull();
    expect(await botUses()).toHaveLength(before);
  });
});
