import { Bot, type Api, type BotError, type RawApi } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { BotContext } from './context';
import type { BotServices } from './bot-services';
import { commandMenu, langFromTelegram, messages, type Lang } from './messages';
import { accountFeature } from './features/account';
import { churnFeature } from './features/churn';
import { findFeature } from './features/find';
import { notesFeature } from './features/notes';
import { overviewFeature } from './features/overview';
import { freeTextFeature } from './features/free-text';
import { interviewFeature } from './features/interview';
import { afterBusy, isDatabaseBusy } from '../server/db/busy';

export interface BotOptions {
  token: string;
  services: BotServices;
  /** Pass in tests and offline: without it grammY calls getMe before the first update. */
  botInfo?: UserFromGetMe;
  /** Bot API base URL (TELEGRAM_API_ROOT): an emulator or a self-hosted Bot API server. */
  apiRoot?: string;
  /** Replaces fetch for Bot API calls (tests record the calls). */
  fetch?: typeof fetch;
  log?: (line: string) => void;
}

/**
 * The sales bot: one Composer per feature. Order matters: de-duplication and
 * identification first, then linking/help (open to unknown users), then the
 * group-chat guard and the linked-only features, free text last.
 */
export function createBot(opts: BotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(opts.token, {
    botInfo: opts.botInfo,
    client: { apiRoot: opts.apiRoot, ...(opts.fetch ? { fetch: opts.fetch } : {}) },
  });
  const { services } = opts;
  const log = opts.log ?? ((line: string) => console.error(line));

  // Errors are answered politely in both modes: bot.catch only covers polling,
  // so the features run inside an error boundary (webhook mode would answer 500).
  const onError = async (err: BotError<BotContext>) => {
    const e = err.error as Error;
    // Never log the update (it can hold customer data) or the token.
    log(`[bot] update ${err.ctx.update.update_id} failed: ${e?.name}: ${String(e?.message).replaceAll(opts.token, '***')}`);
    const notFound = (e as { code?: string })?.code === 'not_found';
    const busy = isDatabaseBusy(e);
    if (busy) afterBusy();
    const t = err.ctx.t ?? messages.zh;
    try {
      if (err.ctx.callbackQuery) await err.ctx.answerCallbackQuery();
      if (err.ctx.chat) await err.ctx.reply(notFound ? t.notFound('') : busy ? t.busy : t.error);
    } catch {
      // nothing more to do: the chat is unreachable
    }
  };
  bot.catch(onError);
  const guarded = bot.errorBoundary(onError);

  guarded.use(async (ctx, next) => {
    if (!(await services.firstSeen(ctx.update.update_id))) return; // a redelivered update
    ctx.services = services;
    const from = ctx.from;
    ctx.user = from ? await services.userForTelegram(from.id) : undefined;
    const stored = from ? await services.chatLang(from.id) : null;
    ctx.lang = (stored === 'en' || stored === 'zh' ? stored : langFromTelegram(from?.language_code)) as Lang;
    ctx.t = messages[ctx.lang];
    ctx.clientId = (suffix) => `tg:${ctx.update.update_id}:${suffix}`;
    await next();
  });

  guarded.use(accountFeature);

  guarded.use(async (ctx, next) => {
    if (!ctx.user) {
      if (ctx.chat?.type === 'private') await ctx.reply(ctx.t.unknownUser);
      return;
    }
    if (ctx.chat && ctx.chat.type !== 'private') {
      const text = ctx.message?.text ?? '';
      if (/^\/digest(@\w+)?(\s|$)/.test(text)) return next();
      if (text.startsWith('/') || ctx.callbackQuery) await ctx.reply(ctx.t.groupOnly);
      return;
    }
    await next();
  });

  guarded.use(churnFeature, findFeature, interviewFeature, notesFeature, overviewFeature, freeTextFeature);

  return bot;
}

/** Publishes the command menu in Chinese (default) and English. */
export async function setCommandMenus(api: Api<RawApi>) {
  await api.setMyCommands(commandMenu.zh);
  await api.setMyCommands(commandMenu.zh, { language_code: 'zh' });
  await api.setMyCommands(commandMenu.en, { language_code: 'en' });
}
