import { Composer } from 'grammy';
import type { BotContext } from '../context';
import { messages, type Lang } from '../messages';

/** Linking (`/start CODE`), `/help` and `/lang`. Registered before the linked-only gate. */
export const accountFeature = new Composer<BotContext>();

accountFeature.command('start', async (ctx) => {
  const code = ctx.match.trim();
  if (!ctx.from) return;
  if (code) {
    const user = await ctx.services.redeemLinkCode(code, ctx.from.id);
    if (!user) return ctx.reply(ctx.t.linkBad);
    return ctx.reply(ctx.t.linkOk(user.name));
  }
  return ctx.reply(ctx.user ? ctx.t.welcomeBack(ctx.user.name) : ctx.t.unknownUser);
});

accountFeature.command('lang', async (ctx) => {
  if (!ctx.from) return;
  const arg = ctx.match.trim().toLowerCase();
  const lang: Lang = arg === 'zh' || arg === 'en' ? arg : ctx.lang === 'zh' ? 'en' : 'zh';
  await ctx.services.setChatLang(ctx.from.id, lang);
  return ctx.reply(messages[lang].langSet);
});

accountFeature.command('help', (ctx) => ctx.reply(ctx.user ? ctx.t.help : ctx.t.unknownUser));
