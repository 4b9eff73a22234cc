import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext, LinkedContext } from '../context';
import { renderCard, shownTagIds } from '../render-card';
import { recordShownTags } from './tag-use';
import { fitsCallback } from '../html';
import { maskPhone } from '../../shared/chat/mask-phone';

/** Looks a customer up: one match shows the compact portrait, several a choice. */
export async function findAndShow(ctx: LinkedContext, query: string) {
  const { t, services } = ctx;
  if (!query.trim()) return ctx.reply(t.findUsage);
  const found = await services.findCustomers(ctx.user, query.trim(), 6);
  if (found.length === 0) return ctx.reply(t.notFound(query.trim()));
  if (found.length === 1) return showCard(ctx, found[0].customer_id);
  const kb = new InlineKeyboard();
  for (const c of found) {
    if (fitsCallback(`cd:${c.customer_id}`)) kb.text(`${c.name ?? c.customer_id} ${maskPhone(c.phone)}`, `cd:${c.customer_id}`).row();
  }
  return ctx.reply(t.many(found.length), { reply_markup: kb });
}

/** Sends the compact portrait, then counts a `bot` use of the tags it showed. */
export async function showCard(ctx: LinkedContext, customerId: string) {
  const card = await ctx.services.portraitCard(ctx.user, customerId);
  const sent = await ctx.reply(renderCard(card, ctx.t, ctx.lang, ctx.services.publicUrl), {
    parse_mode: 'HTML', link_preview_options: { is_disabled: true },
  });
  await recordShownTags(ctx, shownTagIds(card));
  return sent;
}

export const findFeature = new Composer<BotContext>();
const linked = findFeature.filter((ctx): ctx is LinkedContext => Boolean(ctx.user));
linked.command('find', (ctx) => findAndShow(ctx, ctx.match));
linked.callbackQuery(/^cd:(.+)$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await showCard(ctx, ctx.match[1]);
});
