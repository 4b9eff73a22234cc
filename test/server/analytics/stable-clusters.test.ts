import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/client';
import { loadConfig } from '../../../server/config';
import { loadDemo } from '../../../server/services/demo-loader';
import { latestRefresh, runRefresh } from '../../../server/analytics/refresh';
import { cardTags } from '../../../server/tags/card-tags';

/**
 * A cluster keeps its number from one refresh to the next: the refresh
 * passes the last run's clusters (number and centroid, kept in its report)
 * to the clustering. Here the last report's numbers are reversed by hand;
 * the next refresh must follow them, and every customer's cluster and
 * cluster tag with it.
 */
describe('cluster numbers across refreshes', () => {
  it('follow the previous refresh, so ids, tags and history do not swap', async () => {
    const database = await openDatabase('file::memory:');
    const c = database.client;
    const now = new Date('2026-11-24T02:00:00Z');
    await loadDemo(database, { ...loadConfig({}), demo: true }, now, { customers: 400, seed: 3 });
    await runRefresh(database, { asOf: '2026-11-24', computedAt: now });
    const first = (await latestRefresh(c))!.report.clusters;
    expect(first.length).toBeGreaterThanOrEqual(3);
    expect(first.every((cl) => cl.number && cl.centroid)).toBe(true);
    const clusterOf = async () => new Map((await c.execute('SELECT customer_pk, cluster FROM customer_scores WHERE cluster IS NOT NULL')).rows
      .map((r) => [Number(r[0]), Number(r[1])]));
    const before = await clusterOf();

    const k = first.length;
    const reversed = first.map((cl) => ({ ...cl, number: k + 1 - cl.number!, id: String(k + 1 - cl.number!) }));
    const run = await c.execute('SELECT id, report FROM refresh_runs ORDER BY id DESC LIMIT 1');
    const report = JSON.parse(String(run.rows[0][1]));
    await c.execute({ sql: 'UPDATE refresh_runs SET report = ? WHERE id = ?', args: [JSON.stringify({ ...report, clusters: reversed }), run.rows[0][0]] });

    await runRefresh(database, { asOf: '2026-11-24', computedAt: now });
    const after = await clusterOf();
    expect(after.size).toBe(before.size);
    for (const [pk, cluster] of before) expect([pk, after.get(pk)]).toEqual([pk, k + 1 - cluster]);
    const second = (await latestRefresh(c))!.report.clusters;
    expect(second.map((cl) => [cl.number, cl.label.zh])).toEqual(reversed.map((cl) => [cl.number, cl.label.zh]).sort((a, b) => Number(a[0]) - Number(b[0])));
    // Each customer carries the tag of its (renumbered) cluster, and only that one.
    for (const [pk, cluster] of after) {
      const tags = (await cardTags(database, pk, now.toISOString())).filter((x) => x.id.startsWith('seg_cluster_')).map((x) => x.id);
      expect([pk, tags]).toEqual([pk, [`seg_cluster_${cluster}`]]);
    }
    database.close();
  }, 60_000);
});
