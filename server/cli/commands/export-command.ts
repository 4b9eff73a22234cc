import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { CliError } from '../cli-context';
import { csvField, EXPORT_COLUMNS, writeCustomerExport, type ExportRow } from '../../services/customer-export';
import { ensureRefreshedAsOf, latestRefresh } from '../../analytics/refresh';
import { localDate } from '../../local-time';
import { str, type Command } from './command';

export const exportCustomers: Command = {
  usage: '[--as-of DATE] [--format csv|json] [--out FILE]',
  summary: 'One row per customer with profile, RFM, segments, model outputs, churn and tags (refreshes first when --as-of differs from the latest refresh).',
  options: { 'as-of': { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  async run(flags, positionals, ctx) {
    if (positionals[0] !== undefined && positionals[0] !== 'customers') throw new CliError('usage: huaxiang export customers [--as-of DATE] [--format csv|json] [--out FILE]', 2);
    const format = str(flags.format) ?? (ctx.json ? 'json' : 'csv');
    if (format !== 'csv' && format !== 'json') throw new CliError('--format must be csv or json', 2);
    const database = await ctx.open();
    const asOf = str(flags['as-of']);
    if (asOf) await ensureRefreshedAsOf(database, asOf, ctx.now());
    else if (!(await latestRefresh(database.client))) await ensureRefreshedAsOf(database, localDate(ctx.now(), ctx.config.timeZone), ctx.now());
    const outPath = str(flags.out);
    const stream = outPath ? createWriteStream(outPath) : process.stdout;
    const write = async (s: string) => {
      if (!stream.write(s)) await once(stream, 'drain');
    };
    let n = 0;
    if (format === 'csv') await write(`${EXPORT_COLUMNS.join(',')}\n`);
    else await write('[');
    // The CLI runs as the operator, not as an app user: the export's tag uses are counted without a user.
    await writeCustomerExport(database, { now: ctx.now(), timeZone: ctx.config.timeZone, userId: null }, async (row) => {
      if (format === 'csv') await write(`${EXPORT_COLUMNS.map((c) => csvField(row[c as keyof ExportRow])).join(',')}\n`);
      else await write(`${n ? ',' : ''}\n${JSON.stringify(row)}`);
      n++;
      if (n % 100_000 === 0) ctx.progress(`exported ${n} customers`);
    });
    if (format === 'json') await write('\n]\n');
    if (outPath) {
      (stream as ReturnType<typeof createWriteStream>).end();
      await once(stream, 'finish');
      process.stderr.write(`exported ${n} customers to ${outPath}\n`);
    }
  },
};
