import type { ChurnList, CustomerListItem, PortraitCard, SegmentCounts, Role } from '../shared/api/types';

/** A linked Huaxiang user as the bot sees them. */
export interface BotUser { id: number; login: string; name: string; role: Role; lang: string }

/**
 * A guided interview in progress, kept per Telegram user in the database
 * (bot_chats.state) after every step, so it survives restarts and can be
 * resumed with `/interview` later.
 */
export interface InterviewState {
  kind: 'interview';
  /** Client id of the interview, generated once when the conversation starts: saving is idempotent on it. */
  interviewId: string;
  templateId: string;
  templateVersion: number;
  customerId: string;
  customerName: string;
  /** The field being asked: indexes into template.sections and that section's fields. */
  section: number;
  field: number;
  /** ask: walking the template; fix: re-asking fields the final validation rejected; summary: waiting for 保存. */
  phase: 'ask' | 'fix' | 'summary';
  /** Counts the questions sent; buttons carry it so a stale button does nothing. */
  step: number;
  /** Paused with 稍后继续: free text is not taken as an answer until `/interview` resumes. */
  paused: boolean;
  answers: Record<string, Record<string, unknown>>;
  /** Selected values of a multi-choice field being answered. */
  picking?: string[];
}
/** A prospect the user was offered to create (no customer matched `/interview NAME`). */
export interface ProspectState {
  kind: 'prospect'; name: string; phone: string | null;
  /** An interview that was open when the offer was made: kept if the user cancels. */
  interrupted?: InterviewState;
}
/** What the next plain message of a user means; one slot per Telegram user. */
export type ChatState = InterviewState | ProspectState | null;

/**
 * What the bot needs from the server. The server implements it over its
 * services (same access rules as the API); tests may implement it over a
 * real in-memory database too.
 */
export interface BotServices {
  /** True the first time an update id is seen (de-duplication, shared by replicas). */
  firstSeen(updateId: number): Promise<boolean>;
  userForTelegram(telegramUserId: number): Promise<BotUser | undefined>;
  redeemLinkCode(code: string, telegramUserId: number): Promise<BotUser | undefined>;
  chatLang(telegramUserId: number): Promise<string | null>;
  setChatLang(telegramUserId: number, lang: string): Promise<void>;
  chatState(telegramUserId: number): Promise<ChatState>;
  setChatState(telegramUserId: number, state: ChatState): Promise<void>;
  churnList(user: BotUser, page: { offset: number; limit: number }): Promise<ChurnList & { total: number }>;
  findCustomers(user: BotUser, query: string, limit: number): Promise<CustomerListItem[]>;
  portraitCard(user: BotUser, customerId: string): Promise<PortraitCard>;
  /** Counts one use of each tag an answer showed (tag usage, SPEC §5). */
  recordTagUse(user: BotUser, tagIds: string[], kind: 'bot'): Promise<void>;
  addNote(user: BotUser, customerId: string, text: string, clientId: string): Promise<void>;
  markContacted(user: BotUser, customerId: string, clientId: string): Promise<void>;
  segmentCounts(user: BotUser): Promise<SegmentCounts>;
  digestText(user: BotUser, lang: 'zh' | 'en'): Promise<string>;
  /** Creates a prospect (no orders) owned by the user (sales) or assigned to them (field); returns its customer_id. */
  createProspect(user: BotUser, prospect: { name: string; phone: string | null }): Promise<string>;
  /**
   * Validates the answers with the template's validator and stores the
   * interview once: a repeated call with the same `interviewId` stores nothing
   * and answers `created: false`.
   */
  saveInterview(user: BotUser, state: InterviewState): Promise<{ created: boolean }>;
  /** Public base URL for deep links into the PWA. */
  publicUrl: string;
}
