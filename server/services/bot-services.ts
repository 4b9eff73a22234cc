import { eq } from 'drizzle-orm';
import type { BotServices, BotUser, ChatState } from '../../bot/bot-services';
import type { ChurnList, CustomerListItem, PortraitCard, SegmentCounts } from '../../shared/api/types';
import type { Database } from '../db/client';
import type { Config } from '../config';
import { botChats } from '../db/schema';
import { findVisibleCustomer } from './customer-access';
import { createCustomer, listCustomers } from './customers';
import { portraitCard } from './portrait-card';
import { addEvents, addInterview, addNote } from './activity';
import { dayNumber } from '../../shared/time/calendar';
import { getUser, redeemLinkCode, userForTelegram } from './users';
import { weeklyChurnList } from '../analytics/churn-list';
import { segmentOverview } from '../analytics/segment-overview';
import { digestFor } from './digest';
import { localTimestamp } from '../local-time';
import { DomainError } from '../errors';
import { recordTagUse, usageDay } from '../tags/tag-usage';
import { DEFAULT_INTERVIEW_TEMPLATE, validateAnswers } from '../../shared/interview';

/** The bot's view of the server: the same services and access rules as the HTTP API. */
export function createBotServices(database: Database, config: Config, now: () => Date): BotServices {
  const { db, client } = database;
  const asUser = async (u: BotUser) => {
    const user = await getUser(db, u.id);
    if (!user) throw new Error('user deactivated');
    return user;
  };
  const setChat = async (telegramUserId: number, values: { lang?: string; state?: string | null }) => {
    await db.insert(botChats).values({ telegramUserId, ...values, updatedAt: now().toISOString() })
      .onConflictDoUpdate({ target: botChats.telegramUserId, set: { ...values, updatedAt: now().toISOString() } });
  };
  return {
    publicUrl: config.publicUrl,
    async firstSeen(updateId) {
      const rs = await client.execute({ sql: 'INSERT INTO bot_updates (update_id) VALUES (?) ON CONFLICT DO NOTHING', args: [updateId] });
      return rs.rowsAffected === 1;
    },
    userForTelegram: (id) => userForTelegram(db, id),
    redeemLinkCode: (code, id) => redeemLinkCode(db, code, id, now()),
    async chatLang(id) {
      return (await db.select({ lang: botChats.lang }).from(botChats).where(eq(botChats.telegramUserId, id)).get())?.lang ?? null;
    },
    setChatLang: (id, lang) => setChat(id, { lang }),
    async chatState(id) {
      const row = await db.select({ state: botChats.state }).from(botChats).where(eq(botChats.telegramUserId, id)).get();
      return row?.state ? (JSON.parse(row.state) as ChatState) : null;
    },
    setChatState: (id, state) => setChat(id, { state: state ? JSON.stringify(state) : null }),
    async churnList(u, page): Promise<ChurnList & { total: number }> {
      return weeklyChurnList(client, await asUser(u), page);
    },
    async findCustomers(u, query, limit): Promise<CustomerListItem[]> {
      return (await listCustomers(db, await asUser(u), { q: query, limit })).items;
    },
    async portraitCard(u, customerId): Promise<PortraitCard> {
      const row = await findVisibleCustomer(db, await asUser(u), customerId);
      return (await portraitCard(database, row, now())) as unknown as PortraitCard;
    },
    async recordTagUse(u, tagIds, kind) {
      await recordTagUse(database, tagIds, kind, (await asUser(u)).id, usageDay(now(), config.timeZone));
    },
    async addNote(u, customerId, text, clientId) {
      await addNote(database, await asUser(u), { id: clientId, customer_id: customerId, text });
    },
    async markContacted(u, customerId, clientId) {
      const user = await asUser(u);
      const local = localTimestamp(now(), config.timeZone);
      await addNote(database, user, { id: clientId, customer_id: customerId, text: '已联系(来自 Telegram)' });
      await addEvents(database, user, [{
        customer_id: customerId, type: 'contacted', occurred_at: local, day: dayNumber(local.slice(0, 10)), product: null, duration_s: null, client_id: `c:${clientId}`,
      }]);
    },
    async segmentCounts(u): Promise<SegmentCounts> {
      return segmentOverview(client, await asUser(u));
    },
    async digestText(u, lang) {
      return (await digestFor(database, config, await asUser(u), now())).html[lang];
    },
    async createProspect(u, { name, phone }) {
      const user = await asUser(u);
      const row = await createCustomer(db, {
        name, phone, source: 'telegram', owner: user.role === 'sales' ? user.login : undefined, field_rep: user.role === 'field' ? user.login : undefined,
      }, now());
      return row.customerId;
    },
    async saveInterview(u, state) {
      const template = DEFAULT_INTERVIEW_TEMPLATE;
      if (state.templateId !== template.id || state.templateVersion !== template.version) {
        throw new DomainError('validation', `unknown interview template ${state.templateId} v${state.templateVersion}`);
      }
      const checked = validateAnswers(template, state.answers);
      if (!checked.ok) throw new DomainError('validation', checked.errors.map((e) => e.message.en).join('; '));
      const result = await addInterview(database, await asUser(u), {
        id: state.interviewId, customer_id: state.customerId, template_id: state.templateId, template_version: state.templateVersion,
        answers: checked.answers, conducted_at: now().toISOString(),
      });
      return { created: result.created };
    },
  };
}
