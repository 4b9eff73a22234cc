import type { Database } from '../db/client';
import type { ImportKind, ImportRowError } from '../../shared/import/records';
import { eventKey } from '../services/activity';
import { openCsvSource } from './csv-source';
import { ImportFileError, runImport, type ImportReport } from './run-import';
import { makeInstantToLocal } from './zone-wall-time';

export interface ImportCsvOptions {
  /** `--map target=source,…`. */
  map?: string;
  /** `--date-format`; ISO 8601 when absent. */
  dateFormat?: string;
  skipBad: boolean;
  dryRun: boolean;
  /** Row errors listed in the report (all are counted); default 1000. */
  maxErrors?: number;
  /** The deployment's zone (`HUAXIANG_TZ`): timestamps with an offset are converted to it. */
  timeZone: string;
  now: Date;
  /** After each batch: rows so far, bad rows so far, input bytes read (compressed bytes for gzip). */
  onProgress?: (p: { rows: number; bad: number; bytes: number }) => void;
}

/** The report of a file refused before any row was read (header, `--map`, `--date-format`). */
export function fileErrorReport(kind: ImportKind, errors: ImportRowError[], dryRun: boolean): ImportReport {
  const bad_by_code: Record<string, number> = {};
  for (const e of errors) bad_by_code[e.code] = (bad_by_code[e.code] ?? 0) + 1;
  return {
    kind, rows: 0, good: 0, bad: 0, errors, errors_omitted: 0, bad_by_code, written: false, file_error: true, dry_run: dryRun,
    customers_touched: 0, customers_created: 0, records: null, seconds: 0,
  };
}

/** Active users by login → id, for the `owner` (sales, manager, admin) and `field_rep` (field, sales) columns. */
async function userLogins(database: Database) {
  const rs = await database.client.execute('SELECT id, login, role FROM users WHERE active = 1');
  const owners = new Map<string, number>();
  const fieldReps = new Map<string, number>();
  for (const r of rs.rows) {
    const [id, login, role] = [Number(r[0]), String(r[1]), String(r[2])];
    if (role === 'sales' || role === 'manager' || role === 'admin') owners.set(login, id);
    if (role === 'field' || role === 'sales') fieldReps.set(login, id);
  }
  return { owners, fieldReps };
}

/**
 * Imports one CSV (plain or gzip) of a kind: the one entry point of the CLI
 * and the API. Never throws for problems in the data; they are in the
 * report (`written: false` when nothing was stored).
 */
export async function importCsv(database: Database, kind: ImportKind, input: AsyncIterable<Buffer | string>, opts: ImportCsvOptions): Promise<ImportReport> {
  const logins = kind === 'customers' ? await userLogins(database) : undefined;
  let source;
  try {
    source = await openCsvSource(input, kind, {
      map: opts.map, dateFormat: opts.dateFormat, instantToLocal: makeInstantToLocal(opts.timeZone),
      owners: logins?.owners, fieldReps: logins?.fieldReps, eventKey,
    });
  } catch (err) {
    if (err instanceof ImportFileError) return fileErrorReport(kind, err.errors, opts.dryRun);
    throw err;
  }
  try {
    return await runImport(database.client, kind, source, {
      skipBad: opts.skipBad, dryRun: opts.dryRun, nowIso: opts.now.toISOString(), maxErrors: opts.maxErrors,
      onProgress: opts.onProgress && ((p) => opts.onProgress!({ ...p, bytes: source.bytesRead() })),
    });
  } finally {
    source.close();
  }
}
