import { existsSync, statSync } from 'node:fs';
import { CliError } from '../cli-context';
import { IMPORT_KINDS, type ImportKind } from '../../../shared/import/records';
import { fileInput } from '../../import/csv-source';
import { importCsv } from '../../import/import-csv';
import type { ImportReport } from '../../import/run-import';
import { audit } from '../../services/audit';
import { str, type Command } from './command';

const USAGE = 'customers|orders|events FILE [--map target=source,…] [--date-format FMT] [--skip-bad] [--dry-run] [--max-errors N]';

/** The human summary of a report: counts, then one line per listed error. */
export function formatImportReport(r: ImportReport, file: string): string {
  const lines: string[] = [];
  const state = r.written ? 'written' : r.dry_run && r.records !== null ? 'dry run: it would be written; nothing written' : 'NOTHING WRITTEN';
  lines.push(`${r.kind} from ${file}: ${r.rows} rows, ${r.good} good, ${r.bad} bad — ${state} (${r.seconds} s)`);
  if (r.records !== null) {
    const what = r.kind === 'orders' ? 'orders' : r.kind === 'events' ? 'new events' : 'customers';
    lines.push(`${r.records} ${what}; ${r.customers_touched} customers touched, ${r.customers_created} new`);
  }
  if (Object.keys(r.bad_by_code).length) lines.push(`errors by reason: ${Object.entries(r.bad_by_code).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  const shown = r.errors.slice(0, 50);
  for (const e of shown) lines.push(`  line ${e.line}${e.column ? `, ${e.column}` : ''}: ${e.message.en} / ${e.message.zh}`);
  const more = r.errors.length - shown.length + r.errors_omitted;
  if (more > 0) lines.push(`  … ${more} more (--json lists up to --max-errors)`);
  if (!r.written && r.bad > 0 && !r.file_error && !r.dry_run) lines.push('The file was rejected whole; fix the rows above or use --skip-bad to write the good rows.');
  return lines.join('\n');
}

/**
 * `huaxiang import customers|orders|events FILE`: CSV (or gzip) with a
 * header. All-or-nothing unless --skip-bad; exit code 1 when rows (or the
 * file) are bad and nothing was written, 2 for usage errors. `FILE` may be
 * `-` for standard input.
 */
export const importCommand: Command = {
  usage: USAGE,
  summary: 'Imports a CSV (plain or .gz) of customers, orders or events; a file with any bad row is rejected whole unless --skip-bad.',
  options: {
    map: { type: 'string' },
    'date-format': { type: 'string' },
    'skip-bad': { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    'max-errors': { type: 'string' },
  },
  async run(flags, [kind, file, ...rest], ctx) {
    if (!kind || !file || rest.length) throw new CliError(`usage: huaxiang import ${USAGE}`, 2);
    if (!IMPORT_KINDS.includes(kind as ImportKind)) throw new CliError(`unknown kind ${kind}: use customers, orders or events`, 2);
    if (file !== '-' && !existsSync(file)) throw new CliError(`no such file: ${file}`);
    const maxErrors = str(flags['max-errors']) === undefined ? undefined : Number(flags['max-errors']);
    if (maxErrors !== undefined && !(Number.isInteger(maxErrors) && maxErrors >= 0)) throw new CliError('--max-errors must be a whole number ≥ 0', 2);
    const size = file === '-' ? 0 : statSync(file).size;
    const database = await ctx.open();
    const started = performance.now();
    let lastShown = started;
    const report = await importCsv(database, kind as ImportKind, fileInput(file), {
      map: str(flags.map),
      dateFormat: str(flags['date-format']),
      skipBad: Boolean(flags['skip-bad']),
      dryRun: Boolean(flags['dry-run']),
      maxErrors,
      timeZone: ctx.config.timeZone,
      now: ctx.now(),
      onProgress: ({ rows, bad, bytes }) => {
        const now = performance.now();
        if (now - lastShown < 1000) return; // long files only, at most once a second
        lastShown = now;
        const pct = size ? ` (${Math.min(100, Math.round((bytes / size) * 100))} %)` : '';
        const rate = Math.round(rows / ((now - started) / 1000));
        ctx.progress(`import ${kind}: ${rows.toLocaleString('en')} rows${pct}, ${rate.toLocaleString('en')} rows/s${bad ? `, ${bad} bad` : ''}`);
      },
    });
    if (lastShown !== started && process.stderr.isTTY) process.stderr.write('\n');
    await audit(database.db, null, `import.${kind}`, undefined, {
      via: 'cli', rows: report.rows, good: report.good, bad: report.bad, written: report.written, dry_run: report.dry_run,
    });
    const skipBad = Boolean(flags['skip-bad']);
    const refused = report.file_error || (report.bad > 0 && (!skipBad || report.good === 0));
    if (refused) {
      if (!ctx.json) ctx.out(report, () => formatImportReport(report, file));
      const first = report.errors[0];
      const why = report.file_error ? 'the file was refused' : `${report.bad} bad row${report.bad === 1 ? '' : 's'}`;
      throw new CliError(`import ${kind}: ${why}, nothing written${first ? ` (first: line ${first.line}: ${first.message.en})` : ''}`, 1, report);
    }
    ctx.out(report, () => formatImportReport(report, file));
  },
};
