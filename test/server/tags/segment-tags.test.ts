import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../server/db/client';
import { loadConfig } from '../../../server/config';
import { loadDemo } from '../../../server/services/demo-loader';
import { runRefresh } from '../../../server/analytics/refresh';
import { cardTags } from '../../../server/tags/card-tags';
import { liveCounts } from '../../../server/tags/taxonomy';
import { tagIdFilterCondition } from '../../../server/tags/tag-filter';
import { listCustomers } from '../../../server/services/customers';
import { exportCustomerRows } from '../../../server/services/customer-export';
import { evaluateRuleTags } from '../../../server/tags/evaluate-rule-tags';
import { loadFeatures } from '../../../server/tags/feature-loader';
import { validateTag } from '../../../server/tags/validate-tag';
import { callKey } from '../../../shared/tags/index';

/**
 * Segment tags (a statistical tag that is exactly one stored label) are read
 * from the scores everywhere, never from stored rows: a demo database after
 * a refresh, with stale stored rows planted as an older version wrote them.
 */
describe('segment tags read from the scores', () => {
  it('card, filter, counts, export, has_tag and A/B agree with the scores; stale stored rows are ignored, then closed', async () => {
    const database = await openDatabase(`file:${join(mkdtempSync(join(tmpdir(), 'hx-segtags-')), 'h.db')}`);
    const c = database.client;
    const now = new Date('2026-11-24T02:00:00Z');
    const nowIso = now.toISOString();
    await loadDemo(database, { ...loadConfig({}), demo: true }, now, { customers: 300, seed: 5 });
    await runRefresh(database, { asOf: '2026-11-24', computedAt: now });
    const sleeping = (await c.execute("SELECT customer_pk FROM customer_scores WHERE lifecycle = 'sleeping' ORDER BY 1")).rows.map((r) => Number(r[0]));
    const active = (await c.execute("SELECT customer_pk FROM customer_scores WHERE lifecycle = 'active' ORDER BY 1")).rows.map((r) => Number(r[0]));
    expect(sleeping.length).toBeGreaterThan(5);
    expect(active.length).toBeGreaterThan(5);
    // A stale stored row, as an older version wrote them: an active customer "carrying" the sleeping tag.
    await c.execute({
      sql: "INSERT INTO tag_assignments (tag_id, customer_pk, source, reason, assigned_at) VALUES ('seg_lifecycle_sleeping', ?, 'statistical', NULL, '2026-01-01T00:00:00Z')",
      args: [active[0]],
    });

    // Card: the tag of the label held, with the tag's description; not the stale row.
    const cardOf = async (pk: number) => (await cardTags(database, pk, nowIso)).filter((x) => x.id.startsWith('seg_lifecycle_')).map((x) => x.id);
    expect(await cardOf(active[0])).toEqual(['seg_lifecycle_active']);
    expect(await cardOf(sleeping[0])).toEqual(['seg_lifecycle_sleeping']);
    // Counts and the ?tag= filter: exactly the customers whose scores hold the label.
    const counts = await liveCounts(c, null, nowIso);
    expect(counts.get('seg_lifecycle_sleeping')).toBe(sleeping.length);
    expect(counts.get('seg_lifecycle_active')).toBe(active.length);
    // A salesperson counts only their own customers (the visibility's bound values follow the tags').
    const owner = (await c.execute("SELECT c.owner_id, count(*) FROM customers c JOIN customer_scores s ON s.customer_pk = c.pk WHERE s.lifecycle = 'sleeping' AND c.owner_id IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 1")).rows[0];
    const rep = { id: Number(owner[0]), login: 'rep', role: 'sales' as const, name: 'rep', lang: 'zh', telegramUserId: null };
    const repCounts = await liveCounts(c, rep, nowIso);
    expect(repCounts.get('seg_lifecycle_sleeping')).toBe(Number(owner[1]));
    expect(Number(owner[1])).toBeLessThan(sleeping.length);
    const admin = { id: 1, login: 'admin', role: 'admin' as const, name: 'admin', lang: 'zh', telegramUserId: null };
    const page = await listCustomers(database.db, admin, { extra: [await tagIdFilterCondition(c, 'seg_lifecycle_sleeping', nowIso)], limit: 1000 });
    const pkOf = new Map((await c.execute('SELECT customer_id, pk FROM customers')).rows.map((r) => [String(r[0]), Number(r[1])]));
    expect(page.items.map((x) => pkOf.get(x.customer_id)!).sort((a, b) => a - b)).toEqual(sleeping);
    // Export: the Chinese name of the label's tag on each row.
    const sleepingName = String((await c.execute("SELECT name_zh FROM tags WHERE id = 'seg_lifecycle_sleeping'")).rows[0][0]);
    const exported: number[] = [];
    for await (const row of exportCustomerRows(c, { nowIso })) if (String(row.tags ?? '').split('|').includes(sleepingName)) exported.push(pkOf.get(String(row.customer_id))!);
    expect(exported.sort((a, b) => a - b)).toEqual(sleeping);
    // …and of the churn level's tag (a predictive tag that is one stored label).
    const high = (await c.execute("SELECT customer_pk FROM customer_scores WHERE churn_level = 'high' ORDER BY 1")).rows.map((r) => Number(r[0]));
    const highName = String((await c.execute("SELECT name_zh FROM tags WHERE id = 'churn_high'")).rows[0][0]);
    const exportedHigh: number[] = [];
    for await (const row of exportCustomerRows(c, { nowIso })) if (String(row.tags ?? '').split('|').includes(highName)) exportedHigh.push(pkOf.get(String(row.customer_id))!);
    expect(high.length).toBeGreaterThan(5);
    expect(exportedHigh.sort((a, b) => a - b)).toEqual(high);
    // has_tag (scoped, as after new activity) reads the scores.
    const key = callKey('has_tag', ['seg_lifecycle_sleeping']);
    const f = await loadFeatures(c, [{ kind: 'call', name: 'has_tag', args: ['seg_lifecycle_sleeping'], key, source: 'tags' }], { asOfDay: 0, nowIso, pks: [active[0], sleeping[0]] });
    expect([f.columns.get(key)![f.indexOf.get(active[0])!], f.columns.get(key)![f.indexOf.get(sleeping[0])!]]).toEqual([0, 1]);
    // A/B validation: the tagged customers are the label's holders (first as-of day of the label).
    const ab = await validateTag(database, 'seg_lifecycle_sleeping', { outcome: 'purchase', days: 1, controlShare: 0.5 }, { nowIso: '2026-11-26T02:00:00Z', timeZone: 'Asia/Shanghai' });
    expect(ab.customers + ab.pending).toBe(sleeping.length);

    // The next evaluation closes the stale row and stores nothing for segment tags.
    const report = await evaluateRuleTags(database, '2026-11-24', nowIso);
    expect(report.tags.find((x) => x.id === 'seg_lifecycle_sleeping')).toMatchObject({ members: sleeping.length, added: 0, removed: 1 });
    const live = await c.execute("SELECT count(*) FROM tag_assignments WHERE tag_id LIKE 'seg_%' AND removed_at IS NULL");
    expect(Number(live.rows[0][0])).toBe(0);
    database.close();
  }, 60_000);
});
