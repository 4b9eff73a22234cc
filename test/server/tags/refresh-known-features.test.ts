import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../../server/db/client';
import { loadConfig } from '../../../server/config';
import { loadDemo } from '../../../server/services/demo-loader';
import { runRefresh } from '../../../server/analytics/refresh';
import { evaluateRuleTags } from '../../../server/tags/evaluate-rule-tags';
import { liveCounts } from '../../../server/tags/taxonomy';

/**
 * The refresh evaluates its tags on the columns it just computed (facts,
 * segments, models, churn) instead of reading them back. Here every
 * assignment it made — members and quoted reasons — is checked against the
 * same tags evaluated afterwards from the database alone, on the demo data
 * (2,000 customers with orders, events, contacts and interviews).
 */
describe('tags of a refresh from its own columns', () => {
  it('match, member for member and reason for reason, the tags evaluated from the database', async () => {
    const database = await openDatabase(`file:${join(mkdtempSync(join(tmpdir(), 'hx-known-')), 'h.db')}`);
    const now = new Date('2026-11-24T02:00:00Z');
    await loadDemo(database, { ...loadConfig({}), demo: true }, now, { customers: 600, seed: 7 });
    await runRefresh(database, { asOf: '2026-11-24', computedAt: now });
    const live = async () => (await database.client.execute(
      `SELECT tag_id, customer_pk, source, coalesce(reason, '') FROM tag_assignments
       WHERE removed_at IS NULL AND source IN ('rule', 'statistical', 'predictive') ORDER BY 1, 2`)).rows.map((r) => Object.values(r).join('|'));
    const fromRefresh = await live();
    const tags = new Set(fromRefresh.map((r) => r.split('|')[0]));
    expect(tags.size).toBeGreaterThan(10); // rule and predictive tags took part
    for (const id of ['high_net_worth', 'repeat_buyer_90d', 'aov_falling', 'no_contact_60d', 'likely_gone']) expect(tags).toContain(id);
    // Segment and churn-level tags are not stored: their members are read from the scores.
    expect([...tags].filter((id) => /^seg_|^churn_(low|medium|high)$/.test(id))).toEqual([]);

    await database.client.execute("DELETE FROM tag_assignments WHERE source IN ('rule', 'statistical', 'predictive')");
    const fromDb = await evaluateRuleTags(database, '2026-11-24', now.toISOString());
    expect(await live()).toEqual(fromRefresh);
    // Each segment tag's members read from the scores are exactly the customers its expression holds for.
    const counts = await liveCounts(database.client, null, now.toISOString());
    const segmentTags = fromDb.tags.filter((x) => /^seg_|^churn_(low|medium|high)$/.test(x.id));
    expect(segmentTags.length).toBeGreaterThan(20);
    expect(segmentTags.some((x) => x.members > 0 && x.id.startsWith('seg_cluster_'))).toBe(true);
    expect(segmentTags.some((x) => x.members > 0 && x.id === 'churn_high')).toBe(true);
    for (const x of segmentTags) expect([x.id, counts.get(x.id) ?? 0]).toEqual([x.id, x.members]);
    database.close();
  }, 60_000);
});
