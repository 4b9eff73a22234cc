import { beforeEach, describe, expect, it } from 'vitest';
import { segmentLabel } from '../../../server/analytics/labels';
import { runRefresh } from '../../../server/analytics/refresh';
import { sendWeeklyDigest } from '../../../server/digest/send-digest';
import { digestFor } from '../../../server/services/digest';
import { addUser, getUser } from '../../../server/services/users';
import { dayNumber } from '../../../shared/time/calendar';
import { PASSWORD } from '../../support/test-app';
import { makeTagTestApp, pkOf, seedOrders, type TagTestApp } from './tag-test-app';

let t: TagTestApp;
beforeEach(async () => {
  t = await makeTagTestApp(); // clock: 2026-11-24 10:00 in Asia/Shanghai
  await seedOrders(t);
  await runRefresh(t.database, { asOf: '2026-11-24', computedAt: t.clock.now }); // snapshot week 2026-W48
});

const digestUses = async () => (await t.database.client.execute("SELECT tag_id, user_id, day FROM tag_usage WHERE kind = 'digest' ORDER BY id")).rows
  .map((r) => [r.tag_id, r.user_id, r.day]);
/** The default taxonomy's id for a segment label, spelled out by hand: churn levels are `churn_<level>`, the rest `seg_<scheme>_<label>`. */
const tagIdOf = (scheme: string, label: string) => (scheme === 'churn_level' ? `churn_${label}` : `seg_${scheme}_${label}`.toLowerCase());

describe('the weekly digest counts the tags it shows', () => {
  it('one digest use per segment tag printed (counts now or last week, migration ends), for the user it was made for', async () => {
    // Last week C-2 (sleeping or lapsing now, last order in May) was 'active': a lifecycle migration worth acting on (to ≠ active) and a count shown only for last week.
    await t.database.client.execute({
      sql: `INSERT INTO segment_snapshots (week, customer_pk, as_of, rfm_segment, rfm8, lifecycle, abc, value_activity, clv_tier, cluster, churn_level, churn_score, clv_12m)
            SELECT '2026-W47', customer_pk, '2026-11-17', rfm_segment, rfm8, 'active', abc, value_activity, clv_tier, cluster, churn_level, churn_score, clv_12m
            FROM segment_snapshots WHERE week = '2026-W48' AND customer_pk = ?`,
      args: [await pkOf(t, 'C-2')],
    });
    const manager = (await getUser(t.database.db, t.users.manager1.id))!;
    const d = await digestFor(t.database, t.deps.config, manager, t.clock.now);
    const input = d.input!;
    expect(input.migrations.filter((m) => m.scheme === 'lifecycle').map((m) => [m.from, m.count])).toEqual([[segmentLabel('lifecycle', 'active'), 1]]);
    expect(input.segments.map((s) => s.scheme)).toEqual(['rfm_segment', 'lifecycle', 'clv_tier', 'churn_level']);

    const printed = input.segments.flatMap((s) => s.counts.filter((c) => c.count > 0 || (c.previous ?? 0) > 0).map((c) => tagIdOf(s.scheme, c.id)));
    expect(printed).toContain('seg_lifecycle_active'); // count 0 this week, 1 last week: still printed
    for (const s of input.segments) for (const c of s.counts) {
      if (c.count > 0 || (c.previous ?? 0) > 0) expect(d.markdown.zh).toContain(`${c.label.zh} ${c.count}`);
    }
    const uses = await digestUses();
    expect(uses.map((u) => u[0]).sort()).toEqual([...new Set(printed)].sort());
    expect(new Set(uses.map((u) => `${u[1]}/${u[2]}`))).toEqual(new Set([`${manager.id}/${dayNumber('2026-11-24')}`]));
    const shownNothing = input.segments.flatMap((s) => s.counts.filter((c) => c.count === 0 && !c.previous).map((c) => tagIdOf(s.scheme, c.id)));
    for (const id of shownNothing) expect(uses.map((u) => u[0])).not.toContain(id);

    // The team digest (sent by the scheduler) counts its uses without a user.
    await sendWeeklyDigest({ database: t.database, config: t.deps.config, now: new Date('2026-11-30T01:00:00Z'), hooks: [] });
    const team = (await digestUses()).slice(uses.length);
    expect(team.map((u) => u[0]).sort()).toEqual(uses.map((u) => u[0]).sort());
    expect(new Set(team.map((u) => `${u[1]}/${u[2]}`))).toEqual(new Set([`null/${dayNumber('2026-11-30')}`]));
  });
});

describe('sendWeeklyDigest counts real deliveries only', () => {
  beforeEach(async () => {
    const m2 = await addUser(t.database.db, { login: 'manager2', role: 'manager', password: PASSWORD, name: 'manager2' });
    await t.database.client.execute({ sql: 'UPDATE users SET telegram_user_id = 6001 WHERE id = ?', args: [t.users.manager1.id] });
    await t.database.client.execute({ sql: 'UPDATE users SET telegram_user_id = 6002, lang = ? WHERE id = ?', args: ['en', m2.id] });
    await t.database.client.execute({ sql: 'UPDATE users SET telegram_user_id = 6003 WHERE id = ?', args: [t.users.admin1.id] }); // admins get no digest
  });
  const send = (now: string, sendFn?: (chatId: number, text: string) => Promise<unknown>) =>
    sendWeeklyDigest({ database: t.database, config: t.deps.config, now: new Date(now), hooks: [], send: sendFn });

  it('without a sender (no bot) nobody is reached: every linked manager is reported skipped', async () => {
    const result = await send('2026-11-23T01:00:00Z');
    expect(result).toEqual({ week: '2026-W48', sent: true, managers: 0, skipped: [{ login: 'manager1', reason: 'no_sender' }, { login: 'manager2', reason: 'no_sender' }], groups: [] });
  });

  it('a failed send is not a delivery; the others count', async () => {
    const delivered: [number, string][] = [];
    const result = await send('2026-11-30T01:00:00Z', async (chatId, text) => {
      if (chatId === 6001) throw new Error('Forbidden: bot was blocked by the user');
      delivered.push([chatId, text]);
    });
    expect(result).toEqual({ week: '2026-W49', sent: true, managers: 1, skipped: [{ login: 'manager1', reason: 'send_failed' }], groups: [] });
    expect(delivered.map(([id, text]) => [id, text.startsWith('<b>Weekly segment digest')])).toEqual([[6002, true]]);
  });

  it('every linked manager reached: managers = 2, none skipped; a second call that week sends nothing', async () => {
    const delivered: number[] = [];
    const ok = async (chatId: number) => { delivered.push(chatId); };
    expect(await send('2026-12-07T01:00:00Z', ok)).toEqual({ week: '2026-W50', sent: true, managers: 2, skipped: [], groups: [] });
    expect(await send('2026-12-08T01:00:00Z', ok)).toEqual({ week: '2026-W50', sent: false, reason: 'claimed elsewhere', managers: 0, skipped: [], groups: [] });
    expect(delivered).toEqual([6001, 6002]);
  });
});
