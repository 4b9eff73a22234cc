import type { Client } from '@libsql/client';
import type { Text } from '../../shared/api/types';
import { dayNumber, isoDate } from '../../shared/time/calendar';
import type { Database } from '../db/client';
import { DomainError } from '../errors';
import { localDate } from '../local-time';
import { loadSegmentTags, segmentTagCounts } from './segment-tags';

/** The places a tag gets used (SPEC §5). */
export const TAG_USE_KINDS = ['segment_filter', 'search', 'bot', 'digest', 'export'] as const;
export type TagUseKind = (typeof TAG_USE_KINDS)[number];

/** Usage rate target from seed 001 (标签使用率应 > 60 %). */
export const USAGE_TARGET = 0.6;
export const USAGE_WINDOW_DAYS = 30;
export const STALE_DAYS = 90;

/** The local day number usage is counted on: the calendar date of `now` in the deployment's time zone. */
export const usageDay = (now: Date, timeZone: string): number => dayNumber(localDate(now, timeZone));

/**
 * Counts one use of each tag (duplicates in `tagIds` count once) by a user
 * on a local day number, in one multi-row insert.
 * Example: the customer list filtered by `?tag=沉睡客户` → `recordTagUse(db, ['seg_lifecycle_sleeping'], 'segment_filter', user.id, today)`.
 */
export async function recordTagUse(database: Database, tagIds: readonly string[], kind: TagUseKind, userId: number | null, day: number): Promise<void> {
  if (!(TAG_USE_KINDS as readonly string[]).includes(kind)) throw new DomainError('validation', `unknown tag use kind ${kind}`);
  const ids = [...new Set(tagIds)];
  if (!ids.length) return;
  await database.client.execute({
    sql: `INSERT INTO tag_usage (tag_id, kind, user_id, day) SELECT value, ?, ?, ? FROM json_each(?)`,
    args: [kind, userId, day, JSON.stringify(ids)],
  });
}

/** Tag ids for names or ids as users type them (`沉睡客户` or `seg_lifecycle_sleeping`); unknown ones are skipped. */
export async function resolveTagIds(client: Client, namesOrIds: readonly string[]): Promise<string[]> {
  if (!namesOrIds.length) return [];
  const rs = await client.execute({
    sql: 'SELECT id FROM tags WHERE id IN (SELECT value FROM json_each(?1)) OR name_zh IN (SELECT value FROM json_each(?1))',
    args: [JSON.stringify(namesOrIds)],
  });
  return rs.rows.map((r) => String(r[0]));
}

export interface TagUsageRow {
  id: string; name: Text; category: string; group: string; kind: string;
  uses_30d: number; last_used: string | null; customers: number;
}

export interface TagUsageReport {
  as_of: string;
  window_days: number;
  defined: number;
  used: number;
  /** used / defined over the last 30 days (null with no tags). */
  usage_rate: number | null;
  target: number;
  meets_target: boolean;
  uses_by_kind: Record<TagUseKind, number>;
  tags: TagUsageRow[];
  /** Active tags not used in the last 30 days. */
  unused: string[];
  /** Active tags not used in the last 90 days (candidates for retirement). */
  stale: string[];
  /** Active tags nobody carries right now. */
  empty: string[];
}

/**
 * The usage report (SPEC §5): over the 30 local days ending `today`
 * (day numbers today − 29 … today), usage rate = active tags used at least
 * once / active tags; per tag its uses, last use and live customers; lists of
 * unused (30 days), stale (90 days) and empty tags.
 */
export async function tagUsageReport(database: Database, today: number, nowIso: string): Promise<TagUsageReport> {
  const from = today - USAGE_WINDOW_DAYS + 1;
  const rs = await database.client.execute({
    sql: `SELECT t.id, t.name_zh, t.name_en, t.category, t.group_name, t.kind,
            (SELECT count(*) FROM tag_usage u WHERE u.tag_id = t.id AND u.day >= ? AND u.day <= ?),
            (SELECT max(day) FROM tag_usage u WHERE u.tag_id = t.id AND u.day <= ?),
            (SELECT count(DISTINCT a.customer_pk) FROM tag_assignments a JOIN customers c ON c.pk = a.customer_pk
              WHERE a.tag_id = t.id AND a.removed_at IS NULL AND (a.expires_at IS NULL OR a.expires_at > ?) AND c.erased_at IS NULL)
          FROM tags t WHERE t.active = 1 ORDER BY rowid`,
    args: [from, today, today, nowIso],
  });
  // Segment tags' members are read from the scores (their stored rows, if any, are history).
  const segmentCounts = await segmentTagCounts(database.client, await loadSegmentTags(database.client), { where: 'true', args: [] });
  const tags: TagUsageRow[] = rs.rows.map((r) => ({
    id: String(r[0]), name: { zh: String(r[1]), en: r[2] === null ? String(r[1]) : String(r[2]) }, category: String(r[3]), group: String(r[4]),
    kind: String(r[5]), uses_30d: Number(r[6]), last_used: r[7] === null ? null : isoDate(Number(r[7])), customers: segmentCounts.get(String(r[0])) ?? Number(r[8]),
  }));
  const kinds = await database.client.execute({
    sql: `SELECT u.kind, count(*) FROM tag_usage u JOIN tags t ON t.id = u.tag_id WHERE t.active = 1 AND u.day >= ? AND u.day <= ? GROUP BY u.kind`,
    args: [from, today],
  });
  const uses_by_kind = Object.fromEntries(TAG_USE_KINDS.map((k) => [k, 0])) as Record<TagUseKind, number>;
  for (const r of kinds.rows) if (String(r[0]) in uses_by_kind) uses_by_kind[String(r[0]) as TagUseKind] = Number(r[1]);
  const used = tags.filter((t) => t.uses_30d > 0).length;
  const rate = tags.length ? used / tags.length : null;
  const staleBefore = today - STALE_DAYS + 1;
  return {
    as_of: isoDate(today), window_days: USAGE_WINDOW_DAYS, defined: tags.length, used, usage_rate: rate, target: USAGE_TARGET,
    meets_target: rate !== null && rate > USAGE_TARGET, uses_by_kind, tags,
    unused: tags.filter((t) => t.uses_30d === 0).map((t) => t.id),
    stale: tags.filter((t) => t.last_used === null || t.last_used < isoDate(staleBefore)).map((t) => t.id),
    empty: tags.filter((t) => t.customers === 0).map((t) => t.id),
  };
}
