import { randomUUID } from 'node:crypto';
import type { Client, Transaction } from '@libsql/client';
import { writeCustomers, writeEvents, writeOrders, type CustomerRecord, type EventRecord, type OrderRecord } from './batch-writers';
import { recomputeStats } from '../services/customer-stats';

export type ImportKind = 'customers' | 'orders' | 'events';

export interface ImportRowError {
  line: number;
  column: string | null;
  code: string;
  message: { zh: string; en: string };
}

export type ParsedRow<T> = { ok: true; value: T } | { ok: false; errors: ImportRowError[] };

/** A source of parsed rows: the CSV reader plus the kind's row parser. */
export interface RowSource<T> {
  rows: AsyncIterable<ParsedRow<T> & { line: number }>;
}

export interface ImportOptions {
  skipBad: boolean;
  dryRun: boolean;
  nowIso: string;
  onProgress?: (p: { rows: number; bad: number }) => void;
  /** How many rows are written per batch (multi-row statements inside). */
  batchSize?: number;
}

export interface ImportReport {
  kind: ImportKind;
  rows: number;
  good: number;
  bad: number;
  errors: ImportRowError[];
  /** Bad rows per reason code. */
  bad_by_code: Record<string, number>;
  written: boolean;
  dry_run: boolean;
  customers_touched: number;
  /** Distinct orders (orders), new or updated customers (customers), events (events) in the file. */
  records: number;
  seconds: number;
}

type AnyRecord = OrderRecord | EventRecord | CustomerRecord;

async function writeBatch(kind: ImportKind, tx: Transaction, importId: string, rows: AnyRecord[], nowIso: string) {
  if (kind === 'orders') await writeOrders(tx, importId, rows as OrderRecord[]);
  else if (kind === 'events') await writeEvents(tx, rows as EventRecord[]);
  else await writeCustomers(tx, rows as CustomerRecord[], nowIso);
}

/**
 * Streams parsed rows into the database inside one write transaction, in
 * batches of multi-row statements. All-or-nothing: when any row is bad (and
 * `skipBad` is off) or on a dry run, the transaction is rolled back, so the
 * database is exactly as before. Then the per-customer aggregates of the
 * customers touched are recomputed inside the same transaction.
 */
export async function runImport<T extends AnyRecord>(client: Client, kind: ImportKind, source: RowSource<T>, opts: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const importId = `imp:${randomUUID()}`;
  const batchSize = opts.batchSize ?? 20_000;
  const report: ImportReport = {
    kind, rows: 0, good: 0, bad: 0, errors: [], bad_by_code: {}, written: false, dry_run: opts.dryRun,
    customers_touched: 0, records: 0, seconds: 0,
  };
  const touched = new Set<string>();
  const keys = new Set<string>();
  let batch: AnyRecord[] = [];
  const tx = await client.transaction('write');
  try {
    const flush = async () => {
      if (batch.length && (opts.skipBad || report.bad === 0)) await writeBatch(kind, tx, importId, batch, opts.nowIso);
      batch = [];
    };
    for await (const row of source.rows) {
      report.rows++;
      if (row.ok) {
        report.good++;
        const v = row.value;
        touched.add(v.customer_id);
        keys.add(kind === 'orders' ? (v as OrderRecord).order_id : kind === 'events' ? (v as EventRecord).client_id : v.customer_id);
        batch.push(v);
        if (batch.length >= batchSize) await flush();
      } else {
        report.bad++;
        for (const e of row.errors) {
          report.errors.push(e);
          report.bad_by_code[e.code] = (report.bad_by_code[e.code] ?? 0) + 1;
        }
        if (!opts.skipBad) batch = []; // nothing will be written: stop buffering, keep validating
      }
      if (opts.onProgress && report.rows % 50_000 === 0) opts.onProgress({ rows: report.rows, bad: report.bad });
    }
    await flush();
    report.customers_touched = touched.size;
    report.records = keys.size;
    const accept = !opts.dryRun && report.good > 0 && (opts.skipBad || report.bad === 0);
    if (accept) {
      const pks = await pksOf(tx, [...touched]);
      await recomputeStats(tx, pks);
      await tx.commit();
      report.written = true;
    } else {
      await tx.rollback();
    }
  } finally {
    tx.close();
  }
  report.seconds = Math.round((performance.now() - started) / 10) / 100;
  return report;
}

async function pksOf(tx: Transaction, ids: string[]): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < ids.length; i += 20_000) {
    const rs = await tx.execute({
      sql: 'SELECT pk FROM customers WHERE customer_id IN (SELECT value FROM json_each(?))',
      args: [JSON.stringify(ids.slice(i, i + 20_000))],
    });
    for (const r of rs.rows) out.push(Number(r[0]));
  }
  return out;
}
