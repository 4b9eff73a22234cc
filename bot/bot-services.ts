import type { ChurnList, CustomerListItem, PortraitCard, SegmentCounts, Role } from '../shared/api/types';

/** A linked Huaxiang user as the bot sees them. */
export interface BotUser { id: number; login: string; name: string; role: Role; lang: string }

/** Interview progress kept per Telegram user so it can be resumed later. */
export interface InterviewState {
  kind: 'interview';
  interviewId: string;
  templateId: string;
  templateVersion: number;
  customerId: string;
  customerName: string;
  section: number;
  field: number;
  answers: Record<string, Record<string, unknown>>;
  /** Selected values of a multi-choice field being answered. */
  picking?: string[];
}
export interface NoteState { kind: 'note'; customerId: string; customerName: string }
export type ChatState = InterviewState | NoteState | null;

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
  addNote(user: BotUser, customerId: string, text: string, clientId: string): Promise<void>;
  markContacted(user: BotUser, customerId: string, clientId: string): Promise<void>;
  segmentCounts(user: BotUser): Promise<SegmentCounts>;
  digestText(user: BotUser, lang: 'zh' | 'en'): Promise<string>;
  createProspect(user: BotUser, name: string): Promise<string>;
  saveInterview(user: BotUser, state: InterviewState): Promise<void>;
  /** Public base URL for deep links into the PWA. */
  publicUrl: string;
}
