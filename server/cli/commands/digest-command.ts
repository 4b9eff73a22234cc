import { Api } from 'grammy';
import { CliError } from '../cli-context';
import { digestFor } from '../../services/digest';
import type { User } from '../../services/users';
import { sendWeeklyDigest } from '../../digest/send-digest';
import { groupWebhooksFromEnv } from '../../digest/group-webhooks';
import { str, type Command } from './command';

/** The team view a manager gets (the digest is sent to managers). */
const TEAM_VIEW: User = { id: 0, login: 'cli', name: 'cli', role: 'manager', lang: 'zh', telegramUserId: null };

/**
 * `huaxiang digest --preview [--lang zh|en]` prints this week's digest as
 * managers receive it (Markdown, as the group webhooks get it); `--json` adds
 * the Telegram HTML and the figures behind it. Without `--preview` it sends
 * the week's digest now, exactly as the Monday 09:00 job does: once per ISO
 * week across every process sharing the database (a second run is a no-op),
 * to linked managers when TELEGRAM_BOT_TOKEN is set, and to the configured
 * WeCom/Feishu/DingTalk webhooks.
 */
export const digest: Command = {
  usage: '[--preview] [--lang zh|en]',
  summary: 'Prints this week\'s digest (--preview), or sends it now if it has not been sent this ISO week.',
  options: { preview: { type: 'boolean' }, lang: { type: 'string' } },
  async run(flags, _p, ctx) {
    const lang = str(flags.lang) ?? 'zh';
    if (lang !== 'zh' && lang !== 'en') throw new CliError('--lang must be zh or en', 2);
    const database = await ctx.open();
    if (flags.preview) {
      const d = await digestFor(database, ctx.config, TEAM_VIEW, ctx.now());
      ctx.out({ week: d.input?.week ?? null, as_of: d.input?.asOf ?? null, markdown: d.markdown[lang], html: d.html[lang], input: d.input }, () => d.markdown[lang]);
      return;
    }
    const { telegramToken, telegramApiRoot } = ctx.config;
    const api = telegramToken ? new Api(telegramToken, telegramApiRoot ? { apiRoot: telegramApiRoot } : undefined) : undefined;
    const result = await sendWeeklyDigest({
      database, config: ctx.config, now: ctx.now(), hooks: groupWebhooksFromEnv(process.env),
      send: api ? (chatId, text, opts) => api.sendMessage(chatId, text, opts) : undefined,
    });
    ctx.out(result, () => (result.sent
      ? `digest ${result.week} sent: ${api ? `${result.managers} manager(s) on Telegram` : 'no Telegram messages (TELEGRAM_BOT_TOKEN not set)'}; groups: ${result.groups.map((g) => `${g.kind} ${g.ok ? 'ok' : 'failed'}`).join(', ') || 'none'}${result.skipped?.length ? `; not reached: ${result.skipped.map((s) => `${s.login} (${s.reason})`).join(', ')}` : ''}`
      : `digest ${result.week} not sent: ${result.reason}`));
  },
};
