import { randomUUID } from 'node:crypto';
import type { Database } from '../db/client';
import type { Config } from '../config';
import { digestFor } from '../services/digest';
import { listUsers, type User } from '../services/users';
import { claimDigestWeek, markDigestSent } from './digest-lease';
import { postToGroups, type GroupWebhook } from './group-webhooks';
import { isoWeek, dayNumber } from '../../shared/time/calendar';
import { localDate } from '../local-time';

/** Sends a chat message; the bot's `api.sendMessage` in production, a recorder in tests. */
export type SendMessage = (chatId: number, text: string, opts: { parse_mode: 'HTML'; link_preview_options: { is_disabled: boolean } }) => Promise<unknown>;

/** A manager the digest did not reach: no sender configured (no bot), or the send failed. */
export interface SkippedManager { login: string; reason: 'no_sender' | 'send_failed' }

export interface DigestSendResult {
  week: string;
  sent: boolean;
  reason?: string;
  /** Managers the digest was actually delivered to (the send resolved). */
  managers: number;
  /** Linked managers it did not reach, with why. */
  skipped: SkippedManager[];
  groups: { kind: string; ok: boolean }[];
}

/**
 * Sends this ISO week's digest exactly once across all processes sharing the
 * database: to every manager linked to the bot, in their language, and to the
 * configured group webhooks. Another process that already claimed or sent the
 * week makes this a no-op. `managers` counts real deliveries only: without a
 * `send` (no bot) every linked manager is in `skipped` as `no_sender`, and a
 * send that throws is `send_failed`.
 */
export async function sendWeeklyDigest(opts: {
  database: Database; config: Config; now: Date; send?: SendMessage; hooks: GroupWebhook[]; claimant?: string; fetchFn?: typeof fetch;
}): Promise<DigestSendResult> {
  const { database, config, now } = opts;
  const week = isoWeek(dayNumber(localDate(now, config.timeZone)));
  const claimant = opts.claimant ?? `pid${process.pid}-${randomUUID().slice(0, 8)}`;
  if (!(await claimDigestWeek(database.client, week, claimant, now))) return { week, sent: false, reason: 'claimed elsewhere', managers: 0, skipped: [], groups: [] };
  const managers = (await listUsers(database.db)).filter((u) => (u.role === 'manager' || u.role === 'admin') && u.telegramUserId !== null);
  const teamView: User = { id: 0, login: 'digest', name: 'digest', role: 'manager', lang: 'zh', telegramUserId: null };
  const digest = await digestFor(database, config, teamView, now);
  let delivered = 0;
  const skipped: SkippedManager[] = [];
  for (const m of managers.filter((u) => u.role === 'manager')) {
    const lang = m.lang === 'en' ? 'en' : 'zh';
    if (!opts.send) {
      skipped.push({ login: m.login, reason: 'no_sender' });
      continue;
    }
    try {
      await opts.send(m.telegramUserId!, digest.html[lang], { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
      delivered++;
    } catch (err) {
      skipped.push({ login: m.login, reason: 'send_failed' });
      console.error(`[digest] could not send to ${m.login}: ${(err as Error).message}`);
    }
  }
  const title = `画像周报 ${week}`;
  const groups = await postToGroups(opts.hooks, title, digest.markdown.zh, now, opts.fetchFn);
  const result: DigestSendResult = { week, sent: true, managers: delivered, skipped, groups };
  await markDigestSent(database.client, week, claimant, now, result);
  return result;
}
