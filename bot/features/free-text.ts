import { Composer } from 'grammy';
import type { BotContext, LinkedContext } from '../context';
import { detectIntent } from '../../shared/chat/intent';
import { sendChurnPage } from './churn';
import { findAndShow } from './find';
import { sendSegments } from './overview';

/** Free text: "本周哪些客户有流失风险", "who is at churn risk this week", "查一下 张伟"… Registered last. */
export const freeTextFeature = new Composer<BotContext>();
const linked = freeTextFeature.filter((ctx): ctx is LinkedContext => Boolean(ctx.user));

linked.on('message:text', async (ctx) => {
  const intent = detectIntent(ctx.message.text);
  if (intent.kind === 'churn') return sendChurnPage(ctx, 0);
  if (intent.kind === 'find') return findAndShow(ctx, intent.query);
  if (intent.kind === 'segments') return sendSegments(ctx);
  if (intent.kind === 'help') return ctx.reply(ctx.t.help);
  return ctx.reply(ctx.t.unknownText);
});
