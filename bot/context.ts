import type { Context } from 'grammy';
import type { BotServices, BotUser } from './bot-services';
import type { Lang, Messages } from './messages';

export interface BotContextExtra {
  services: BotServices;
  /** The linked user, when the Telegram user is linked. */
  user?: BotUser;
  lang: Lang;
  t: Messages;
  /** Deterministic id for idempotent writes triggered by this update. */
  clientId: (suffix: string) => string;
}
export type BotContext = Context & BotContextExtra;

/** Narrows a context to one with a linked user (set by the identify middleware). */
export type LinkedContext = BotContext & { user: BotUser };
