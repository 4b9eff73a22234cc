import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/client';
import { loadConfig } from '../../../server/config';
import { loadDemo } from '../../../server/services/demo-loader';
import { runRefresh } from '../../../server/analytics/refresh';
import { cardAnalytics } from '../../../server/analytics/card-analytics';
import { dashboardData } from '../../../server/analytics/dashboard';
import { SNAPSHOT_WEEKS_CTE } from '../../../server/analytics/snapshot-weeks';

/**
 * Snapshots have one index, (week, customer_pk): a customer's segment
 * history and the dashboard's last weeks are read one seek per week, never by
 * scanning every snapshot row, and give what a plain scan gives.
 */
describe('snapshot weeks', () => {
  it('lists the weeks newest first, and the card history and dashboard trend read them by seeks', async () => {
    const database = await openDatabase('file::memory:');
    const c = database.client;
    const now = new Date('2026-11-24T02:00:00Z');
    await loadDemo(database, { ...loadConfig({}), demo: true }, now, { customers: 200, seed: 9 });
    for (const asOf of ['2026-11-03', '2026-11-10', '2026-11-12', '2026-11-24']) await runRefresh(database, { asOf, computedAt: now });
    const plain = (await c.execute('SELECT DISTINCT week FROM segment_snapshots ORDER BY week DESC')).rows.map((r) => String(r[0]));
    const weeks = (await c.execute(`${SNAPSHOT_WEEKS_CTE} SELECT week FROM snapshot_weeks WHERE week IS NOT NULL`)).rows.map((r) => String(r[0]));
    expect(plain.length).toBeGreaterThanOrEqual(3);
    expect(weeks).toEqual(plain);

    // Every customer's history equals a plain read of their snapshot rows.
    const pks = (await c.execute('SELECT customer_pk FROM customer_scores ORDER BY 1')).rows.map((r) => Number(r[0]));
    for (const pk of pks) {
      const want = (await c.execute({ sql: 'SELECT week, lifecycle FROM segment_snapshots NOT INDEXED WHERE customer_pk = ? ORDER BY week DESC', args: [pk] })).rows
        .map((r) => [String(r[0]), r[1] === null ? null : String(r[1])]);
      const got = (await cardAnalytics(c, pk))!.history.map((h) => [h.week, h.lifecycle]);
      expect([pk, got]).toEqual([pk, want]);
    }
    const trend = (await dashboardData(c, { id: 1, login: 'admin', role: 'admin', name: 'admin', lang: 'zh', telegramUserId: null }, now)).churn_trend;
    expect(trend.map((p) => p.week)).toEqual([...plain].reverse());

    // One index only: a (customer_pk, week) index would take an insert on every leaf page each week.
    const indexes = (await c.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'segment_snapshots' AND sql IS NOT NULL")).rows.map((r) => String(r[0]));
    expect(indexes).toEqual(['snapshots_week_customer_idx']);
    // No plan scans the snapshots: the weeks, the history and the trend's week list are seeks.
    const plan = async (sql: string) => (await c.execute({ sql: `EXPLAIN QUERY PLAN ${sql}`, args: [1] })).rows.map((r) => String(r[3]));
    const history = await plan(`${SNAPSHOT_WEEKS_CTE} SELECT s.week FROM snapshot_weeks w JOIN segment_snapshots s ON s.week = w.week AND s.customer_pk = ?`);
    expect(history.filter((d) => /SCAN (segment_snapshots|s|p)\b/.test(d))).toEqual([]);
    expect(history.some((d) => d.includes('snapshots_week_customer_idx (week=? AND customer_pk=?)'))).toBe(true);
    const list = await plan(`${SNAPSHOT_WEEKS_CTE} SELECT week FROM snapshot_weeks WHERE week IS NOT NULL AND ? > 0`);
    expect(list.filter((d) => /SCAN (segment_snapshots|s|p)\b/.test(d))).toEqual([]);
    database.close();
  }, 60_000);
});
