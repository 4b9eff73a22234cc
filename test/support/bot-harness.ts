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
export function makeBotHarness(t: TestApp) {
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
  let updateId = 1;

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
    replies: (cs: ApiCall[]) => cs.filter((c) => c.method === 'sendMessage' || c.method === 'editMessageText').map((c) => String(c.payload.text)),
  };
}
