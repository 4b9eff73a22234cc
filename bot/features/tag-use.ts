import type { LinkedContext } from '../context';

/** Counts one `bot` use of each tag an answer showed to the linked user (SPEC §5 usage; no call when it showed none). */
export async function recordShownTags(ctx: LinkedContext, tagIds: string[]): Promise<void> {
  if (tagIds.length) await ctx.services.recordTagUse(ctx.user, tagIds, 'bot');
}
