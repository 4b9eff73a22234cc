import type { Client } from '@libsql/client';
import type { CardAnalytics, SegmentBadge, Text } from '../../shared/api/types';
import { decodeChurnReasons } from '../../shared/churn';
import { segmentLabel, segmentWhy, schemeLabel } from './labels';
import { storedNextAction } from './stored-next-action';
import { SNAPSHOT_WEEKS_CTE } from './snapshot-weeks';

const SCHEMES = ['rfm_segment', 'rfm8', 'lifecycle', 'abc', 'clv_tier', 'value_activity', 'cluster'] as const;
const num = (x: unknown) => (x === null || x === undefined ? null : Number(x));

/** Cluster names (and whys) of the latest refresh: cluster labels are generated per run. */
export async function clusterNames(client: Client): Promise<Map<string, { label: Text; why: Text }>> {
  const rs = await client.execute('SELECT report FROM refresh_runs ORDER BY id DESC LIMIT 1');
  const out = new Map<string, { label: Text; why: Text }>();
  if (!rs.rows.length) return out;
  const report = JSON.parse(String(rs.rows[0][0])) as { clusters?: { id: string; label: Text; why: Text }[] };
  for (const c of report.clusters ?? []) out.set(c.id, { label: c.label, why: c.why });
  return out;
}

/**
 * The card's analytics part (SPEC §8): the customer's row of the latest
 * refresh (kept current for this customer by the incremental path), each
 * segment as a badge with its one-line why, churn with reasons, CLV, the
 * next action and the week-by-week history from the snapshots (newest first).
 * Null when no refresh has scored the customer yet.
 */
export async function cardAnalytics(client: Client, pk: number): Promise<CardAnalytics | null> {
  const rs = await client.execute({
    sql: `SELECT as_of, computed_at, recency_days, frequency, monetary, r, f, m, rfm_segment, rfm8, lifecycle, abc, clv_tier,
            value_activity, cluster, p_alive, expected_purchases_90d, expected_avg_spend, clv_12m, churn_score, churn_level,
            churn_reasons, value_at_risk, cross_sell
          FROM customer_scores WHERE customer_pk = ?`,
    args: [pk],
  });
  if (!rs.rows.length) return null;
  const row = rs.rows[0];
  const clusters = await clusterNames(client);
  const segments: SegmentBadge[] = [];
  SCHEMES.forEach((scheme, k) => {
    const value = row[8 + k];
    if (value === null || value === undefined) return;
    const id = String(value);
    const cluster = scheme === 'cluster' ? clusters.get(id) : undefined;
    segments.push({
      scheme,
      id,
      label: cluster?.label ?? segmentLabel(scheme, id),
      why: cluster?.why ?? segmentWhy(scheme, id) ?? schemeLabel(scheme),
    });
  });
  const history = await client.execute({
    // One seek per snapshot week (the (week, customer_pk) index): no per-customer index to keep up on every weekly write.
    sql: `${SNAPSHOT_WEEKS_CTE}
          SELECT s.week, s.rfm_segment, s.lifecycle, s.churn_level, s.clv_tier FROM snapshot_weeks w
          JOIN segment_snapshots s ON s.week = w.week AND s.customer_pk = ? ORDER BY s.week DESC LIMIT 26`,
    args: [pk],
  });
  return {
    as_of: String(row[0]),
    computed_at: String(row[1]),
    recency_days: num(row[2]),
    frequency: Number(row[3]),
    monetary: Number(row[4]),
    r: num(row[5]),
    f: num(row[6]),
    m: num(row[7]),
    segments,
    p_alive: num(row[15]),
    expected_purchases_90d: num(row[16]),
    expected_avg_spend: num(row[17]),
    clv_12m: num(row[18]),
    churn: {
      score: num(row[19]),
      level: (row[20] as CardAnalytics['churn']['level']) ?? null,
      reasons: decodeChurnReasons(row[21] === null ? null : String(row[21])),
      value_at_risk: num(row[22]),
    },
    next_action: storedNextAction(row[8], row[10], row[20], row[23]),
    history: history.rows.map((h) => ({
      week: String(h[0]), rfm_segment: (h[1] as string | null) ?? null, lifecycle: (h[2] as string | null) ?? null,
      churn_level: (h[3] as string | null) ?? null, clv_tier: (h[4] as string | null) ?? null,
    })),
  };
}
