import { Hono } from 'hono';
import { webhookCallback } from 'grammy';
import { createBot } from '../../bot/create-bot';
import { createBotServices } from '../../server/services/bot-services';
import type { TestApp } from './test-app';

export const BOT_INFO = {
  id: 42, is_bot: true as const, first_name: 'Huaxiang', username: 'huaxiang_test_bot', can_join_groups: true,
  can_read_all_group_messages: false, supports_inline_queries: false, can_connect_to_business: false, has_main_web_app: false,
  has_topics_enabled: false, allows_users_to_create_topics: false, can_manage_bots: false, supports_join_request_queries: false,
};
export const SECRET = 'webhook-secret-token';

/** A recorded Bot API call. */
export interface ApiCall { method: string; payload: Record<string, unknown> }

/**
 * The real grammY bot behind its Hono webhook handler, on the test app's real
 * database, with a fake fetch that records every Bot API call and answers ok.
 */
export function makeBotHarness(t: TestApp, opts: { firstUpdateId?: number } = {}) {
  const calls: ApiCall[] = [];
  let messageId = 1000;
  const fakeFetch = (async (url: string | URL, init?: RequestInit) => {
    const method = String(url).split('/').pop()!;
    const payload = init?.body ? JSON.parse(String(init.body)) : {};
    calls.push({ method, payload });
    const result = method.startsWith('send') || method === 'editMessageText'
      ? { message_id: ++messageId, date: 0, chat: { id: payload.chat_id, type: 'private' }, text: payload.text }
      : true;
    return new Response(JSON.stringify({ ok: true, result }), { headers: { 'content-type': 'application/json' } });
  }) as typeof fetch;
  const services = createBotServices(t.database, t.deps.config, t.deps.now);
  const bot = createBot({ token: '123:TEST', services, botInfo: BOT_INFO, fetch: fakeFetch, log: () => {} });
  const app = new Hono();
  app.post('/telegram/webhook', webhookCallback(bot, 'hono', { secretToken: SECRET }));
  let updateId = opts.firstUpdateId ?? 1;

  async function send(update: Record<string, unknown>) {
    const res = await app.request('/telegram/webhook', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(update),
    });
    if (res.status !== 200) throw new Error(`webhook answered ${res.status}`);
  }
  const from = (userId: number, lang = 'zh-hans') => ({ id: userId, is_bot: false, first_name: 'U', language_code: lang });

  return {
    calls, bot, app, services,
    /** Sends a text message (a command gets its bot_command entity) and returns the calls it caused. */
    async text(userId: number, text: string, opts: { lang?: string; chat?: { id: number; type: string }; replyTo?: { text: string }; updateId?: number } = {}) {
      const before = calls.length;
      const id = opts.updateId ?? updateId++;
      const entities = text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.split(/\s/)[0].length }] : undefined;
      await send({
        update_id: id,
        message: {
          message_id: id, date: 1_764_000_000, text, entities, from: from(userId, opts.lang),
          chat: opts.chat ?? { id: userId, type: 'private' },
          ...(opts.replyTo ? { reply_to_message: { message_id: 1, date: 0, chat: { id: userId, type: 'private' }, text: opts.replyTo.text } } : {}),
        },
      });
      return calls.slice(before);
    },
    async press(userId: number, data: string, lang = 'zh-hans') {
      const before = calls.length;
      const id = updateId++;
      await send({
        update_id: id,
        callback_query: { id: `cb${id}`, from: from(userId, lang), chat_instance: 'x', data, message: { message_id: 5, date: 0, chat: { id: userId, type: 'private' }, text: 'list' } },
      });
      return calls.slice(before);
    },
    /** The inline buttons of the last message in `cs` that has any, as [label, callback data]. */
    buttons(cs: ApiCall[]): [string, string][] {
      const withKb = cs.filter((c) => (c.payload.reply_markup as { inline_keyboard?: unknown })?.inline_keyboard).pop();
      const rows = (withKb?.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] } | undefined)?.inline_keyboard ?? [];
      return rows.flat().map((b) => [b.text, b.callback_data]);
    },
    /** Texts of the callback-query answers (toasts) in `cs`. */
    toasts: (cs: ApiCall[]) => cs.filter((c) => c.method === 'answerCallbackQuery').map((c) => c.payload.text as string | undefined),
    replies: (cs: ApiCall[]) => cs.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText').map((c) => String(c.payload.text)),
  };
}

/** One customer's churn figures for `seedWeeklyChurn`. */
export interface ChurnSeed { customerId: string; level: 'high' | 'medium' | 'low'; score: number; valueAtRisk: number; reason?: string; previousLevel?: 'high' | 'medium' | 'low' }

/**
 * Writes what a refresh leaves behind for the churn list — customer_scores and
 * this week's (and, with `previousLevel`, last week's) snapshot rows — so bot
 * tests control exactly who is at risk. Weeks: 2026-W48 (as of 2026-11-24) and 2026-W47.
 */
export async function seedWeeklyChurn(t: TestApp, seeds: ChurnSeed[]) {
  const stmts = [];
  for (const s of seeds) {
    const pk = `(SELECT pk FROM customers WHERE customer_id = '${s.customerId.replace(/'/g, "''")}')`;
    const reasons = JSON.stringify(s.reason ? [{ code: 'recency', text: { zh: s.reason, en: s.reason }, weight: 1 }] : []);
    stmts.push({
      sql: `INSERT OR REPLACE INTO customer_scores (customer_pk, as_of, frequency, monetary, lifecycle, churn_score, churn_level, churn_reasons, value_at_risk, clv_12m, newly_high, computed_at)
            VALUES (${pk}, '2026-11-24', 3, 1000, 'sleeping', ?, ?, ?, ?, ?, ?, '2026-11-24T02:00:00Z')`,
      // As the refresh sets it: high now, and not high in the previous snapshot week.
      args: [s.score, s.level, reasons, s.valueAtRisk, s.valueAtRisk / s.score, s.level === 'high' && s.previousLevel !== 'high' ? 1 : 0],
    });
    stmts.push({ sql: `INSERT OR REPLACE INTO segment_snapshots (week, customer_pk, as_of, churn_level, churn_score) VALUES ('2026-W48', ${pk}, '2026-11-24', ?, ?)`, args: [s.level, s.score] });
    if (s.previousLevel) {
      stmts.push({ sql: `INSERT OR REPLACE INTO segment_snapshots (week, customer_pk, as_of, churn_level, churn_score) VALUES ('2026-W47', ${pk}, '2026-11-17', ?, ?)`, args: [s.previousLevel, s.score] });
    }
  }
  await t.database.client.batch(stmts, 'write');
}
