import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../server/db/client';
import { syncAssignmentsInChunks, type ChunkTarget } from '../../../server/tags/chunked-assignment-sync';

let database: Database;
beforeEach(async () => {
  database = await openDatabase('file::memory:');
});
afterEach(() => database.close());

const NOW = '2026-11-24T02:00:00.000Z';
const insert = (tagId: string, pk: number, source: string, removedAt: string | null = null) => database.client.execute({
  sql: "INSERT INTO tag_assignments (tag_id, customer_pk, source, reason, assigned_at, removed_at) VALUES (?, ?, ?, '{\"zh\":\"旧\",\"en\":\"old\"}', '2026-01-01T00:00:00.000Z', ?)",
  args: [tagId, pk, source, removedAt],
});
const rows = async () => (await database.client.execute(
  'SELECT id, tag_id, customer_pk, source, reason, assigned_at, removed_at FROM tag_assignments ORDER BY id',
)).rows.map((r) => ({ id: Number(r.id), tag: r.tag_id, pk: Number(r.customer_pk), source: r.source, reason: r.reason, at: r.assigned_at, removed: r.removed_at }));

describe('syncAssignmentsInChunks', () => {
  it('adds, keeps and closes across chunk edges, closes customers not loaded, and leaves other sources and history alone', async () => {
    await insert('a', 2, 'rule', '2026-02-01T00:00:00.000Z'); // history
    await insert('a', 4, 'rule'); // kept
    await insert('a', 6, 'rule'); // no longer matches
    await insert('a', 7, 'rule'); // customer not loaded (erased), between two loaded ones
    await insert('a', 99, 'rule'); // beyond the last loaded customer
    await insert('a', 1, 'rule'); // before the first
    await insert('b', 2, 'user:1'); // same tag id, another source: untouched
    const pk = Int32Array.from([2, 4, 6, 8, 10]);
    const targets: ChunkTarget[] = [
      { tagId: 'a', source: 'rule', flags: Uint8Array.from([1, 1, 0, 0, 1]), reasonOf: (i) => JSON.stringify({ zh: `值 ${pk[i]}`, en: `value ${pk[i]}` }) },
      { tagId: 'b', source: 'statistical', flags: Uint8Array.from([0, 1, 1, 0, 1]), reasonOf: null }, // the tag's description is the reason: stored NULL
    ];
    const before = await rows();
    const result = await syncAssignmentsInChunks(database.client, pk, targets, NOW, 2);
    expect(result).toEqual({ added: [2, 3], removed: [4, 0] });

    const after = await rows();
    // Old rows: unchanged except removed_at on the four closed ones.
    const closed = new Set([6, 7, 99, 1]);
    for (const old of before) {
      const now = after.find((r) => r.id === old.id)!;
      expect(now).toEqual({ ...old, removed: old.tag === 'a' && old.removed === null && closed.has(old.pk) ? NOW : old.removed });
    }
    const added = after.filter((r) => r.id > before[before.length - 1].id);
    expect(added.map((r) => [r.tag, r.pk, r.source, r.reason, r.at, r.removed])).toEqual([
      // chunk (−∞, 4]: target a then b; chunk (4, 8]: b; chunk (8, ∞): a then b
      ['a', 2, 'rule', '{"zh":"值 2","en":"value 2"}', NOW, null],
      ['b', 4, 'statistical', null, NOW, null],
      ['b', 6, 'statistical', null, NOW, null],
      ['a', 10, 'rule', '{"zh":"值 10","en":"value 10"}', NOW, null],
      ['b', 10, 'statistical', null, NOW, null],
    ]);

    // Same flags again: nothing to do, whatever the chunk size.
    expect(await syncAssignmentsInChunks(database.client, pk, targets, '2026-11-25T02:00:00.000Z', 3)).toEqual({ added: [0, 0], removed: [0, 0] });
    expect(await rows()).toEqual(after);
  });

  it('counts a customer with two live rows of a tag once, so another member without it still gets it', async () => {
    await insert('a', 2, 'rule');
    await insert('a', 2, 'rule'); // a duplicate live row (data from before): two rows, one carrier
    const pk = Int32Array.from([2, 4]);
    const target: ChunkTarget = { tagId: 'a', source: 'rule', flags: Uint8Array.from([1, 1]), reasonOf: null };
    expect(await syncAssignmentsInChunks(database.client, pk, [target], NOW)).toEqual({ added: [1], removed: [0] });
    expect((await rows()).filter((r) => r.removed === null).map((r) => r.pk)).toEqual([2, 2, 4]);
  });

  it('with no customers loaded, closes every live assignment of the targets', async () => {
    await insert('a', 3, 'rule');
    await insert('a', 5, 'interview');
    const target: ChunkTarget = { tagId: 'a', source: 'rule', flags: new Uint8Array(0), reasonOf: () => 'unused' };
    expect(await syncAssignmentsInChunks(database.client, new Int32Array(0), [target], NOW)).toEqual({ added: [0], removed: [1] });
    expect((await rows()).map((r) => [r.pk, r.source, r.removed])).toEqual([[3, 'rule', NOW], [5, 'interview', null]]);
  });
});
