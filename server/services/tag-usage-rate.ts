import { dayNumber } from '../../shared/time/calendar';
import type { Database } from '../db/client';
import { localDate } from '../local-time';
import { USAGE_WINDOW_DAYS } from '../tags/tag-usage';

/**
 * Share of active tags used at least once in the last 30 local days
 * (today − 29 … today, SPEC §5), or null when no tag is defined. Same
 * definition as `GET /api/tags/usage`.
 */
export async function tagUsageRate(database: Database, now: Date, timeZone = 'Asia/Shanghai'): Promise<number | null> {
  return (await tagUsageCounts(database, now, timeZone)).rate;
}

/** The usage rate with its parts: active tags defined, and how many of them were used in the window. */
export async function tagUsageCounts(database: Database, now: Date, timeZone = 'Asia/Shanghai'): Promise<{ rate: number | null; used: number; defined: number }> {
  const today = dayNumber(localDate(now, timeZone));
  const rs = await database.client.execute({
    sql: `SELECT (SELECT count(*) FROM tags WHERE active = 1),
            (SELECT count(DISTINCT u.tag_id) FROM tag_usage u JOIN tags t ON t.id = u.tag_id WHERE t.active = 1 AND u.day >= ? AND u.day <= ?)`,
    args: [today - USAGE_WINDOW_DAYS + 1, today],
  });
  const defined = Number(rs.rows[0][0]);
  const used = Number(rs.rows[0][1]);
  return { rate: defined ? used / defined : null, used, defined };
}
