import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../server/db/client';
import { loadConfig } from '../../../server/config';
import { loadDemo } from '../../../server/services/demo-loader';
import { runRefresh, type RefreshReport } from '../../../server/analytics/refresh';
import { loadCustomerFacts } from '../../../server/analytics/customer-facts';
import { computeSegments } from '../../../server/analytics/compute-segments';
import { fitAndScoreModels } from '../../../server/analytics/model-step';
import { loadThresholds } from '../../../server/analytics/thresholds';
import { churnBatchFor } from '../../../server/analytics/churn-step';
import { cardAnalytics } from '../../../server/analytics/card-analytics';
import { weeklyChurnList } from '../../../server/analytics/churn-list';
import { sendOwnerAlerts } from '../../../server/digest/owner-alerts';
import { apiChurnReasons, churnLevelAt, churnRiskReader, decodeChurnReasons } from '../../../shared/churn';
import type { ChurnReason } from '../../../shared/api/types';
import { dayNumber } from '../../../shared/time/calendar';
import { esc } from '../../../bot/html';

/**
 * The refresh stores churn reasons compactly (shared/churn/reason-codec) and the
 * readers render their texts: what the card, the weekly list and the owner
 * alerts show must be exactly `apiChurnReasons` of the scorer's reasons, as
 * when the texts were stored. The expected reasons are recomputed here from the
 * same facts and models the refresh used.
 */
const now = new Date('2026-11-24T02:00:00Z');
const config = { ...loadConfig({}), demo: true };
let database: Database;
let report: RefreshReport;
/** customer pk → the API's reasons as JSON, for every scored customer. */
const expected = new Map<number, string>();
const idOf = new Map<number, string>();

beforeAll(async () => {
  database = await openDatabase('file::memory:');
  await loadDemo(database, config, now, { customers: 300, seed: 5 });
  report = await runRefresh(database, { asOf: '2026-11-24', computedAt: now });
  const c = database.client;
  const t = await loadThresholds(c);
  const facts = await loadCustomerFacts(c, dayNumber('2026-11-24'));
  const { columns, context, batch } = churnBatchFor(facts, computeSegments(facts, t).rfm.recencyDays, fitAndScoreModels(facts, t), t);
  const reader = churnRiskReader(columns, context);
  for (let i = 0; i < facts.n; i++) {
    const level = churnLevelAt(batch, i);
    if (level === null) continue;
    const reasons = level === 'low' ? [] : apiChurnReasons(reader(i)!.reasons);
    expected.set(facts.pk[i], JSON.stringify(reasons));
  }
  for (const r of (await c.execute('SELECT pk, customer_id FROM customers')).rows) idOf.set(Number(r[0]), String(r[1]));
}, 60_000);

describe('stored churn reasons', () => {
  it('are stored compactly, without the texts', async () => {
    const rows = (await database.client.execute('SELECT customer_pk, churn_level, churn_reasons FROM customer_scores')).rows;
    let withReasons = 0;
    for (const row of rows) {
      const [pk, level, stored] = [row[0], row[1], row[2]];
      if (level === null) {
        expect([pk, stored]).toEqual([pk, null]);
        continue;
      }
      const s = String(stored);
      expect(s).toMatch(/^\[(\["[a-z_]+",[^{}]*\])?\]$/);
      expect(s).not.toMatch(/"text"|"zh"|"en"/);
      if (s !== '[]') withReasons++;
      expect(JSON.stringify(decodeChurnReasons(s))).toBe(expected.get(Number(pk)));
    }
    expect(withReasons).toBeGreaterThan(50);
  });

  it('reach the card exactly as the API gave them before', async () => {
    let checked = 0;
    for (const [pk, json] of expected) {
      const card = await cardAnalytics(database.client, pk);
      expect([pk, JSON.stringify(card!.churn.reasons)]).toEqual([pk, json]);
      checked++;
    }
    expect(checked).toBeGreaterThan(200);
  });

  it('reach the weekly churn list exactly as the API gave them before', async () => {
    const admin = { id: 0, login: 'admin', name: 'admin', role: 'admin' as const, lang: 'en', telegramUserId: null };
    const list = await weeklyChurnList(database.client, admin, { limit: 500 });
    expect(list.items.length).toBe(list.total);
    expect(list.items.length).toBeGreaterThan(20);
    const byId = new Map([...expected].map(([pk, json]) => [idOf.get(pk)!, json]));
    for (const item of list.items) expect([item.customer_id, JSON.stringify(item.reasons)]).toEqual([item.customer_id, byId.get(item.customer_id)]);
  });

  it('give the owner alert its top reason in the owner\'s language', async () => {
    const c = database.client;
    await c.execute("UPDATE users SET telegram_user_id = 7000 + id, lang = CASE WHEN id % 2 = 0 THEN 'en' ELSE 'zh' END WHERE role = 'sales'");
    const owners = new Map((await c.execute("SELECT telegram_user_id, lang FROM users WHERE role = 'sales'")).rows.map((r) => [Number(r[0]), String(r[1]) as 'zh' | 'en']));
    const sent: { chatId: number; text: string }[] = [];
    const pks = report.newly_high_risk_pks;
    expect(pks.length).toBeGreaterThan(0);
    const result = await sendOwnerAlerts({ database, config, now, send: async (chatId, text) => { sent.push({ chatId, text }); } },
      { week: report.week, customerPks: pks, maxListed: 1000 });
    expect(result.messages).toBeGreaterThan(0);
    const alerted = (await c.execute({ sql: 'SELECT customer_pk FROM owner_alerts WHERE week = ?', args: [report.week] })).rows.map((r) => Number(r[0]));
    const tops = new Set<string>();
    for (const pk of alerted) {
      const top = (JSON.parse(expected.get(pk)!) as ChurnReason[])[0];
      if (top) tops.add(top.code);
      const owner = await c.execute({ sql: 'SELECT u.telegram_user_id FROM customers c JOIN users u ON u.id = c.owner_id WHERE c.pk = ?', args: [pk] });
      const chatId = Number(owner.rows[0][0]);
      const message = sent.find((m) => m.chatId === chatId)!.text;
      if (top) expect(message).toContain(`   · ${esc(top.text[owners.get(chatId)!])}`);
    }
    expect(tops.size).toBeGreaterThan(0);
  });
});
