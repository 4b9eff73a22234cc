import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Database } from '../../../server/db/client';
import { importCsv, type ImportCsvOptions } from '../../../server/import/import-csv';
import type { ImportKind } from '../../../shared/import/records';

export const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/import/${name}`, import.meta.url));
export const fixtureText = (name: string) => readFileSync(fixture(name));

/** Input as the server sees it: chunks of bytes (split to exercise chunk boundaries when asked). */
export function bytes(data: string | Buffer, chunk = 0): AsyncIterable<Buffer> {
  const buf = typeof data === 'string' ? Buffer.from(data) : data;
  if (!chunk) return Readable.from([buf]);
  const parts: Buffer[] = [];
  for (let i = 0; i < buf.length; i += chunk) parts.push(buf.subarray(i, i + chunk));
  return Readable.from(parts);
}

export const NOW = new Date('2026-11-24T02:00:00Z');

export function run(database: Database, kind: ImportKind, data: string | Buffer | AsyncIterable<Buffer>, opts: Partial<ImportCsvOptions> = {}) {
  const input = typeof data === 'string' || Buffer.isBuffer(data) ? bytes(data) : data;
  return importCsv(database, kind, input, { skipBad: false, dryRun: false, timeZone: 'Asia/Shanghai', now: NOW, ...opts });
}

/** Everything an import may change, as comparable values (row counts and full contents of the data tables). */
export async function snapshot(database: Database) {
  const q = async (sql: string) => (await database.client.execute(sql)).rows.map((r) => Object.values(r).join('|'));
  return {
    customers: await q('SELECT customer_id, name, phone, phone_tail, owner_id, attributes, birth_year FROM customers ORDER BY customer_id'),
    orders: await q('SELECT order_id, customer_pk, ordered_at, day, amount, quantity, channel, product FROM orders ORDER BY order_id'),
    events: await q('SELECT client_id, customer_pk, type, occurred_at, day, product, duration_s FROM events ORDER BY client_id'),
    stats: await q('SELECT customer_pk, orders, monetary, first_day, last_day, occasions, recent_amounts FROM customer_stats ORDER BY customer_pk'),
  };
}
