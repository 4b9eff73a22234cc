import type { Client } from '@libsql/client';
import type { User } from '../services/users';
import { visibleSql } from '../services/customer-access';
import { repCoverage, type RepCoverage } from './rep-coverage';
import { SNAPSHOT_WEEKS_CTE } from './snapshot-weeks';

/** `GET /api/dashboard` (PWA manager dashboard): what the segment overview does not already carry. */
export interface DashboardData {
  as_of: string | null;
  churn_trend: { week: string; high: number; medium: number; low: number }[];
  at_risk_by_owner: { owner: string | null; name: string | null; high: number; value_at_risk: number }[];
  reps: RepCoverage[];
  completeness: { overall: number | null };
}

/**
 * The dashboard's numbers over the customers the user may see: churn levels
 * for the last 12 snapshot weeks, high-risk customers and value at risk per
 * owner in the latest week, and per rep the share of their customers
 * interviewed in the last 90 days (coverage) and the mean completeness.
 */
export async function dashboardData(client: Client, user: User, now: Date): Promise<DashboardData> {
  const v = visibleSql(user);
  const trend = await client.execute({
    sql: `${SNAPSHOT_WEEKS_CTE}
          SELECT s.week, sum(s.churn_level = 'high'), sum(s.churn_level = 'medium'), sum(s.churn_level = 'low')
          FROM segment_snapshots s JOIN customers c ON c.pk = s.customer_pk
          WHERE s.week IN (SELECT week FROM snapshot_weeks WHERE week IS NOT NULL ORDER BY week DESC LIMIT 12) AND ${v.where}
          GROUP BY s.week ORDER BY s.week`,
    args: v.args,
  });
  const byOwner = await client.execute({
    sql: `SELECT u.login, u.name, count(*), coalesce(sum(s.value_at_risk), 0) FROM customer_scores s
          JOIN customers c ON c.pk = s.customer_pk LEFT JOIN users u ON u.id = c.owner_id
          WHERE s.churn_level = 'high' AND ${v.where} GROUP BY c.owner_id ORDER BY 4 DESC`,
    args: v.args,
  });
  const reps = await repCoverage(client, now, user.role === 'sales' || user.role === 'field' ? user.id : undefined);
  const overall = await client.execute({
    sql: `SELECT avg(s.completeness), max(s.as_of) FROM customer_scores s JOIN customers c ON c.pk = s.customer_pk WHERE ${v.where}`,
    args: v.args,
  });
  const num = (x: unknown) => (x === null || x === undefined ? null : Number(x));
  return {
    as_of: (overall.rows[0]?.[1] as string | null) ?? null,
    churn_trend: trend.rows.map((r) => ({ week: String(r[0]), high: Number(r[1] ?? 0), medium: Number(r[2] ?? 0), low: Number(r[3] ?? 0) })),
    at_risk_by_owner: byOwner.rows.map((r) => ({ owner: r[0] === null ? null : String(r[0]), name: r[1] === null ? null : String(r[1]), high: Number(r[2]), value_at_risk: Number(r[3]) })),
    reps,
    completeness: { overall: num(overall.rows[0]?.[0]) },
  };
}
