import type { Client } from '@libsql/client';
import type { ChurnList, ChurnListEntry } from '../../shared/api/types';
import { decodeChurnReasons } from '../../shared/churn';
import { isoWeek, dayNumber } from '../../shared/time/calendar';
import { DomainError } from '../errors';
import { visibleSql } from '../services/customer-access';
import type { User } from '../services/users';
import { latestWeeks } from './segment-counts';
import { storedNextAction } from './stored-next-action';

/**
 * The weekly churn list (SPEC §3.4) from the latest refresh: customers at high
 * risk that the user may see, newly at risk this week first (not high in the
 * previous snapshot week), then by value at risk descending, ties by
 * customer_id. The ordering is done by SQLite over the churn index so that the
 * answer stays fast at 1M customers; it is the same rule as shared/churn's
 * weekly list, and a test checks that both agree.
 */
export async function weeklyChurnList(client: Client, user: User, opts: { asOf?: string; owner?: string; limit?: number; offset?: number }): Promise<ChurnList & { total: number }> {
  const weeks = await latestWeeks(client);
  if (!weeks.week || !weeks.asOf) throw new DomainError('not_found', 'no refresh has run yet: run `huaxiang refresh`');
  if (opts.asOf && isoWeek(dayNumber(opts.asOf)) !== weeks.week) {
    throw new DomainError('not_found', `no refresh for the week of ${opts.asOf}; the latest is ${weeks.week} (as of ${weeks.asOf})`);
  }
  const v = visibleSql(user);
  const ownerCond = opts.owner ? 'AND u.login = ?' : '';
  const args = [...v.args, ...(opts.owner ? [opts.owner] : [])];
  const where = `s.churn_level = 'high' AND ${v.where} ${ownerCond}`;
  const from = 'FROM customer_scores s JOIN customers c ON c.pk = s.customer_pk LEFT JOIN users u ON u.id = c.owner_id';
  const total = Number((await client.execute({ sql: `SELECT count(*) ${from} WHERE ${where}`, args })).rows[0][0]);
  const rs = await client.execute({
    sql: `SELECT c.customer_id, c.name, u.login, s.churn_score, s.churn_level, s.value_at_risk, s.clv_12m, s.churn_reasons,
            s.cross_sell, s.newly_high, s.rfm_segment, s.lifecycle
          ${from} WHERE ${where}
          ORDER BY s.newly_high DESC, s.value_at_risk DESC, c.customer_id ASC LIMIT ? OFFSET ?`,
    args: [...args, Math.min(opts.limit ?? 20, 500), opts.offset ?? 0],
  });
  const items: ChurnListEntry[] = rs.rows.map((r) => ({
    customer_id: String(r[0]),
    name: r[1] === null ? null : String(r[1]),
    owner: r[2] === null ? null : String(r[2]),
    churn_score: Number(r[3]),
    churn_level: String(r[4]) as ChurnListEntry['churn_level'],
    value_at_risk: Number(r[5] ?? 0),
    clv_12m: r[6] === null ? null : Number(r[6]),
    reasons: decodeChurnReasons(r[7] === null ? null : String(r[7])),
    next_action: storedNextAction(r[10], r[11], r[4], r[8]),
    newly_at_risk: Boolean(Number(r[9])),
  }));
  return { as_of: weeks.asOf, week: weeks.week, items, total };
}
