import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/client';
import { persistScores, type ScoreColumns } from '../../../server/analytics/persist-scores';

/** Two customers' scores, by hand. */
function columns(pk: number[]): ScoreColumns {
  const n = pk.length;
  const f64 = (v: number) => new Float64Array(n).fill(v);
  const text = (v: string | null) => new Array<string | null>(n).fill(v);
  return {
    n, pk: Int32Array.from(pk), recencyDays: f64(3), frequency: new Int32Array(n).fill(2), monetary: f64(123.45),
    r: new Uint8Array(n).fill(5), f: new Uint8Array(n).fill(4), m: new Uint8Array(n).fill(0),
    rfmSegment: text('champions'), rfm8: text('important_value'), lifecycle: text('active') as string[], abc: text('A'),
    valueActivity: text('core'), clvTier: text('whale'), cluster: new Int32Array(n).fill(-1),
    pAlive: f64(0.1 + 0.2), expectedPurchases90d: f64(NaN), expectedAvgSpend: f64(1 / 3), clv12m: f64(1e6),
    churnScore: f64(0.7), churnLevel: text('high'), churnReasons: text('[]'), valueAtRisk: f64(10), crossSell: text('["P-7"]'),
    completeness: f64(0.5), newlyHigh: new Uint8Array(n).fill(1),
  };
}

describe('persistScores', () => {
  it('rebuilds customer_scores with its indexes, carries over customers created since the facts were read, and snapshots the week', async () => {
    const database = await openDatabase('file::memory:');
    const c = database.client;
    await c.execute("INSERT INTO customers (customer_id) VALUES ('A'), ('B'), ('C'), ('D')");
    // The table's DDL after a rename quotes its name with "" instead of ``: the same table.
    const indexes = async () => (await c.execute("SELECT name, sql FROM sqlite_master WHERE tbl_name = 'customer_scores' ORDER BY name")).rows
      .map((r) => `${r[0]}|${String(r[1]).replace('"customer_scores"', '`customer_scores`')}`);
    const before = await indexes();
    expect(before.filter((x) => x.startsWith('scores_'))).toHaveLength(3);

    await persistScores(c, columns([1, 2]), '2026-11-23', '2026-W48', '2026-11-23T01:00:00.000Z');
    // Customers 3 and 4 are created and scored by the incremental path; a refresh that read facts when only 1–3 existed then persists 1–3.
    await c.execute("INSERT INTO customer_scores (customer_pk, as_of, frequency, monetary, lifecycle, computed_at) VALUES (3, '2026-11-24', 1, 7, 'active', 'x'), (4, '2026-11-24', 1, 9, 'active', 'x')");
    await persistScores(c, columns([1, 2, 3]), '2026-11-24', '2026-W48', '2026-11-24T01:00:00.000Z');

    const rows = (await c.execute('SELECT customer_pk, as_of, recency_days, monetary, r, m, p_alive, expected_purchases_90d, expected_avg_spend, cluster, lifecycle FROM customer_scores ORDER BY 1')).rows
      .map((r) => Object.values(r));
    expect(rows).toEqual([
      [1, '2026-11-24', 3, 123.45, 5, null, 0.1 + 0.2, null, 1 / 3, null, 'active'],
      [2, '2026-11-24', 3, 123.45, 5, null, 0.1 + 0.2, null, 1 / 3, null, 'active'],
      [3, '2026-11-24', 3, 123.45, 5, null, 0.1 + 0.2, null, 1 / 3, null, 'active'],
      [4, '2026-11-24', null, 9, null, null, null, null, null, null, 'active'],
    ]);
    expect(await indexes()).toEqual(before); // same table and index DDL, no copy left behind
    expect((await c.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE '%_next'")).rows[0][0]).toBe(0);
    const plan = (await c.execute("EXPLAIN QUERY PLAN SELECT customer_pk FROM customer_scores WHERE churn_level = 'high' ORDER BY newly_high DESC, value_at_risk DESC")).rows.map((r) => String(r.detail)).join(' ');
    expect(plan).toContain('scores_churn_idx');
    const snap = (await c.execute("SELECT customer_pk, as_of FROM segment_snapshots WHERE week = '2026-W48' ORDER BY 1")).rows.map((r) => Object.values(r));
    expect(snap).toEqual([[1, '2026-11-24'], [2, '2026-11-24'], [3, '2026-11-24'], [4, '2026-11-24']]);
    database.close();
  });
});
