import { beforeEach, describe, expect, it } from 'vitest';
import { recordTagUse, resolveTagIds } from '../../../server/tags/tag-usage';
import { ensureDefaultTags } from '../../../server/tags/tag-repository';
import { tagUsageRate } from '../../../server/services/tag-usage-rate';
import { dayNumber } from '../../../shared/time/calendar';
import { bearerFor } from '../../support/test-app';
import { makeTagTestApp, type TagTestApp } from './tag-test-app';

let t: TagTestApp;
beforeEach(async () => {
  t = await makeTagTestApp();
  await ensureDefaultTags(t.database.client);
});

const today = dayNumber('2026-11-24'); // the test clock is 2026-11-24 10:00 in Asia/Shanghai

describe('tag usage', () => {
  it('counts each use, reports the 30-day usage rate and lists unused and stale tags', async () => {
    const defined = Number((await t.database.client.execute('SELECT count(*) FROM tags WHERE active = 1')).rows[0][0]);
    const [manager, sales] = [t.users.manager1.id, t.users.sales1.id];
    const ids = await resolveTagIds(t.database.client, ['沉睡客户', 'high_net_worth', '没有这个标签']);
    expect(ids.sort()).toEqual(['high_net_worth', 'seg_lifecycle_sleeping']);
    await recordTagUse(t.database, [...ids, 'high_net_worth'], 'segment_filter', manager, today);
    await recordTagUse(t.database, ['high_net_worth'], 'bot', sales, today - 29);
    await recordTagUse(t.database, ['churn_high'], 'digest', null, today - 30); // outside the 30-day window
    await recordTagUse(t.database, ['gender_male'], 'export', manager, today - 100);
    await expect(recordTagUse(t.database, ['x'], 'dance' as never, null, today)).rejects.toThrow(/unknown tag use kind/);

    const res = await t.request('/api/tags/usage', { headers: await bearerFor(t, 'manager1') });
    expect(res.status).toBe(200);
    const r = await res.json();
    expect([r.defined, r.used, r.window_days, r.target, r.as_of]).toEqual([defined, 2, 30, 0.6, '2026-11-24']);
    expect(r.usage_rate).toBeCloseTo(2 / defined, 12);
    expect(r.meets_target).toBe(false);
    expect(r.uses_by_kind).toEqual({ segment_filter: 2, search: 0, bot: 1, digest: 0, export: 0 });
    const row = r.tags.find((x: { id: string }) => x.id === 'high_net_worth');
    expect([row.uses_30d, row.last_used]).toEqual([2, '2026-11-24']);
    expect(r.unused).toContain('churn_high');
    expect(r.unused).not.toContain('high_net_worth');
    expect(r.stale).toContain('gender_male'); // last used 100 days ago
    expect(r.stale).not.toContain('churn_high'); // used 30 days ago
    expect(r.stale.length).toBe(defined - 3);
    expect(r.empty).toContain('high_net_worth');
    expect(await tagUsageRate(t.database, t.clock.now)).toBeCloseTo(2 / defined, 12);

    expect((await t.request('/api/tags/usage', { headers: await bearerFor(t, 'sales1') })).status).toBe(403);
  });

  it('ignores retired tags in the rate', async () => {
    await recordTagUse(t.database, ['high_net_worth'], 'search', null, today);
    await t.database.client.execute("UPDATE tags SET active = 0 WHERE id <> 'high_net_worth' AND id <> 'gender_male'");
    expect(await tagUsageRate(t.database, t.clock.now)).toBe(0.5);
  });
});
