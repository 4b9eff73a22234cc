import type { BotServices, BotUser } from '../bot-services';
import type { LinkedContext } from '../context';

/**
 * The server side of counting a tag use from a bot answer (SPEC §5 usage,
 * kind `bot`). Part of BotServices once server/services/bot-services.ts
 * implements it; until then the bot answers as before and counts nothing.
 */
export interface BotTagUse {
  recordTagUse(user: BotUser, tagIds: string[], kind: 'bot'): Promise<void>;
}

/** Counts one `bot` use of each tag an answer showed to the linked user (no call when it showed none). */
export async function recordShownTags(ctx: LinkedContext, tagIds: string[]): Promise<void> {
  const services = ctx.services as BotServices & Partial<BotTagUse>;
  if (tagIds.length && services.recordTagUse) await services.recordTagUse(ctx.user, tagIds, 'bot');
}
