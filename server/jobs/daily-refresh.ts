import type { AppDeps } from '../http/context';
import { latestRefresh, runRefresh, type RefreshReport } from '../analytics/refresh';
import { localDate, localTimestamp } from '../local-time';

/** Local time of day after which the daily refresh runs. */
export const DAILY_REFRESH_AT = '02:00:00';

/**
 * The scheduled full refresh (SPEC §4): once per local day after 02:00, as
 * of today. Several server processes on one database run it once: the day's
 * claim is a row inserted into settings, and only the process whose insert
 * lands runs it. Returns the report when this process ran it.
 */
export async function runDailyRefreshIfDue(deps: AppDeps, now: Date, afterRefresh?: (r: RefreshReport) => Promise<void>): Promise<RefreshReport | null> {
  const { database, config } = deps;
  const today = localDate(now, config.timeZone);
  if (localTimestamp(now, config.timeZone).slice(11) < DAILY_REFRESH_AT) return null;
  const latest = await latestRefresh(database.client);
  if (latest && latest.asOf >= today) return null;
  const claim = await database.client.execute({
    sql: 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO NOTHING',
    args: [`daily_refresh:${today}`, now.toISOString()],
  });
  if (claim.rowsAffected !== 1) return null;
  const report = await runRefresh(database, { asOf: today, computedAt: now });
  console.log(`[huaxiang] daily refresh as of ${today}: ${report.customers} customers, ${report.newly_high_risk} newly at high churn risk`);
  if (afterRefresh) await afterRefresh(report);
  return report;
}
