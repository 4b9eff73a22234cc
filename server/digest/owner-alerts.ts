import type { Database } from '../db/client';
import type { Config } from '../config';
import type { SendMessage } from './send-digest';
import type { ChurnReason } from '../../shared/api/types';
import { decodeChurnReasons } from '../../shared/churn';
import { maskPhone } from '../../shared/chat/mask-phone';
import { esc, money } from '../../bot/html';

export interface OwnerAlertDeps {
  database: Database;
  config: Config;
  /** The bot's `api.sendMessage` in production, a recorder in tests. */
  send: SendMessage;
  /** When the alerts are sent (stored as owner_alerts.sent_at). */
  now: Date;
}

export interface OwnerAlertOptions {
  /** ISO week of the refresh (`RefreshReport.week`), e.g. '2026-W48'. */
  week: string;
  /** Customers the refresh moved into high churn risk (`RefreshReport.newly_high_risk_pks`). */
  customerPks: number[];
  /** Customers listed in one message (the rest are counted); default 10. */
  maxListed?: number;
}

export interface OwnerAlertResult {
  week: string;
  /** Owners who got their one message in this run. */
  messages: number;
  /** Customers newly recorded as alerted (listed or counted in a message). */
  alerted: number;
  /** Customers left out: already alerted this week, no owner, owner not linked to Telegram or inactive, no longer high. */
  skipped: number;
  failed: number;
}

const TEXT = {
  zh: {
    title: (n: number, week: string) => `⚠️ ${week}:您负责的客户中有 ${n} 位刚进入高流失风险:`,
    valueAtRisk: '风险价值',
    open: '打开画像',
    more: (k: number) => `…另有 ${k} 位,发送 /churn 查看本周完整名单。`,
    footer: '发送 /churn 查看本周完整名单。',
  },
  en: {
    title: (n: number, week: string) => `⚠️ ${week}: ${n} of your customers just moved into high churn risk:`,
    valueAtRisk: 'value at risk',
    open: 'Open portrait',
    more: (k: number) => `…and ${k} more; send /churn for this week's full list.`,
    footer: "Send /churn for this week's full list.",
  },
};

interface Candidate { pk: number; customerId: string; name: string | null; phone: string | null; valueAtRisk: number; score: number; reason: ChurnReason | undefined }
interface Owner { id: number; telegramUserId: number; lang: 'zh' | 'en'; customers: Candidate[] }

/**
 * Tells owners that a refresh moved their customers into high churn risk:
 * ONE grouped message per owner per run (up to `maxListed` customers by
 * value at risk descending, ties by customer_id, the rest counted), phones
 * masked. Each (week, customer) is recorded in `owner_alerts` before sending,
 * by a conditional insert, so a second refresh in the same week — or another
 * replica running concurrently — never alerts the same customer again. Only
 * active owners linked to Telegram are alerted; if a send fails, that owner's
 * records are removed so the next refresh tries again.
 *
 * Example: `await sendOwnerAlerts({ database, config, now, send: (id, text, o) => bot.api.sendMessage(id, text, o) },
 *   { week: report.week, customerPks: report.newly_high_risk_pks })`.
 */
export async function sendOwnerAlerts(deps: OwnerAlertDeps, opts: OwnerAlertOptions): Promise<OwnerAlertResult> {
  const { database, config } = deps;
  const { client } = database;
  const maxListed = opts.maxListed ?? 10;
  const result: OwnerAlertResult = { week: opts.week, messages: 0, alerted: 0, skipped: 0, failed: 0 };
  const owners = new Map<number, Owner>();
  const pks = [...new Set(opts.customerPks)];
  for (let i = 0; i < pks.length; i += 500) {
    const chunk = pks.slice(i, i + 500);
    const rs = await client.execute({
      sql: `SELECT c.pk, c.customer_id, c.name, c.phone, s.value_at_risk, s.churn_score, s.churn_reasons, u.id, u.telegram_user_id, u.lang
            FROM customers c
            JOIN customer_scores s ON s.customer_pk = c.pk AND s.churn_level = 'high'
            JOIN users u ON u.id = c.owner_id AND u.active = 1 AND u.telegram_user_id IS NOT NULL
            WHERE c.pk IN (${chunk.map(() => '?').join(',')}) AND c.erased_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM owner_alerts a WHERE a.week = ? AND a.customer_pk = c.pk)`,
      args: [...chunk, opts.week],
    });
    result.skipped += chunk.length - rs.rows.length;
    for (const r of rs.rows) {
      const ownerId = Number(r[7]);
      let owner = owners.get(ownerId);
      if (!owner) owners.set(ownerId, (owner = { id: ownerId, telegramUserId: Number(r[8]), lang: r[9] === 'en' ? 'en' : 'zh', customers: [] }));
      const reasons = decodeChurnReasons(r[6] === null ? null : String(r[6]));
      owner.customers.push({
        pk: Number(r[0]), customerId: String(r[1]), name: r[2] === null ? null : String(r[2]), phone: r[3] === null ? null : String(r[3]),
        valueAtRisk: Number(r[4] ?? 0), score: Number(r[5] ?? 0), reason: reasons[0],
      });
    }
  }
  for (const owner of owners.values()) {
    const claimed = await claim(database, opts.week, owner);
    result.skipped += owner.customers.length - claimed.length;
    if (claimed.length === 0) continue;
    claimed.sort((a, b) => b.valueAtRisk - a.valueAtRisk || (a.customerId < b.customerId ? -1 : a.customerId > b.customerId ? 1 : 0));
    try {
      await deps.send(owner.telegramUserId, alertText(claimed, owner.lang, opts.week, maxListed, config.publicUrl), { parse_mode: 'HTML', link_preview_options: { is_disabled: true } });
      await client.execute({
        sql: `UPDATE owner_alerts SET sent_at = ? WHERE week = ? AND owner_id = ? AND sent_at IS NULL AND customer_pk IN (${claimed.map(() => '?').join(',')})`,
        args: [deps.now.toISOString(), opts.week, owner.id, ...claimed.map((c) => c.pk)],
      });
      result.messages++;
      result.alerted += claimed.length;
    } catch (err) {
      console.error(`[owner-alerts] could not alert user ${owner.id}: ${(err as Error).message}`);
      await client.execute({
        sql: `DELETE FROM owner_alerts WHERE week = ? AND owner_id = ? AND sent_at IS NULL AND customer_pk IN (${claimed.map(() => '?').join(',')})`,
        args: [opts.week, owner.id, ...claimed.map((c) => c.pk)],
      });
      result.failed += claimed.length;
    }
  }
  return result;
}

/** Records (week, customer) rows for this owner; only the rows this call inserted are ours to announce. */
async function claim(database: Database, week: string, owner: Owner): Promise<Candidate[]> {
  const mine = new Set<number>();
  for (let i = 0; i < owner.customers.length; i += 300) {
    const chunk = owner.customers.slice(i, i + 300);
    const rs = await database.client.execute({
      sql: `INSERT INTO owner_alerts (week, customer_pk, owner_id) VALUES ${chunk.map(() => '(?, ?, ?)').join(',')}
            ON CONFLICT (week, customer_pk) DO NOTHING RETURNING customer_pk`,
      args: chunk.flatMap((c) => [week, c.pk, owner.id]),
    });
    for (const r of rs.rows) mine.add(Number(r[0]));
  }
  return owner.customers.filter((c) => mine.has(c.pk));
}

/** The grouped alert in the owner's language. */
export function alertText(customers: Candidate[], lang: 'zh' | 'en', week: string, maxListed: number, publicUrl: string): string {
  const t = TEXT[lang];
  const lines = [t.title(customers.length, week)];
  customers.slice(0, maxListed).forEach((c, i) => {
    const phone = maskPhone(c.phone);
    lines.push(`${i + 1}. <b>${esc(c.name ?? c.customerId)}</b>${phone ? ` ${esc(phone)}` : ''} · ${t.valueAtRisk} ${money(c.valueAtRisk)}`);
    if (c.reason) lines.push(`   · ${esc(c.reason.text[lang])}`);
    lines.push(`   <a href="${esc(`${publicUrl}/customers/${encodeURIComponent(c.customerId)}`)}">${t.open}</a>`);
  });
  lines.push(customers.length > maxListed ? t.more(customers.length - maxListed) : t.footer);
  return lines.join('\n');
}
