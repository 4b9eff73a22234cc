import type { InValue } from '@libsql/client';
import { churnRiskAt, encodeChurnReasons } from '../../shared/churn';
import { lifecycleOf } from '../../shared/segments';
import { dayNumber, isoDate } from '../../shared/time/calendar';
import type { Database } from '../db/client';
import { loadFactsFor } from './customer-facts';
import { churnColumns } from './churn-step';
import { latestRefresh } from './refresh';
import { lifecycleThresholds, loadThresholds } from './thresholds';

/**
 * The incremental path (SPEC §4): right after new orders or events for some
 * customers, their raw RFM values, lifecycle, churn score, level, reasons,
 * value at risk and next action are recomputed from their kept-current
 * aggregates and written to customer_scores, so the card, the bot and the
 * churn list show them at once. Population-dependent parts (quintile scores
 * and the RF segment built on them, ABC, model parameters, clusters) keep
 * the last refresh's values until the next full refresh. The as-of day is
 * the later of the last refresh's as-of and the customers' newest activity,
 * so history imported for a past period is not aged to today.
 * Customers not scored by any refresh yet are left to the next refresh.
 */
export async function rescoreCustomers(database: Database, pks: number[]): Promise<number> {
  if (!pks.length) return 0;
  const { client } = database;
  const latest = await latestRefresh(client);
  if (!latest?.report.churn_context) return 0;
  const stored = await client.execute({
    sql: `SELECT customer_pk, p_alive, expected_purchases_90d, clv_12m FROM customer_scores
          WHERE customer_pk IN (SELECT value FROM json_each(?))`,
    args: [JSON.stringify(pks)],
  });
  const prior = new Map(stored.rows.map((r) => [Number(r[0]), r]));
  const scored = pks.filter((pk) => prior.has(pk));
  if (!scored.length) return 0;
  // The aggregates do not depend on the as-of day, so one read serves; only the day moves.
  const f = await loadFactsFor(client, scored, dayNumber(latest.asOf));
  let asOfDay = f.asOfDay;
  for (let i = 0; i < f.n; i++) if (f.lastDay[i] > asOfDay) asOfDay = f.lastDay[i];
  f.asOfDay = asOfDay;
  const t = await loadThresholds(client);
  const recency = new Float64Array(f.n);
  const num = (x: unknown) => (x === null || x === undefined ? NaN : Number(x));
  const pAlive = new Float64Array(f.n);
  const expected = new Float64Array(f.n);
  const clv = new Float64Array(f.n);
  for (let i = 0; i < f.n; i++) {
    recency[i] = f.frequency[i] > 0 ? asOfDay - f.lastDay[i] : NaN;
    const row = prior.get(f.pk[i])!;
    pAlive[i] = latest.report.models.p_alive_usable === false ? NaN : num(row[1]);
    expected[i] = num(row[2]);
    clv[i] = num(row[3]);
  }
  const columns = churnColumns(f, recency, { pAlive, expected90d: expected, clv12m: clv });
  const prevWeek = await client.execute({
    sql: `SELECT customer_pk FROM segment_snapshots WHERE churn_level = 'high' AND customer_pk IN (SELECT value FROM json_each(?))
          AND week = (SELECT max(week) FROM segment_snapshots WHERE week < ?)`,
    args: [JSON.stringify(scored), latest.week],
  });
  const wasHigh = new Set(prevWeek.rows.map((r) => Number(r[0])));
  const statements: { sql: string; args: InValue[] }[] = [];
  for (let i = 0; i < f.n; i++) {
    const row = prior.get(f.pk[i])!;
    const lifecycle = lifecycleOf(recency[i], f.frequency[i], lifecycleThresholds(t));
    const churn = churnRiskAt(columns, i, latest.report.churn_context);
    statements.push({
      sql: `UPDATE customer_scores SET recency_days = ?, frequency = ?, monetary = ?, lifecycle = ?, churn_score = ?, churn_level = ?,
              churn_reasons = ?, value_at_risk = ?, newly_high = ?, as_of = ? WHERE customer_pk = ?`,
      args: [
        Number.isFinite(recency[i]) ? recency[i] : null, f.frequency[i], f.monetary[i], lifecycle,
        churn ? churn.score : null, churn ? churn.level : null, churn ? encodeChurnReasons(churn.reasons) : null,
        churn ? churn.valueAtRisk : null, churn?.level === 'high' && !wasHigh.has(f.pk[i]) ? 1 : 0,
        isoDate(asOfDay), f.pk[i],
      ],
    });
  }
  await client.batch(statements, 'write');
  return statements.length;
}
