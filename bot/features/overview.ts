import { Composer } from 'grammy';
import type { BotContext, LinkedContext } from '../context';
import { esc } from '../html';

/** `/segments`: counts per scheme with the week-over-week change. */
export async function sendSegments(ctx: LinkedContext) {
  const { t, lang } = ctx;
  const s = await ctx.services.segmentCounts(ctx.user);
  if (!s.week) return ctx.reply(t.noRefresh);
  const lines = [t.segmentsTitle(s.week)];
  for (const scheme of s.schemes.filter((x) => ['rfm_segment', 'lifecycle', 'clv_tier', 'churn_level'].includes(x.scheme))) {
    lines.push('', `<b>${esc(scheme.label[lang])}</b>`);
    for (const c of scheme.counts.filter((c) => c.count > 0 || (c.previous ?? 0) > 0)) {
      const delta = c.previous === null ? '' : c.count - c.previous === 0 ? '' : ` (${c.count - c.previous > 0 ? '+' : ''}${c.count - c.previous})`;
      lines.push(`${esc(c.label[lang])}: ${c.count}${delta}`);
    }
  }
  return ctx.reply(lines.join('\n'), { parse_mode: 'HTML' });
}

export const overviewFeature = new Composer<BotContext>();
const linked = overviewFeature.filter((ctx): ctx is LinkedContext => Boolean(ctx.user));
linked.command('segments', (ctx) => sendSegments(ctx));
linked.command('digest', async (ctx) => {
  if (ctx.user.role !== 'manager' && ctx.user.role !== 'admin') return ctx.reply(ctx.t.digestManagersOnly);
  return ctx.reply(await ctx.services.digestText(ctx.user, ctx.lang), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
});
