import { beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, seedCustomers, type TestApp } from '../support/test-app';
import { makeBotHarness, seedWeeklyChurn } from '../support/bot-harness';
import { createLinkCode } from '../../server/services/users';
import { createCustomer } from '../../server/services/customers';

let t: TestApp;
let h: ReturnType<typeof makeBotHarness>;
const SALES_TG = 5001;
const MANAGER_TG = 7001;

beforeEach(async () => {
  t = await makeTestApp();
  await seedCustomers(t);
  h = makeBotHarness(t);
  for (const [login, tg] of [['sales1', SALES_TG], ['manager1', MANAGER_TG]] as const) {
    await h.text(tg, `/start ${await createLinkCode(t.database.db, login, t.clock.now)}`);
  }
  await seedWeeklyChurn(t, [
    { customerId: 'C-1', level: 'high', score: 0.81, valueAtRisk: 8000, reason: '距上次购买 97 天,是平时间隔的 2.4 倍', previousLevel: 'medium' },
    { customerId: 'C-3', level: 'high', score: 0.7, valueAtRisk: 12000, previousLevel: 'high' },
    { customerId: 'C-2', level: 'high', score: 0.9, valueAtRisk: 9000, previousLevel: 'low' },
    { customerId: 'C-4', level: 'medium', score: 0.4, valueAtRisk: 500, previousLevel: 'low' },
  ]);
});

describe('bot: /churn', () => {
  it('a salesperson gets only their own customers, newly at risk first, with reasons, value at risk, links and buttons', async () => {
    const calls = await h.text(SALES_TG, '/churn');
    const [reply] = h.replies(calls);
    expect(reply).toContain('本周(2026-W48)高流失风险客户共 2 位');
    expect(reply).not.toContain('李娜');
    expect(reply).not.toContain('负责人');
    expect(reply.indexOf('张伟')).toBeLessThan(reply.indexOf('王芳物流')); // newly at risk first, although worth less
    expect(reply).toMatch(/1\. 🆕 新进入 <b>张伟<\/b>/);
    expect(reply).toContain('0.81 · 风险价值 ¥8,000');
    expect(reply).toContain('距上次购买 97 天,是平时间隔的 2.4 倍');
    expect(reply).toContain('/customers/C-1');
    expect(h.buttons(calls).map((b) => b[1])).toEqual(['ct:C-1', 'nt:C-1', 'ct:C-3', 'nt:C-3']);
  });

  it('a manager gets the team\'s list with owners', async () => {
    const [reply] = h.replies(await h.text(MANAGER_TG, '/churn'));
    expect(reply).toContain('共 3 位');
    expect(reply).toMatch(/<b>李娜<\/b> · 负责人 sales2/);
    expect(reply).toMatch(/<b>张伟<\/b> · 负责人 sales1/);
    expect(reply).not.toContain('刘洋'); // medium risk
    // newly at risk by value at risk (李娜 9000, 张伟 8000), then the rest
    expect(reply.indexOf('李娜')).toBeLessThan(reply.indexOf('张伟'));
    expect(reply.indexOf('张伟')).toBeLessThan(reply.indexOf('王芳物流'));
  });

  it('pages five at a time with a next button', async () => {
    for (let i = 10; i < 16; i++) {
      await createCustomer(t.database.db, { customer_id: `C-${i}`, name: `客户${i}`, owner: 'sales1' }, t.clock.now);
      await seedWeeklyChurn(t, [{ customerId: `C-${i}`, level: 'high', score: 0.6, valueAtRisk: 100 * i, previousLevel: 'high' }]);
    }
    const first = await h.text(SALES_TG, '/churn');
    expect(h.replies(first)[0]).toContain('共 8 位');
    expect(h.buttons(first).at(-1)).toEqual(['下一页 »', 'cp:5']);
    const second = await h.press(SALES_TG, 'cp:5');
    const edit = second.find((c) => c.method === 'editMessageText')!;
    expect(String(edit.payload.text)).toMatch(/^[\s\S]*6\. <b>客户12<\/b>/);
    expect(h.buttons(second).map((b) => b[1])).toContain('cp:0');
  });

  it('"contacted" logs a note and a contact event once', async () => {
    const press = await h.press(SALES_TG, 'ct:C-1');
    expect(h.toasts(press)).toEqual(['已记录:已联系 张伟。']);
    const notes = await t.database.client.execute("SELECT n.text FROM notes n JOIN customers c ON c.pk = n.customer_pk WHERE c.customer_id = 'C-1'");
    const events = await t.database.client.execute("SELECT e.type FROM events e JOIN customers c ON c.pk = e.customer_pk WHERE c.customer_id = 'C-1'");
    expect(notes.rows.map((r) => r[0])).toEqual(['已联系(来自 Telegram)']);
    expect(events.rows.map((r) => r[0])).toEqual(['contacted']);
  });

  it('a salesperson cannot mark another salesperson\'s customer', async () => {
    const press = await h.press(SALES_TG, 'ct:C-2');
    expect(h.replies(press)).toEqual([expect.stringMatching(/没有找到/)]);
    const events = await t.database.client.execute('SELECT count(*) FROM events');
    expect(Number(events.rows[0][0])).toBe(0);
  });
});

describe('bot: free-text intents', () => {
  it('"本周哪些客户有流失风险" gives the weekly list in Chinese', async () => {
    const [reply] = h.replies(await h.text(SALES_TG, '本周哪些客户有流失风险'));
    expect(reply).toContain('本周(2026-W48)高流失风险客户共 2 位');
  });

  it('"who is at churn risk this week" gives it in English to an English user', async () => {
    const [reply] = h.replies(await h.text(SALES_TG, 'who is at churn risk this week', { lang: 'en' }));
    expect(reply).toContain('2 customers at high churn risk this week (2026-W48)');
    expect(reply).toContain('value at risk ¥8,000');
    expect(reply).toContain('🆕 new');
  });

  it('segments and help in both languages; anything else gets a hint', async () => {
    expect(h.replies(await h.text(SALES_TG, '客户分层情况'))[0]).toContain('客户分层概况(2026-W48)');
    expect(h.replies(await h.text(SALES_TG, 'segments please', { lang: 'en' }))[0]).toContain('Segment overview (2026-W48)');
    expect(h.replies(await h.text(SALES_TG, 'help', { lang: 'en' }))[0]).toMatch(/You can ask me/);
    expect(h.replies(await h.text(SALES_TG, '你好'))[0]).toMatch(/没太明白/);
  });
});
