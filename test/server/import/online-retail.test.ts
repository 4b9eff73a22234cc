import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../server/db/client';
import { fileInput } from '../../../server/import/csv-source';
import { importCsv } from '../../../server/import/import-csv';
import type { ImportReport } from '../../../server/import/run-import';
import { NOW } from './import-helpers';

/**
 * The UCI "Online Retail" export (541,909 rows), imported with flags only.
 * Decided handling (server/import/README.md):
 * - cancellations (InvoiceNo `C…`, negative Quantity) and the two "A" bad-debt
 *   adjustments (negative UnitPrice) give a negative amount → bad rows
 *   `negative_amount`, so the file needs --skip-bad;
 * - rows without CustomerID → bad rows `missing_customer_id`;
 * - UnitPrice 0 lines are kept (amount 0 is a valid amount).
 * Expected figures come from the data set's README: after its reference
 * cleaning 397,884 rows, 4,338 customers, 18,532 invoices, GBP 8,911,407.904;
 * it also drops the 40 zero-price lines (4 invoices, 1 customer) we keep.
 */
const FILE = process.env.HUAXIANG_ONLINE_RETAIL ?? '/work/shared/data/online-retail/online_retail_2010_2011.csv.gz';
const MAP = 'order_id=InvoiceNo,customer_id=CustomerID,ordered_at=InvoiceDate,quantity=Quantity,unit_price=UnitPrice,product=StockCode';
const present = existsSync(FILE);
if (!present) console.warn(`skipped: Online Retail not found at ${FILE}`);

describe('Online Retail (UCI) import with flags only', () => {
  let db: Database;
  let report: ImportReport;
  beforeAll(async () => {
    if (!present) return;
    db = await openDatabase('file::memory:');
    report = await importCsv(db, 'orders', fileInput(FILE), { map: MAP, skipBad: true, dryRun: false, timeZone: 'Europe/London', now: NOW, maxErrors: 20 });
  }, 600_000);

  it.skipIf(!present)('without --skip-bad the file is refused whole (cancellations, missing CustomerID)', async () => {
    const other = await openDatabase('file::memory:');
    const head = fileInput(FILE);
    const refused = await importCsv(other, 'orders', head, { map: MAP, skipBad: false, dryRun: false, timeZone: 'Europe/London', now: NOW, maxErrors: 3 });
    expect(refused).toMatchObject({ written: false, rows: 541_909, bad: 143_985 });
    expect(refused.errors[0]).toMatchObject({ line: 143, column: 'Quantity', code: 'negative_amount' });
    expect(Number((await other.client.execute('SELECT count(*) FROM orders')).rows[0][0])).toBe(0);
  }, 600_000);

  it.skipIf(!present)('with --skip-bad: 397,924 lines → 18,536 orders of 4,339 customers, revenue GBP 8,911,407.90', async () => {
    expect(report).toMatchObject({
      rows: 541_909, good: 397_924, bad: 143_985, written: true,
      bad_by_code: { negative_amount: 9_290, missing_customer_id: 135_080 },
      customers_created: 4_339, records: 18_536,
    });
    const [orders, revenue, customers] = Object.values((await db.client.execute('SELECT count(*), round(sum(amount), 2), count(DISTINCT customer_pk) FROM orders')).rows[0]);
    expect([orders, revenue, customers]).toEqual([18_536, 8_911_407.9, 4_339]);
    const zero = (await db.client.execute('SELECT count(*) FROM orders WHERE amount = 0')).rows[0][0];
    expect(zero).toBe(4); // the README's 40 zero-price lines, kept: 18,532 + 4 invoices
  });

  it.skipIf(!present)('float-artefact ids are normalised and local UK times kept', async () => {
    const row = (await db.client.execute("SELECT c.customer_id, o.ordered_at, o.amount FROM orders o JOIN customers c ON c.pk = o.customer_pk WHERE o.order_id = '536365'")).rows[0];
    expect({ ...row }).toEqual({ customer_id: '17850', ordered_at: '2010-12-01 08:26:00', amount: 139.12 });
  });
});
