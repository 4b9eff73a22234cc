import type { Database } from '../db/client';

/** Share of active tags used in the last 30 days (SPEC §5), or null when no tag is defined. */
export async function tagUsageRate(database: Database, now: Date): Promise<number | null> {
  const day = Math.floor(now.getTime() / 86_400_000);
  const rs = await database.client.execute({
    sql: `SELECT (SELECT count(*) FROM tags WHERE active = 1),
            (SELECT count(DISTINCT u.tag_id) FROM tag_usage u JOIN tags t ON t.id = u.tag_id WHERE t.active = 1 AND u.day > ?)`,
    args: [day - 30],
  });
  const defined = Number(rs.rows[0][0]);
  return defined ? Number(rs.rows[0][1]) / defined : null;
}
