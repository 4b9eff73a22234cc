import { randomUUID } from 'node:crypto';
import type { Client, Transaction } from '@libsql/client';
import { writeCustomers, writeEvents, writeOrders, type CustomerRecord, type EventRecord, type OrderRecord } from './batch-writers';
import { recomputeStats } from '../services/customer-stats';
import type { ImportKind, ImportRowError, ParsedRow } from '../../shared/import/records';

export type { ImportKind, ImportRowError, ParsedRow };

/** The file (or body) cannot be imported at all: bad header, bad `--map`/`--date-format`, malformed CSV. */
export class ImportFileError extends Error {
  constructor(readonly errors: ImportRowError[]) {
    super(errors.map((e) => `line ${e.line}: ${e.message.en}`).join('; '));
    this.name = 'ImportFileError';
  }
}

/**
 * A source of parsed rows (the CSV reader plus the kind's row parser), in
 * batches so the per-row cost stays a loop step, not an `await`. Each bad
 * row's errors carry its physical line number.
 */
export interface RowSource<T> {
  batches: AsyncIterable<ParsedRow<T>[]>;
}

export interface ImportOptions {
  skipBad: boolean;
  dryRun: boolean;
  nowIso: string;
  /** Called after each batch of parsed rows (about every `batchSize` rows). */
  onProgress?: (p: { rows: number; bad: number }) => void;
  /** How many rows are written per batch (multi-row statements inside). */
  batchSize?: number;
  /** How many row errors the report lists (all bad rows are counted in `bad_by_code`); default 1000. */
  maxErrors?: number;
}

export interface ImportReport {
  kind: ImportKind;
  /** Data rows read (blank lines are not rows). */
  rows: number;
  good: number;
  bad: number;
  /** The first `maxErrors` errors, in file order; `errors_omitted` says how many more there were. */
  errors: ImportRowError[];
  errors_omitted: number;
  /** Errors per reason code (a row can have several). */
  bad_by_code: Record<string, number>;
  written: boolean;
  /** The whole file was refused (header, options, malformed CSV): nothing is written, even with skip-bad. */
  file_error: boolean;
  dry_run: boolean;
  /** Distinct customers named by the good rows. */
  customers_touched: number;
  /** Customers that did not exist before (created id-only by orders/events, or new profiles). */
  customers_created: number;
  /**
   * orders: distinct orders written (new or replaced); events: new events
   * (already stored ones are skipped); customers: distinct customers. Null
   * when the file was rejected (nothing was written, so nothing was counted).
   */
  records: number | null;
  seconds: number;
}

export type AnyRecord = OrderRecord | EventRecord | CustomerRecord;

/** Working memory of the import transaction: 128 MiB of page cache, then back to the default. */
const IMPORT_CACHE_KIB = 131_072;

/**
 * Streams parsed rows into the database inside one write transaction, in
 * batches of multi-row statements. All-or-nothing: when any row is bad (and
 * `skipBad` is off) or on a dry run, the transaction is rolled back, so the
 * database is exactly as before; after the first bad row nothing more is
 * written but every row is still checked, so the report lists them all.
 * Then the per-customer aggregates of the customers touched are recomputed
 * inside the same transaction. Memory: one batch plus the set of customer
 * ids touched (the file is never held whole).
 */
export async function runImport<T extends AnyRecord>(client: Client, kind: ImportKind, source: RowSource<T>, opts: ImportOptions): Promise<ImportReport> {
  const started = performance.now();
  const importId = `imp:${randomUUID()}`;
  const batchSize = opts.batchSize ?? 20_000;
  const maxErrors = opts.maxErrors ?? 1000;
  const report: ImportReport = {
    kind, rows: 0, good: 0, bad: 0, errors: [], errors_omitted: 0, bad_by_code: {}, written: false, file_error: false, dry_run: opts.dryRun,
    customers_touched: 0, customers_created: 0, records: null, seconds: 0,
  };
  const touched = new Set<string>();
  const newEvents = { inserted: 0 };
  const ensured = new Set<string>(); // customers created or found by this import's writes
  let batch: T[] = [];
  const tx = await client.transaction('write');
  // The pooled connection outlives the transaction: its page cache is set back before it is released.
  const cacheBefore = Number((await tx.execute('PRAGMA cache_size')).rows[0][0]);
  const restoreCache = () => tx.execute(`PRAGMA cache_size=${cacheBefore}`);
  try {
    await tx.execute(`PRAGMA cache_size=-${IMPORT_CACHE_KIB}`);
    const customersBefore = await countCustomers(tx);
    const flush = async () => {
      if (batch.length && (opts.skipBad || report.bad === 0)) {
        if (kind === 'orders') await writeOrders(tx, importId, batch as OrderRecord[], ensured);
        else if (kind === 'events') await writeEvents(tx, batch as EventRecord[], newEvents, ensured);
        else await writeCustomers(tx, batch as CustomerRecord[], opts.nowIso);
      }
      batch = [];
    };
    try {
      for await (const rows of source.batches) {
        for (let i = 0; i < rows.length; i++) {
          const row = rows[i];
          report.rows++;
          if (row.ok) {
            report.good++;
            touched.add(row.value.customer_id);
            if (opts.skipBad || report.bad === 0) batch.push(row.value);
          } else {
            report.bad++;
            for (const e of row.errors) {
              if (report.errors.length < maxErrors) report.errors.push(e);
              else report.errors_omitted++;
              report.bad_by_code[e.code] = (report.bad_by_code[e.code] ?? 0) + 1;
            }
            if (!opts.skipBad) batch = []; // nothing will be written: stop buffering, keep validating
          }
          if (batch.length >= batchSize) await flush();
        }
        opts.onProgress?.({ rows: report.rows, bad: report.bad });
      }
    } catch (err) {
      if (!(err instanceof ImportFileError)) throw err;
      report.file_error = true;
      for (const e of err.errors) {
        report.errors.push(e);
        report.bad_by_code[e.code] = (report.bad_by_code[e.code] ?? 0) + 1;
      }
    }
    if (!report.file_error) await flush();
    report.customers_touched = touched.size;
    const accept = !report.file_error && report.good > 0 && (opts.skipBad || report.bad === 0);
    if (accept) {
      report.customers_created = (await countCustomers(tx)) - customersBefore;
      report.records = kind === 'orders' ? await countOrdersOf(tx, importId) : kind === 'events' ? newEvents.inserted : touched.size;
    }
    if (accept && !opts.dryRun) {
      const pks = await pksOf(tx, [...touched]);
      await recomputeStats(tx, pks);
      await restoreCache();
      await tx.commit();
      report.written = true;
    } else {
      await restoreCache();
      await tx.rollback();
    }
  } finally {
    if (!tx.closed) await restoreCache().catch(() => undefined);
    tx.close();
  }
  report.seconds = Math.round((performance.now() - started) / 10) / 100;
  return report;
}

async function countCustomers(tx: Transaction): Promise<number> {
  return Number((await tx.execute('SELECT count(*) FROM customers')).rows[0][0]);
}

/** Orders this import wrote: each upserted order carries the import's id. */
async function countOrdersOf(tx: Transaction, importId: string): Promise<number> {
  return Number((await tx.execute({ sql: 'SELECT count(*) FROM orders WHERE import_id = ?', args: [importId] })).rows[0][0]);
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
