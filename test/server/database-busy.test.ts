import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '../../server/db/client';
import { isDatabaseBusy } from '../../server/db/busy';
import { bearerFor, json, makeTestApp, seedCustomers, type TestApp } from '../support/test-app';

/**
 * While another connection holds the write lock longer than the busy timeout
 * (the daily refresh persisting 1M score rows takes ~20 s), a write request
 * gets 503 `busy` with Retry-After — nothing saved — and the same request
 * sent again afterwards is saved once.
 */
describe('a write while the database is locked', () => {
  let t: TestApp;
  let other: Database;
  beforeAll(async () => {
    const url = `file:${join(mkdtempSync(join(tmpdir(), 'hx-busy-')), 'h.db')}`;
    t = await makeTestApp({ url });
    await seedCustomers(t);
    other = await openDatabase(url);
  });
  afterAll(() => {
    other.close();
    t.database.close();
  });

  it('answers 503 busy with Retry-After, saves nothing, and takes the retry once', async () => {
    const h = await bearerFor(t, 'admin1');
    const order = () => t.app.request('/api/orders', { method: 'POST', ...json([{ order_id: 'O-busy', customer_id: 'C-1', ordered_at: '2026-11-20 10:00', amount: 500 }], h) });
    const tx = await other.client.transaction('write');
    await tx.execute("INSERT INTO refresh_runs (as_of, week, report) VALUES ('2026-11-24', '2026-W48', '{}')");
    const res = await order();
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('10');
    expect((await res.json()).error.code).toBe('busy');
    await tx.rollback();
    tx.close();
    await new Promise((resolve) => setTimeout(resolve, 100)); // a client waits before retrying (Retry-After)
    const count = async () => Number((await t.database.client.execute("SELECT count(*) FROM orders WHERE order_id = 'O-busy'")).rows[0][0]);
    expect(await count()).toBe(0);
    const again = await order();
    expect(again.status).toBe(201);
    expect(await count()).toBe(1);
  }, 30_000);

  it('recognises SQLite busy errors by code, extended code or cause, and nothing else', () => {
    expect(isDatabaseBusy({ code: 'SQLITE_BUSY' })).toBe(true);
    expect(isDatabaseBusy({ code: 'SQLITE_BUSY_SNAPSHOT' })).toBe(true);
    expect(isDatabaseBusy({ rawCode: 517 })).toBe(true); // SQLITE_BUSY_SNAPSHOT
    expect(isDatabaseBusy(new Error('x', { cause: { code: 'SQLITE_BUSY' } }))).toBe(true);
    expect(isDatabaseBusy({ code: 'SQLITE_CONSTRAINT', rawCode: 19 })).toBe(false);
    expect(isDatabaseBusy(new Error('database is locked'))).toBe(false);
    expect(isDatabaseBusy(null)).toBe(false);
  });
});
