import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importCommand } from '../../../server/cli/commands/import-command';
import { CliError, type CliContext } from '../../../server/cli/cli-context';
import { loadConfig } from '../../../server/config';
import { openDatabase, type Database } from '../../../server/db/client';
import type { ImportReport } from '../../../server/import/run-import';
import { fixture, NOW } from './import-helpers';

let dir: string;
let database: Database;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'huaxiang-import-cli-'));
  database = await openDatabase(`file:${join(dir, 'cli.db')}`);
});
afterAll(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The command against a real database file, with its output captured. */
async function cli(args: string[], flags: Record<string, string | boolean> = {}, json = false) {
  const out: unknown[] = [];
  const human: string[] = [];
  const ctx: CliContext = {
    config: { ...loadConfig({}), databaseUrl: database.url },
    json,
    open: async () => database,
    out: (result, text) => {
      out.push(result);
      human.push(text());
    },
    progress: () => undefined,
    now: () => NOW,
  };
  try {
    await importCommand.run(flags, args, ctx);
    return { code: 0, report: out[0] as ImportReport, text: human.join('\n'), message: '' };
  } catch (err) {
    if (!(err instanceof CliError)) throw err;
    return { code: err.exitCode, report: err.payload as ImportReport, text: human.join('\n'), message: err.message };
  }
}

const count = async (table: string) => Number((await database.client.execute(`SELECT count(*) FROM ${table}`)).rows[0][0]);

describe('huaxiang import', () => {
  it('one bad row: exit 1, names the line, database unchanged; --skip-bad then writes the good rows', async () => {
    const bad = await cli(['orders', fixture('orders-bad.csv')]);
    expect(bad.code).toBe(1);
    expect(bad.message).toContain('4 bad rows, nothing written (first: line 4: negative amount -20');
    expect(bad.text).toContain('line 5, ordered_at: unparsable date');
    expect(bad.report).toMatchObject({ written: false, bad: 4 });
    expect(await count('orders')).toBe(0);

    const skipped = await cli(['orders', fixture('orders-bad.csv')], { 'skip-bad': true });
    expect(skipped.code).toBe(0);
    expect(skipped.report).toMatchObject({ written: true, good: 2, bad: 4 });
    expect(await count('orders')).toBe(2);
  });

  it('a good file with --json: one report document, exit 0', async () => {
    const r = await cli(['orders', fixture('orders-good.csv')], {}, true);
    expect(r.code).toBe(0);
    expect(r.report).toMatchObject({ kind: 'orders', written: true, records: 4 });
    expect(JSON.parse(JSON.stringify(r.report)).errors).toEqual([]);
  });

  it('--dry-run of a good file exits 0 and writes nothing', async () => {
    const before = await count('events');
    const r = await cli(['events', fixture('events-good.csv')], { 'dry-run': true });
    expect(r.code).toBe(0);
    expect(r.text).toContain('dry run');
    expect(await count('events')).toBe(before);
  });

  it('--map and --date-format reach the parser', async () => {
    const file = join(dir, 'cdnow.csv');
    writeFileSync(file, 'cust,tx,date,dollars\n00009,9-1,19970305,15.36\n');
    const r = await cli(['orders', file], { map: 'customer_id=cust,order_id=tx,ordered_at=date,amount=dollars', 'date-format': 'YYYYMMDD' });
    expect(r.code).toBe(0);
    expect((await database.client.execute("SELECT ordered_at FROM orders WHERE order_id = '9-1'")).rows[0][0]).toBe('1997-03-05 00:00:00');
  });

  it('usage errors exit 2; a missing file exits 1', async () => {
    expect((await cli(['vehicles', 'x.csv'])).code).toBe(2);
    expect((await cli(['orders'])).code).toBe(2);
    expect((await cli(['orders', fixture('orders-good.csv')], { 'max-errors': 'lots' })).code).toBe(2);
    expect(await cli(['orders', join(dir, 'nope.csv')])).toMatchObject({ code: 1, message: expect.stringContaining('no such file') });
  });

  it('a wrong header exits 1 with the header problem', async () => {
    const file = join(dir, 'wrong.csv');
    writeFileSync(file, 'id,when,total\n1,2026-10-02,5\n');
    const r = await cli(['orders', file]);
    expect(r.code).toBe(1);
    expect(r.report.errors.map((e) => e.code)).toEqual(['missing_column', 'missing_column', 'missing_column', 'missing_column']);
  });
});
