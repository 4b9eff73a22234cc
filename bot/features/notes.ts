import { Composer } from 'grammy';
import type { BotContext, LinkedContext } from '../context';
import { customerIdFromCard } from '../render-card';

export const notesFeature = new Composer<BotContext>();
const linked = notesFeature.filter((ctx): ctx is LinkedContext => Boolean(ctx.user));

/** `/note <customer> <text>`: the first word names the customer (name, phone tail or id). */
linked.command('note', async (ctx) => {
  const { t, services } = ctx;
  const m = /^(\S+)\s+([\s\S]+)$/.exec(ctx.match.trim());
  if (!m) return ctx.reply(t.noteUsage);
  const found = await services.findCustomers(ctx.user, m[1], 2);
  if (found.length !== 1) return ctx.reply(found.length ? t.many(found.length) + `\n${t.noteUsage}` : t.notFound(m[1]));
  const c = found[0];
  await services.addNote(ctx.user, c.customer_id, m[2].trim(), ctx.clientId('note'));
  return ctx.reply(t.noteSaved(c.name ?? c.customer_id));
});

/** A reply to a customer card, or to the "write your note" prompt (both carry 🆔 id), becomes a note. */
linked.on('message:text', async (ctx, next) => {
  if (ctx.message.text.startsWith('/')) return next();
  const customerId = customerIdFromCard(ctx.message.reply_to_message?.text);
  if (!customerId) return next();
  await ctx.services.addNote(ctx.user, customerId, ctx.message.text.trim(), ctx.clientId('note'));
  return ctx.reply(ctx.t.noteSaved(customerId));
});
