/**
 * `npm run bench`: the analytics benchmark of the analytics issue. Not a test:
 * it prints figures as one JSON document and asserts nothing.
 *
 * 1. Generates a synthetic orders CSV (BENCH_CUSTOMERS customers, default 1M;
 *    BENCH_ORDERS orders, default 10M, ~1.25 lines per order), imports it
 *    through the real import path, runs the full refresh, and times 50
 *    incremental updates (one order each, through the HTTP app).
 * 2. Runs the UCI Online Retail file end to end (import with flags, refresh as
 *    of 2011-12-10) when it is present.
 * Each stage's wall time, and the process's peak RSS after it, are printed.
 */
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/client';
import { importCsv } from '../../server/import/import-csv';
import { fileInput } from '../../server/import/csv-source';
import { runRefresh } from '../../server/analytics/refresh';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { LoginLimiter } from '../../server/auth/login-limiter';
import { addUser, createApiToken } from '../../server/services/users';
import { writeSyntheticOrders } from './synthetic-orders';

const customers = Number(process.env.BENCH_CUSTOMERS ?? 1_000_000);
const orders = Number(process.env.BENCH_ORDERS ?? 10_000_000);
const retail = process.env.HUAXIANG_ONLINE_RETAIL ?? join(import.meta.dirname, '../../../shared/data/online-retail/online_retail_2010_2011.csv.gz');
const dir = mkdtempSync(join(tmpdir(), 'huaxiang-bench-'));
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const result: Record<string, unknown> = { customers, orders, machine: { cores: (await import('node:os')).cpus().length } };

async function stage<T>(name: string, fn: () => Promise<T>): Promise<T> {
  process.stderr.write(`bench: ${name}…\n`);
  const t = performance.now();
  const value = await fn();
  const seconds = Math.round((performance.now() - t) / 10) / 100;
  result[name] = { seconds, peak_rss_mb: peakMb(), ...(typeof value === 'object' && value !== null && 'figures' in value ? (value as { figures: object }).figures : {}) };
  process.stderr.write(`bench: ${name} ${seconds} s, peak RSS ${peakMb()} MB\n`);
  return value;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 10) / 10;
};

try {
  const csv = join(dir, 'orders.csv');
  const lines = Math.round(orders * 1.25);
  const generated = await stage('generate_csv', async () => {
    const g = await writeSyntheticOrders(csv, lines, customers);
    return { ...g, figures: { lines: g.rows, orders: g.orders } };
  });
  const database = await openDatabase(`file:${join(dir, 'bench.db')}`);
  await stage('import', async () => {
    const r = await importCsv(database, 'orders', fileInput(csv), { skipBad: false, dryRun: false, timeZone: 'Asia/Shanghai', now: new Date() });
    if (!r.written) throw new Error(`import failed: ${JSON.stringify(r.errors.slice(0, 3))}`);
    return { figures: { rows: r.rows, rows_per_s: Math.round(r.rows / r.seconds), orders: r.records, customers: r.customers_created } };
  });
  const report = await stage('refresh', async () => {
    const r = await runRefresh(database, { asOf: '2026-01-01', computedAt: new Date() });
    return { ...r, figures: { stages_ms: r.timings_ms, with_orders: r.with_orders, warnings: r.models.warnings } };
  });
  void report;
  await stage('incremental', async () => {
    const config = { ...loadConfig({}), demo: false };
    const app = createApp({ database, config, now: () => new Date(), limiter: new LoginLimiter() });
    await addUser(database.db, { login: 'bench', role: 'admin', password: 'bench-password-1' });
    const headers = { authorization: `Bearer ${await createApiToken(database.db, 'bench')}`, 'content-type': 'application/json' };
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const body = JSON.stringify({ order_id: `INC-${i}`, customer_id: `C${String((i * 7919) % customers).padStart(7, '0')}`, ordered_at: '2025-12-31 10:00', amount: 100 + i });
      const t = performance.now();
      const res = await app.request('/api/orders', { method: 'POST', headers, body });
      times.push(performance.now() - t);
      if (res.status !== 201) throw new Error(`POST /api/orders: ${res.status} ${await res.text()}`);
    }
    return { figures: { requests: times.length, p50_ms: quantile(times, 0.5), p95_ms: quantile(times, 0.95) } };
  });
  database.close();
  rmSync(csv, { force: true });
  void generated;

  if (existsSync(retail)) {
    const db2 = await openDatabase(`file:${join(dir, 'retail.db')}`);
    await stage('online_retail_import', async () => {
      const r = await importCsv(db2, 'orders', fileInput(retail), {
        map: 'order_id=InvoiceNo,customer_id=CustomerID,ordered_at=InvoiceDate,quantity=Quantity,unit_price=UnitPrice,product=StockCode',
        skipBad: true, dryRun: false, timeZone: 'Asia/Shanghai', now: new Date(),
      });
      return { figures: { rows: r.rows, good: r.good, bad: r.bad, orders: r.records, customers: r.customers_created, bad_by_code: r.bad_by_code } };
    });
    await stage('online_retail_refresh', async () => {
      const r = await runRefresh(db2, { asOf: '2011-12-10', computedAt: new Date() });
      return { figures: { customers: r.customers, stages_ms: r.timings_ms, bgnbd: r.models.bgnbd, warnings: r.models.warnings } };
    });
    db2.close();
  } else {
    result.online_retail = `skipped: Online Retail not found at ${retail}`;
  }
  result.peak_rss_mb = peakMb();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
