/**
 * Server-side latency of the bot's `/churn` answer at 1M customers.
 *
 *   node --import tsx test/bench/bot-churn-bench.ts [--customers 1000000] [--runs 20] [--keep]
 *
 * Builds a temporary SQLite file with N customers spread over 50 salespeople,
 * their customer_scores (10 % at high churn risk) and two weeks of snapshots
 * (so "newly at risk" is computed as in production), all with multi-row
 * `INSERT … SELECT` over a recursive CTE (no per-row objects). Then it drives
 * the real bot through its Hono webhook handler with /churn updates, the Bot
 * API replaced by a fetch that answers at once, and times each request from
 * POST to response (grammY answers the webhook after the handler, including
 * the sendMessage call, has finished). Prints one JSON document: build times
 * and p50/p95/max (nearest-rank) per role over the runs, after 2 warm-up runs.
 * `--keep` leaves the database file for query plans (its path goes to stderr).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Hono } from 'hono';
import { webhookCallback } from 'grammy';
import { openDatabase } from '../../server/db/client';
import { loadConfig } from '../../server/config';
import { addUser } from '../../server/services/users';
import { createBotServices } from '../../server/services/bot-services';
import { createBot } from '../../bot/create-bot';
import { BOT_INFO, SECRET } from '../support/bot-harness';

const { values } = parseArgs({ options: { customers: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '20' }, keep: { type: 'boolean', default: false } } });
const N = Number(values.customers);
const RUNS = Number(values.runs);
const REPS = 50;
const BATCH = 100_000;

const dir = mkdtempSync(join(tmpdir(), 'hx-bot-bench-'));
const timings: Record<string, number> = {};
const t0 = performance.now();
const database = await openDatabase(`file:${join(dir, 'bench.db')}`);
const { client } = database;

const reps: number[] = [];
for (let i = 1; i <= REPS; i++) reps.push((await addUser(database.db, { login: `rep${String(i).padStart(2, '0')}`, role: 'sales' })).id);
const manager = await addUser(database.db, { login: 'boss', role: 'manager' });
await client.execute({ sql: 'UPDATE users SET telegram_user_id = ? WHERE id = ?', args: [1001, reps[0]] });
await client.execute({ sql: 'UPDATE users SET telegram_user_id = ? WHERE id = ?', args: [2001, manager.id] });

// Customers n = 1..N, owner rep (floor(n / 7) mod 50); ids and phones derived from n.
let t = performance.now();
for (let from = 1; from <= N; from += BATCH) {
  const to = Math.min(N, from + BATCH - 1);
  await client.execute({
    sql: `WITH RECURSIVE seq(n) AS (SELECT CAST(? AS INTEGER) UNION ALL SELECT n + 1 FROM seq WHERE n < ?)
          INSERT INTO customers (customer_id, name, phone, phone_tail, owner_id, attributes, updated_at)
          SELECT printf('C%07d', n), '客户' || n, printf('138%08d', n), printf('%04d', n % 10000), ? + ((n / 7) % ?), '{}', '2026-11-24T00:00:00Z' FROM seq`,
    args: [from, to, reps[0], REPS],
  });
}
timings.customers_ms = Math.round(performance.now() - t);

// Scores: every 10th customer at high risk; value at risk a deterministic hash of n.
t = performance.now();
const reasons = JSON.stringify([{ code: 'recency', text: { zh: '距上次购买 97 天,是平时间隔的 2.4 倍', en: 'last purchase 97 days ago, 2.4× their usual gap' }, weight: 0.6 }]);
const action = JSON.stringify({ code: 'call', text: { zh: '本周电话回访', en: 'Call this week' } });
await client.execute({
  sql: `INSERT INTO customer_scores (customer_pk, as_of, recency_days, frequency, monetary, lifecycle, churn_score, churn_level, churn_reasons, value_at_risk, clv_12m, next_action, computed_at)
        SELECT pk, '2026-11-24', pk % 400, 1 + pk % 7, 100.0 * (pk % 97), 'active',
          CASE WHEN pk % 10 = 0 THEN 0.7 + (pk % 30) / 100.0 ELSE 0.1 END,
          CASE WHEN pk % 10 = 0 THEN 'high' WHEN pk % 10 < 4 THEN 'medium' ELSE 'low' END,
          CASE WHEN pk % 10 = 0 THEN ? END, ((pk * 7919) % 100003) * 1.0, (pk * 7919) % 100003 * 1.3, ?, '2026-11-24T02:00:00Z'
        FROM customers`,
  args: [reasons, action],
});
timings.scores_ms = Math.round(performance.now() - t);

// Two snapshot weeks; a third of this week's high-risk customers were already high last week.
t = performance.now();
await client.execute(`INSERT INTO segment_snapshots (week, customer_pk, as_of, churn_level, churn_score)
  SELECT '2026-W48', customer_pk, as_of, churn_level, churn_score FROM customer_scores`);
await client.execute(`INSERT INTO segment_snapshots (week, customer_pk, as_of, churn_level, churn_score)
  SELECT '2026-W47', customer_pk, '2026-11-17', CASE WHEN customer_pk % 30 = 0 THEN 'high' ELSE 'low' END, churn_score FROM customer_scores`);
await client.execute('ANALYZE');
timings.snapshots_ms = Math.round(performance.now() - t);
timings.build_total_ms = Math.round(performance.now() - t0);

const config = { ...loadConfig({}), demo: false };
const now = () => new Date('2026-11-24T02:00:00Z');
let sent = '';
const fetchOk = (async (url: string | URL, init?: RequestInit) => {
  const method = String(url).split('/').pop();
  const payload = init?.body ? JSON.parse(String(init.body)) : {};
  if (method === 'sendMessage') sent = String(payload.text);
  return new Response(JSON.stringify({ ok: true, result: { message_id: 1, date: 0, chat: { id: payload.chat_id, type: 'private' }, text: payload.text } }));
}) as typeof fetch;
const bot = createBot({ token: '1:BENCH', services: createBotServices(database, config, now), botInfo: BOT_INFO, fetch: fetchOk, log: () => {} });
const app = new Hono();
app.post('/telegram/webhook', webhookCallback(bot, 'hono', { secretToken: SECRET }));

let updateId = 1;
async function churnOnce(telegramId: number): Promise<number> {
  const id = updateId++;
  const body = JSON.stringify({
    update_id: id,
    message: { message_id: id, date: 1_764_000_000, text: '/churn', entities: [{ type: 'bot_command', offset: 0, length: 6 }], from: { id: telegramId, is_bot: false, first_name: 'U', language_code: 'zh' }, chat: { id: telegramId, type: 'private' } },
  });
  const start = performance.now();
  const res = await app.request('/telegram/webhook', { method: 'POST', headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET }, body });
  await res.text();
  const ms = performance.now() - start;
  if (res.status !== 200 || !sent.includes('高流失风险客户共')) throw new Error(`unexpected answer: ${res.status} ${sent.slice(0, 80)}`);
  return ms;
}

const nearestRank = (sorted: number[], p: number) => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)];
async function measure(telegramId: number) {
  for (let i = 0; i < 2; i++) await churnOnce(telegramId);
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) ms.push(await churnOnce(telegramId));
  ms.sort((a, b) => a - b);
  const total = /共 (\d+) 位/.exec(sent)?.[1];
  const r1 = (x: number) => Math.round(x * 10) / 10;
  return { runs: RUNS, listed_total: Number(total), p50_ms: r1(nearestRank(ms, 0.5)), p95_ms: r1(nearestRank(ms, 0.95)), max_ms: r1(ms[ms.length - 1]) };
}

const result = {
  customers: N,
  salespeople: REPS,
  high_risk: Number((await client.execute("SELECT count(*) FROM customer_scores WHERE churn_level = 'high'")).rows[0][0]),
  build: timings,
  churn_answer: { sales: await measure(1001), manager: await measure(2001) },
  node: process.version,
};
process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
database.close();
if (values.keep) process.stderr.write(`database kept: ${join(dir, 'bench.db')}\n`);
else rmSync(dir, { recursive: true, force: true });
