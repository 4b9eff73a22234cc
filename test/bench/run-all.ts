/**
 * `npm run bench`: the analytics benchmark of the analytics issue. Not a test:
 * it prints figures as one JSON document and asserts nothing.
 *
 * 1. Generates a synthetic orders CSV (BENCH_CUSTOMERS customers, default 1M;
 *    BENCH_ORDERS orders, default 10M, ~1.25 lines per order), imports it
 *    through the real import path, then — in a fresh process
 *    (refresh-stage.ts), so the refresh's peak RSS is its own — runs the full
 *    refresh and times 50 incremental updates (one order each, through the
 *    HTTP app).
 * 2. Runs the UCI Online Retail file end to end (import with flags, refresh as
 *    of 2011-12-10 in its own process) when it is present.
 * Each stage's wall time and peak RSS are printed.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/client';
import { importCsv } from '../../server/import/import-csv';
import { fileInput } from '../../server/import/csv-source';
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

/** Runs refresh-stage.ts in a fresh process so that its peak RSS is its own, not the import's. */
function childStage(name: string, file: string, asOf: string, extra: string[]) {
  process.stderr.write(`bench: ${name} (own process)…\n`);
  const t = performance.now();
  const out = execFileSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'refresh-stage.ts'), file, asOf, ...extra], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  result[name] = { wall_seconds: Math.round((performance.now() - t) / 10) / 100, ...JSON.parse(out) };
  process.stderr.write(`bench: ${name} ${JSON.stringify(result[name])}\n`);
}

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
  database.close();
  childStage('refresh_and_incremental', join(dir, 'bench.db'), '2026-01-01', ['--next-day', '--incremental', '50', '--customers', String(customers)]);
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
    db2.close();
    childStage('online_retail_refresh', join(dir, 'retail.db'), '2011-12-10', []);
  } else {
    result.online_retail = `skipped: Online Retail not found at ${retail}`;
  }
  result.import_process_peak_rss_mb = peakMb();
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
