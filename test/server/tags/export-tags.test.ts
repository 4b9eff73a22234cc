import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CliContext } from '../../../server/cli/cli-context';
import { exportCustomers } from '../../../server/cli/commands/export-command';
import { cardTags } from '../../../server/tags/card-tags';
import { dayNumber } from '../../../shared/time/calendar';
import { bearerFor, json } from '../../support/test-app';
import { makeTagTestApp, pkOf, seedOrders, type TagTestApp } from './tag-test-app';

let t: TagTestApp;
let ctx: CliContext;
const dir = mkdtempSync(join(tmpdir(), 'hx-export-tags-'));
let n = 0;

beforeEach(async () => {
  t = await makeTagTestApp(); // clock: 2026-11-24T02:00Z = 10:00 in Asia/Shanghai
  await seedOrders(t);
  ctx = { config: t.deps.config, json: false, open: async () => t.database, out: () => {}, progress: () => {}, now: () => t.clock.now };
  const res = await t.request('/api/events', {
    method: 'POST', ...json({ customer_id: 'C-3', type: 'view', occurred_at: '2026-11-24 09:00:00', product: 'X3', duration_s: 600 }, await bearerFor(t, 'admin1')),
  });
  expect(res.status).toBe(201); // 高购买意向 on C-3 until 2026-12-01T02:00Z
});

/** Runs `huaxiang export customers --format json --out FILE` and returns customer_id → tag names. */
async function exportTags(): Promise<Map<string, string[]>> {
  const out = join(dir, `export-${++n}.json`);
  await exportCustomers.run({ format: 'json', out }, ['customers'], ctx);
  const rows = JSON.parse(readFileSync(out, 'utf8')) as { customer_id: string; tags: string | null }[];
  return new Map(rows.map((r) => [r.customer_id, r.tags === null ? [] : r.tags.split('|')]));
}
const exportUses = async () => (await t.database.client.execute("SELECT tag_id, user_id, day FROM tag_usage WHERE kind = 'export' ORDER BY tag_id")).rows
  .map((r) => [r.tag_id, r.user_id, r.day]);
const liveNames = async (id: string) => (await cardTags(t.database, await pkOf(t, id), t.clock.now.toISOString())).map((x) => x.name.zh).sort();

describe('export customers: the tags column', () => {
  it('lists only live tags (active, not removed, not expired), the same ones the card shows, and counts each once', async () => {
    const first = await exportTags(); // the first export runs the refresh it needs
    expect(first.get('C-3')).toContain('高购买意向');
    expect(first.get('C-1')).toContain('高净值客户');
    for (const id of ['C-1', 'C-2', 'C-3', 'C-4']) expect([...first.get(id)!].sort()).toEqual(await liveNames(id));
    const listed = [...new Set([...first.values()].flat())];
    const ids = (await t.database.client.execute({ sql: 'SELECT id FROM tags WHERE name_zh IN (SELECT value FROM json_each(?)) ORDER BY id', args: [JSON.stringify(listed)] })).rows.map((r) => r.id);
    expect(ids).toHaveLength(listed.length);
    expect(await exportUses()).toEqual(ids.map((id) => [id, null, dayNumber('2026-11-24')]));

    // A removed assignment and a retired tag drop out; the event tag drops out at its expiry.
    await t.database.client.execute({ sql: "UPDATE tag_assignments SET removed_at = ? WHERE tag_id = 'high_net_worth' AND customer_pk = ?", args: [t.clock.now.toISOString(), await pkOf(t, 'C-2')] });
    await t.database.client.execute("UPDATE tags SET active = 0 WHERE id = 'high_purchase_intent'");
    let again = await exportTags();
    expect(again.get('C-1')).toContain('高净值客户');
    expect(again.get('C-2')).not.toContain('高净值客户');
    expect(again.get('C-3')).not.toContain('高购买意向');
    await t.database.client.execute("UPDATE tags SET active = 1 WHERE id = 'high_purchase_intent'");

    t.clock.now = new Date('2026-12-01T01:59:59Z');
    expect((await exportTags()).get('C-3')).toContain('高购买意向');
    t.clock.now = new Date('2026-12-01T02:00:00Z'); // expires_at = now: expired
    again = await exportTags();
    expect(again.get('C-3')).not.toContain('高购买意向');
    for (const id of ['C-1', 'C-2', 'C-3', 'C-4']) expect([...again.get(id)!].sort()).toEqual(await liveNames(id));
    const rows = (await t.database.client.execute("SELECT day FROM tag_usage WHERE kind = 'export' AND tag_id = 'high_purchase_intent' ORDER BY id")).rows;
    expect(rows.map((r) => r.day)).toEqual([dayNumber('2026-11-24'), dayNumber('2026-12-01')]); // first export, and the one a second before expiry
  });
});
