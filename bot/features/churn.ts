import { Composer, InlineKeyboard } from 'grammy';
import type { BotContext, LinkedContext } from '../context';
import { esc, fitsCallback, money } from '../html';

const PAGE = 5;

/** The weekly churn list, paged, with buttons to mark contacted or log a note. */
export async function sendChurnPage(ctx: LinkedContext, offset: number, edit = false) {
  const { t, lang, services } = ctx;
  const list = await services.churnList(ctx.user, { offset, limit: PAGE });
  if (list.total === 0) return ctx.reply(t.churnEmpty);
  const team = ctx.user.role === 'manager' || ctx.user.role === 'admin';
  const lines = [t.churnTitle(list.week, list.total), ''];
  const kb = new InlineKeyboard();
  list.items.forEach((e, i) => {
    const n = offset + i + 1;
    lines.push(`${n}. ${e.newly_at_risk ? `${t.newly} ` : ''}<b>${esc(e.name ?? e.customer_id)}</b>${team && e.owner ? ` · ${t.owner} ${esc(e.owner)}` : ''}`);
    lines.push(`   ${e.churn_score.toFixed(2)} · ${t.valueAtRisk} ${money(e.value_at_risk)}`);
    for (const r of e.reasons.slice(0, 2)) lines.push(`   · ${esc(r.text[lang])}`);
    if (e.next_action) lines.push(`   👉 ${esc(e.next_action.text[lang])}`);
    lines.push(`   <a href="${esc(`${services.publicUrl}/customers/${encodeURIComponent(e.customer_id)}`)}">${t.open}</a>`);
    if (fitsCallback(`ct:${e.customer_id}`)) {
      kb.text(`${t.contacted} ${n}`, `ct:${e.customer_id}`).text(`${t.addNote} ${n}`, `nt:${e.customer_id}`).row();
    }
  });
  if (offset > 0) kb.text(t.prev, `cp:${Math.max(0, offset - PAGE)}`);
  if (offset + PAGE < list.total) kb.text(t.next, `cp:${offset + PAGE}`);
  const text = lines.join('\n');
  const opts = { parse_mode: 'HTML' as const, reply_markup: kb, link_preview_options: { is_disabled: true } };
  return edit ? ctx.editMessageText(text, opts) : ctx.reply(text, opts);
}

export const churnFeature = new Composer<BotContext>();
const linked = churnFeature.filter((ctx): ctx is LinkedContext => Boolean(ctx.user));

linked.command('churn', (ctx) => sendChurnPage(ctx, 0));
linked.callbackQuery(/^cp:(\d+)$/, async (ctx) => {
  await ctx.answerCallbackQuery();
  await sendChurnPage(ctx, Number(ctx.match[1]), true);
});
linked.callbackQuery(/^ct:(.+)$/, async (ctx) => {
  const id = ctx.match[1];
  await ctx.services.markContacted(ctx.user, id, ctx.clientId(`contacted:${id}`));
  const card = await ctx.services.portraitCard(ctx.user, id);
  await ctx.answerCallbackQuery({ text: ctx.t.markedContacted(card.profile.name ?? id) });
});
linked.callbackQuery(/^nt:(.+)$/, async (ctx) => {
  const id = ctx.match[1];
  const card = await ctx.services.portraitCard(ctx.user, id);
  const name = card.profile.name ?? id;
  await ctx.answerCallbackQuery();
  // The prompt carries the customer id, so the reply finds its customer without
  // a chat state (which would displace an interview in progress).
  await ctx.reply(ctx.t.notePrompt(name, card.profile.customer_id), { reply_markup: { force_reply: true } });
});
