import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../server/db/client';
import { loadConfig } from '../../../server/config';
import { loadDemo } from '../../../server/services/demo-loader';
import { loadCustomerFacts, loadFactsFor, type CustomerFacts } from '../../../server/analytics/customer-facts';
import { recomputeStats } from '../../../server/services/customer-stats';
import { dayNumber } from '../../../shared/time/calendar';

const COLUMNS = ['pk', 'ids', 'ownerId', 'frequency', 'monetary', 'firstDay', 'lastDay', 'occasions', 'firstOccasionAmount',
  'aovRecent', 'aovPrior', 'lastContactDay', 'orders90d', 'monetary365d', 'events90d'] as const;
const AMOUNTS = new Set<string>(['monetary', 'firstOccasionAmount', 'aovRecent', 'aovPrior', 'monetary365d']);
const plain = (f: CustomerFacts) => Object.fromEntries(COLUMNS.map((k) => [k, Array.from(f[k] as ArrayLike<unknown>).slice(0, f.n)]));

/**
 * The refresh reads facts from the kept-current aggregates (customer_stats)
 * when nothing is dated after the as-of day, and folds the orders otherwise.
 * Both must give the same facts, to the last bit: here the same demo data
 * read both ways (a far-future non-contact event sends the second read down
 * the fold path and changes nothing else), and a few customers read alone.
 */
describe('customer facts', () => {
  it('are the same from the kept-current aggregates as from the orders themselves', async () => {
    const database = await openDatabase('file::memory:');
    const c = database.client;
    const now = new Date('2026-11-24T02:00:00Z');
    await loadDemo(database, { ...loadConfig({}), demo: true }, now, { customers: 500, seed: 11 });
    const asOf = dayNumber('2026-11-24');
    // Orders with amounts that are not whole yuan (the demo's are), 1 to 8 per customer, kept in the aggregates as imports do.
    const pks = (await c.execute('SELECT pk FROM customers ORDER BY pk LIMIT 40')).rows.map((r) => Number(r[0]));
    for (const [k, pk] of pks.entries()) {
      for (let j = 0; j <= k % 8; j++) {
        const day = asOf - 400 + 37 * j + k;
        await c.execute({ sql: 'INSERT INTO orders (order_id, customer_pk, ordered_at, day, amount) VALUES (?, ?, ?, ?, ?)', args: [`F-${pk}-${j}`, pk, `day ${day}`, day, 1234.56 + j * 0.1 + k / 3] });
      }
    }
    await recomputeStats(c, pks);
    const fromStats = await loadCustomerFacts(c, asOf);
    expect(fromStats.n).toBe(500);
    // The demo has customers with one to many orders, with fractional amounts, and prior orders for the AOV trend.
    expect(Array.from(fromStats.occasions).some((x) => x >= 7)).toBe(true);
    expect(Array.from(fromStats.aovPrior).filter((x) => !Number.isNaN(x)).length).toBeGreaterThan(50);
    expect(Array.from(fromStats.monetary).some((x) => !Number.isInteger(x))).toBe(true);

    await c.execute({ sql: "INSERT INTO events (customer_pk, type, occurred_at, day) VALUES (?, 'view', '2030-01-01T00:00:00', ?)", args: [fromStats.pk[0], dayNumber('2030-01-01')] });
    const folded = await loadCustomerFacts(c, asOf);
    // Whole numbers and ids exactly; sums of amounts to 1e-12 relative (SQLite adds them in another order on each path,
    // and the aggregates keep the latest amounts as 15-digit text).
    const a = plain(folded);
    const b = plain(fromStats);
    for (const k of COLUMNS) {
      if (!AMOUNTS.has(k)) expect([k, a[k]]).toEqual([k, b[k]]);
      else (a[k] as number[]).forEach((x, i) => expect(Number.isNaN(x) ? (Number.isNaN((b[k] as number[])[i]) ? 0 : 1) : Math.abs(x - (b[k] as number[])[i]) / Math.max(1, Math.abs(x)), `${k}[${i}]`).toBeLessThan(1e-12));
    }
    expect(a.aovPrior.map(Number.isNaN)).toEqual(b.aovPrior.map(Number.isNaN));

    const some = [fromStats.pk[7], fromStats.pk[3], fromStats.pk[42]];
    const alone = await loadFactsFor(c, some, asOf);
    expect(Array.from(alone.pk)).toEqual([fromStats.pk[3], fromStats.pk[7], fromStats.pk[42]]);
    for (const [i, j] of [[0, 3], [1, 7], [2, 42]]) {
      for (const k of ['ids', 'frequency', 'monetary', 'firstDay', 'lastDay', 'occasions', 'firstOccasionAmount', 'aovRecent', 'aovPrior', 'lastContactDay'] as const) {
        expect([k, (alone[k] as ArrayLike<unknown>)[i]]).toEqual([k, (fromStats[k] as ArrayLike<unknown>)[j]]);
      }
    }
  });

  it('have the same windowed figures read on a worker thread as read here', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'huaxiang-facts-'));
    try {
      const url = `file:${join(dir, 'facts.db')}`;
      const database = await openDatabase(url);
      const now = new Date('2026-11-24T02:00:00Z');
      await loadDemo(database, { ...loadConfig({}), demo: true }, now, { customers: 300, seed: 4 });
      const asOf = dayNumber('2026-11-24');
      const here = await loadCustomerFacts(database.client, asOf, { databaseUrl: url, windowsOnWorker: false });
      const there = await loadCustomerFacts(database.client, asOf, { databaseUrl: url, windowsOnWorker: true });
      expect(Array.from(here.orders90d).some((x) => x > 0)).toBe(true);
      expect(Array.from(here.events90d).some((x) => x > 0)).toBe(true);
      expect(Array.from(here.monetary365d).some((x) => x > 0)).toBe(true);
      expect(plain(there)).toEqual(plain(here));
      database.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
