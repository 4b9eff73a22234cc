/**
 * Import benchmark (`npm run bench:import`): writes a synthetic 1M-row orders
 * CSV (BENCH_ROWS to change) to a temp dir, imports it into a fresh temp
 * database through the CLI's path (importCsv from a file), and prints one
 * JSON document: rows/s and seconds for the whole import (parse, write,
 * per-customer recompute, commit), plus the parse-only rate of the same file
 * for comparison. Figures, not assertions: the machine is shared.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/client';
import { fileInput, openCsvSource } from '../../server/import/csv-source';
import { importCsv } from '../../server/import/import-csv';
import { makeInstantToLocal } from '../../server/import/zone-wall-time';
import { writeSyntheticOrders } from './synthetic-orders';

const rows = Number(process.env.BENCH_ROWS ?? 1_000_000);
const customers = Math.max(1, Math.round(rows / 10));
const dir = mkdtempSync(join(tmpdir(), 'huaxiang-import-bench-'));
try {
  const file = join(dir, 'orders.csv');
  const generated = await writeSyntheticOrders(file, rows, customers);

  const parseStart = performance.now();
  const source = await openCsvSource(fileInput(file), 'orders', { instantToLocal: makeInstantToLocal('Asia/Shanghai') });
  let parsed = 0;
  for await (const batch of source.batches) parsed += batch.length;
  const parseSeconds = (performance.now() - parseStart) / 1000;

  const database = await openDatabase(`file:${join(dir, 'bench.db')}`);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await importCsv(database, 'orders', fileInput(file), { skipBad: false, dryRun: false, timeZone: 'Asia/Shanghai', now: new Date() });
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  database.close();
  if (!report.written || report.rows !== rows) throw new Error(`import failed: ${JSON.stringify({ ...report, errors: report.errors.slice(0, 3) })}`);
  process.stdout.write(`${JSON.stringify({
    benchmark: 'import orders',
    rows,
    orders: generated.orders,
    customers: report.customers_touched,
    file_mb: Math.round(statSync(file).size / 1e5) / 10,
    seconds: Math.round(seconds * 100) / 100,
    rows_per_s: Math.round(rows / seconds),
    cpu_seconds: Math.round((used.user + used.system) / 1e4) / 100,
    parse_only: { rows: parsed, seconds: Math.round(parseSeconds * 100) / 100, rows_per_s: Math.round(parsed / parseSeconds) },
  }, null, 2)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
