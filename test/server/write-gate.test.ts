import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mayWrite, WriteGate } from '../../server/db/write-gate';
import { isDatabaseBusy } from '../../server/db/busy';
import { bearerFor, json, makeTestApp, seedCustomers, type TestApp } from '../support/test-app';

describe('mayWrite', () => {
  it('takes only plain reads for reads', () => {
    for (const sql of ['SELECT 1', '  select * from t', '/* c */ SELECT 1', '-- c\nSELECT 1', 'EXPLAIN QUERY PLAN SELECT 1', 'VALUES (1)', 'PRAGMA cache_size',
      'WITH x AS (SELECT 1) SELECT * FROM x']) expect([sql, mayWrite(sql)]).toEqual([sql, false]);
    for (const sql of ['INSERT INTO t VALUES (1)', 'update t set a = 1', 'DELETE FROM t', 'CREATE INDEX i ON t (a)', 'DROP TABLE t', 'BEGIN',
      'PRAGMA cache_size=-1000', 'WITH r AS (SELECT 1) INSERT INTO t SELECT * FROM r', 'REPLACE INTO t VALUES (1)', 'ALTER TABLE t RENAME TO u']) {
      expect([sql, mayWrite(sql)]).toEqual([sql, true]);
    }
  });
});

describe('the write gate', () => {
  it('serves writers in turn; one that waits too long gets a busy error and the queue goes on', async () => {
    const gate = new WriteGate();
    const order: string[] = [];
    const first = await gate.acquire();
    const second = gate.acquire().then((release) => {
      order.push('second');
      return release;
    });
    const late = await gate.acquire(50).then(() => 'turn', (e: unknown) => (isDatabaseBusy(e) ? 'busy' : String(e)));
    expect(late).toBe('busy');
    order.push('first done');
    first();
    (await second)();
    expect(order).toEqual(['first done', 'second']);
    const third = await gate.acquire(50);
    third();
  });
});

/**
 * A write request while this process's refresh holds the write lock (here a
 * transaction opened through the app's own client, as persistScores does)
 * waits for its turn — the event loop stays free, nothing fails — and is
 * stored once when the transaction commits.
 */
describe('a write while this process holds a write transaction', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await makeTestApp({ url: `file:${join(mkdtempSync(join(tmpdir(), 'hx-gate-')), 'h.db')}` });
    await seedCustomers(t);
  });
  afterAll(() => t.database.close());

  it('waits without blocking the event loop, then succeeds', async () => {
    const h = await bearerFor(t, 'admin1');
    const tx = await t.database.client.transaction('write');
    await tx.execute("INSERT INTO refresh_runs (as_of, week, report) VALUES ('2026-11-24', '2026-W48', '{}')");
    const started = performance.now();
    let done = false;
    const request = Promise.resolve(t.app.request('/api/orders', { method: 'POST', ...json([{ order_id: 'O-gate', customer_id: 'C-1', ordered_at: '2026-11-20 10:00', amount: 500 }], h) }))
      .then((res) => {
        done = true;
        return res;
      });
    // A timer set now fires on time: nothing holds the thread in SQLite's busy wait.
    const tick = performance.now();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(performance.now() - tick).toBeLessThan(1500);
    expect(done).toBe(false);
    await tx.commit();
    tx.close();
    const res = await request;
    expect(res.status).toBe(201);
    expect(performance.now() - started).toBeLessThan(4500); // not SQLite's 5 s busy timeout
    const stored = await t.database.client.execute("SELECT count(*) FROM orders WHERE order_id = 'O-gate'");
    expect(Number(stored.rows[0][0])).toBe(1);
    const run = await t.database.client.execute("SELECT count(*) FROM refresh_runs WHERE week = '2026-W48'");
    expect(Number(run.rows[0][0])).toBe(1);
  }, 30_000);
});
