import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../server/db/client';
import { fileInput } from '../../../server/import/csv-source';
import { importCsv } from '../../../server/import/import-csv';
import type { ImportReport } from '../../../server/import/run-import';
import { NOW } from './import-helpers';
import { CDNOW_AWK } from '../../support/cdnow-awk';

const dir = fileURLToPath(new URL('../../fixtures/cdnow/', import.meta.url));
const SAMPLE = join(dir, 'CDNOW_sample.txt');
const present = existsSync(SAMPLE);
if (!present) console.warn(`skipped: CDNOW fixtures not found at ${dir}`);

describe('CDNOW sample: convert with awk, import with --date-format YYYYMMDD', () => {
  let db: Database;
  let report: ImportReport;
  let tmp: string;
  beforeAll(async () => {
    if (!present) return;
    tmp = mkdtempSync(join(tmpdir(), 'huaxiang-cdnow-'));
    const csv = join(tmp, 'cdnow_orders.csv');
    execFileSync('sh', ['-c', `awk '${CDNOW_AWK}' "$1" > "$2"`, 'sh', SAMPLE, csv]);
    db = await openDatabase('file::memory:');
    report = await importCsv(db, 'orders', fileInput(csv), { dateFormat: 'YYYYMMDD', skipBad: false, dryRun: false, timeZone: 'Asia/Shanghai', now: NOW });
  }, 120_000);
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it.skipIf(!present)('6,919 rows → 2,357 customers, same-day purchases merged, $244,091.94', async () => {
    expect(report).toMatchObject({ rows: 6_919, good: 6_919, bad: 0, written: true, customers_created: 2_357 });
    const [orders, total, customers] = Object.values((await db.client.execute('SELECT count(*), round(sum(amount), 2), count(DISTINCT customer_pk) FROM orders')).rows[0]);
    expect([orders, total, customers]).toEqual([report.records, 244_091.94, 2_357]);
  });

  it.skipIf(!present)('repeat purchase days in the calibration period equal Hardie\'s x for every customer', async () => {
    const calibrationEnd = Math.round(Date.UTC(1997, 8, 30) / 86_400_000);
    const rs = await db.client.execute({
      sql: `SELECT c.customer_id id, count(*) - 1 x FROM orders o JOIN customers c ON c.pk = o.customer_pk WHERE o.day <= ? GROUP BY c.customer_id`,
      args: [calibrationEnd],
    });
    const ours = new Map(rs.rows.map((r) => [String(r.id), Number(r.x)]));
    const lines = readFileSync(join(dir, 'cdnow_customers_summary_with_transactions.csv'), 'utf8').trim().split('\n').slice(1);
    const mismatched = lines.map((l) => l.split(',')).filter(([id, x]) => ours.get(id) !== Number(x));
    expect(lines).toHaveLength(2_357);
    expect(mismatched).toEqual([]);
  });
});
