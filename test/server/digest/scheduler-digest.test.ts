import { afterEach, describe, expect, it } from 'vitest';
import { makeTestApp } from '../../support/test-app';
import { startBackgroundJobs } from '../../../server/jobs/scheduler';

/**
 * The scheduler's Monday digest with nowhere to send it: no bot token and no
 * group webhook. It must not claim the ISO week, or a bot configured later
 * that Monday would find the week already "sent".
 */
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('scheduler: weekly digest', () => {
  it('does not claim the week when there is no bot and no group webhook', async () => {
    process.env.HUAXIANG_SCHEDULER = '0';
    for (const k of ['HUAXIANG_WECOM_WEBHOOK', 'HUAXIANG_FEISHU_WEBHOOK', 'HUAXIANG_DINGTALK_WEBHOOK']) delete process.env[k];
    // Monday 2026-11-23, 10:00 in Asia/Shanghai.
    const t = await makeTestApp({ clock: { now: new Date('2026-11-23T02:00:00Z') } });
    const jobs = await startBackgroundJobs({ ...t.deps, config: { ...t.deps.config, telegramToken: undefined } }, t.app);
    await jobs.tick();
    jobs.stop();
    expect((await t.database.client.execute('SELECT count(*) FROM digest_runs')).rows[0][0]).toBe(0);
  });

  it('claims and marks the week when a group webhook is configured', async () => {
    process.env.HUAXIANG_SCHEDULER = '0';
    process.env.HUAXIANG_WECOM_WEBHOOK = 'http://127.0.0.1:9/never';
    const t = await makeTestApp({ clock: { now: new Date('2026-11-23T02:00:00Z') } });
    const jobs = await startBackgroundJobs({ ...t.deps, config: { ...t.deps.config, telegramToken: undefined } }, t.app);
    await jobs.tick();
    jobs.stop();
    const rows = (await t.database.client.execute('SELECT week, sent_at IS NOT NULL FROM digest_runs')).rows;
    expect(rows.map((r) => [r[0], r[1]])).toEqual([['2026-W48', 1]]);
  });
});
