import { beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, seedCustomers, type TestApp } from '../../support/test-app';
import { seedWeeklyChurn } from '../../support/bot-harness';
import { sendOwnerAlerts } from '../../../server/digest/owner-alerts';
import { createCustomer } from '../../../server/services/customers';

let t: TestApp;
let sent: { chatId: number; text: string }[];
const send = async (chatId: number, text: string) => { sent.push({ chatId, text }); };
const pks = async (...ids: string[]) => (await t.database.client.execute({
  sql: `SELECT pk FROM customers WHERE customer_id IN (${ids.map(() => '?').join(',')})`, args: ids,
})).rows.map((r) => Number(r[0]));
const alert = async (ids: string[], maxListed?: number) => sendOwnerAlerts(
  { database: t.database, config: t.deps.config, send, now: t.clock.now },
  { week: '2026-W48', customerPks: await pks(...ids), maxListed },
);

beforeEach(async () => {
  t = await makeTestApp();
  await seedCustomers(t);
  sent = [];
  // sales1 is linked to Telegram 5001; sales2 is not linked.
  await t.database.client.execute("UPDATE users SET telegram_user_id = 5001 WHERE login = 'sales1'");
  await createCustomer(t.database.db, { customer_id: 'C-5', name: '陈静', phone: '13655556666', owner: 'sales1' }, t.clock.now);
  await seedWeeklyChurn(t, [
    { customerId: 'C-1', level: 'high', score: 0.8, valueAtRisk: 8000, reason: '距上次购买 97 天' },
    { customerId: 'C-2', level: 'high', score: 0.9, valueAtRisk: 9000 },
    { customerId: 'C-3', level: 'high', score: 0.7, valueAtRisk: 12000 },
    { customerId: 'C-4', level: 'high', score: 0.6, valueAtRisk: 500 },
    { customerId: 'C-5', level: 'high', score: 0.75, valueAtRisk: 3000 },
  ]);
});

describe('owner alerts after a refresh', () => {
  it('sends each linked owner one grouped message, phones masked, by value at risk', async () => {
    const result = await alert(['C-1', 'C-2', 'C-3', 'C-4']);
    expect(sent).toHaveLength(1);
    expect(sent[0].chatId).toBe(5001);
    const text = sent[0].text;
    expect(text).toContain('2026-W48:您负责的客户中有 2 位刚进入高流失风险');
    expect(text.indexOf('王芳物流')).toBeLessThan(text.indexOf('张伟')); // ¥12,000 before ¥8,000
    expect(text).toContain('138****1234');
    expect(text).toContain('137****2222');
    expect(text).not.toMatch(/13812341234|13711112222/);
    expect(text).toContain('距上次购买 97 天');
    expect(text).toContain('/customers/C-1');
    expect(text).not.toContain('李娜'); // another owner's customer, and that owner is not linked
    expect(result).toEqual({ week: '2026-W48', messages: 1, alerted: 2, skipped: 2, failed: 0 });
  });

  it('does not alert the same customer twice in a week; a newly risky one gets its own message', async () => {
    await alert(['C-1', 'C-3']);
    const second = await alert(['C-1', 'C-3']);
    expect(second.messages).toBe(0);
    expect(sent).toHaveLength(1);
    await alert(['C-1', 'C-3', 'C-5']);
    expect(sent).toHaveLength(2);
    expect(sent[1].text).toContain('有 1 位');
    expect(sent[1].text).toContain('陈静');
    expect(sent[1].text).not.toContain('张伟');
    const rows = await t.database.client.execute("SELECT count(*), count(sent_at) FROM owner_alerts WHERE week = '2026-W48'");
    expect([Number(rows.rows[0][0]), Number(rows.rows[0][1])]).toEqual([3, 3]);
  });

  it('two concurrent runs (replicas) still send one message per customer', async () => {
    await Promise.all([alert(['C-1', 'C-3', 'C-5']), alert(['C-1', 'C-3', 'C-5'])]);
    const listed = sent.flatMap((m) => ['张伟', '王芳物流', '陈静'].filter((n) => m.text.includes(n)));
    expect(listed.sort()).toEqual(['张伟', '王芳物流', '陈静'].sort());
  });

  it('lists at most N customers and counts the rest', async () => {
    await alert(['C-1', 'C-3', 'C-5'], 2);
    expect(sent[0].text).toContain('有 3 位');
    expect(sent[0].text).toContain('王芳物流');
    expect(sent[0].text).toContain('张伟');
    expect(sent[0].text).not.toContain('陈静');
    expect(sent[0].text).toContain('…另有 1 位');
  });

  it('a failed send is forgotten so that the next refresh retries; English owners get English', async () => {
    await t.database.client.execute("UPDATE users SET lang = 'en' WHERE login = 'sales1'");
    const failing = await sendOwnerAlerts(
      { database: t.database, config: t.deps.config, now: t.clock.now, send: async () => { throw new Error('Forbidden: bot was blocked by the user'); } },
      { week: '2026-W48', customerPks: await pks('C-1') },
    );
    expect(failing).toMatchObject({ messages: 0, failed: 1 });
    await alert(['C-1']);
    expect(sent).toHaveLength(1);
    expect(sent[0].text).toContain('1 of your customers just moved into high churn risk');
  });
});
