import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createClient, type Client } from '@libsql/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bgnbdConditionalExpected } from '../../../shared/models';
import { CDNOW_AWK } from '../../support/cdnow-awk';

/**
 * `huaxiang model fit` and `huaxiang backtest` run as a user runs them: the
 * real CLI (bin/huaxiang.js) in a child process on a real SQLite file holding
 * the CDNOW sample imported by the CLI. The published figures are those of
 * Fader, Hardie & Lee (2005) and Fader & Hardie's Gamma-Gamma note.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = join(root, 'test/fixtures/cdnow');
const present = existsSync(join(fixtures, 'CDNOW_sample.txt'));
if (!present) console.warn(`skipped: CDNOW fixtures not found at ${fixtures}`);
const run = promisify(execFile);

let tmp: string;
let env: NodeJS.ProcessEnv;
let client: Client;

async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(root, 'bin/huaxiang.js'), ...args], { env, cwd: root });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const day = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);

beforeAll(async () => {
  if (!present) return;
  tmp = mkdtempSync(join(tmpdir(), 'huaxiang-model-cli-'));
  env = { ...process.env, DATABASE_URL: `file:${join(tmp, 'h.db')}`, HUAXIANG_TZ: 'Asia/Shanghai' };
  const csv = join(tmp, 'cdnow_orders.csv');
  execFileSync('sh', ['-c', `awk '${CDNOW_AWK}' "$1" > "$2"`, 'sh', join(fixtures, 'CDNOW_sample.txt'), csv]);
  const imported = await cli(['import', 'orders', csv, '--date-format', 'YYYYMMDD']);
  expect(imported.code, imported.stderr).toBe(0);
  client = createClient({ url: env.DATABASE_URL! });
}, 120_000);

afterAll(() => {
  client?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe.skipIf(!present)('huaxiang model fit on the imported CDNOW sample', () => {
  it('prints the published BG/NBD and Gamma-Gamma parameters (weeks, end 1997-09-30)', async () => {
    const r = await cli(['model', 'fit', '--calibration-end', '1997-09-30', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const fit = JSON.parse(r.stdout);
    expect(fit.unit).toBe('week');
    expect(fit.bgnbd.n).toBe(2_357);
    expect(fit.bgnbd.r).toBeCloseTo(0.2426, 4);
    expect(fit.bgnbd.alpha).toBeCloseTo(4.4136, 4);
    expect(fit.bgnbd.a).toBeCloseTo(0.7929, 4);
    expect(fit.bgnbd.b).toBeCloseTo(2.4259, 4);
    expect(fit.bgnbd.loglik).toBeCloseTo(-9582.43, 2);
    expect(fit.gamma_gamma.n).toBe(946);
    expect(fit.gamma_gamma.p).toBeCloseTo(6.25, 2);
    expect(fit.gamma_gamma.q).toBeCloseTo(3.74, 2);
    expect(fit.gamma_gamma.gamma).toBeCloseTo(15.44, 2);
    expect(fit.warnings).toEqual([]);
  }, 60_000);

  it('in days, α is 7 times the weekly α and r, a, b do not change (the model is scale-free in time)', async () => {
    const r = await cli(['model', 'fit', '--calibration-end', '1997-09-30', '--unit', 'day', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const fit = JSON.parse(r.stdout);
    expect(fit.unit).toBe('day');
    expect(fit.bgnbd.r).toBeCloseTo(0.2426, 3);
    expect(fit.bgnbd.alpha / 7).toBeCloseTo(4.4136, 2);
    expect(fit.bgnbd.a).toBeCloseTo(0.7929, 3);
    expect(fit.bgnbd.b).toBeCloseTo(2.4259, 3);
  }, 60_000);

  it('a first-purchase cohort fits only the customers whose first purchase falls in it', async () => {
    const r = await cli(['model', 'fit', '--calibration-end', '1997-09-30', '--first-purchase-to', '1997-01-31', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const fit = JSON.parse(r.stdout);
    const january = Number((await client.execute({
      sql: 'SELECT count(*) FROM (SELECT customer_pk FROM orders GROUP BY customer_pk HAVING min(day) <= ?)', args: [day('1997-01-31')],
    })).rows[0][0]);
    expect(january).toBeGreaterThan(0);
    expect(january).toBeLessThan(2_357);
    expect(fit.bgnbd.n).toBe(january);
    expect(fit.cohort).toEqual({ first_purchase_from: null, first_purchase_to: '1997-01-31' });
  }, 60_000);

  it('human output names the parameters; missing or bad flags are usage errors (exit 2)', async () => {
    const human = await cli(['model', 'fit', '--calibration-end', '1997-09-30']);
    expect(human.stdout).toContain('BG/NBD (n 2357): r 0.2426  α 4.4136  a 0.7929  b 2.4259  LL -9582.43');
    const missing = await cli(['model', 'fit']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--calibration-end is required');
    const unit = await cli(['model', 'fit', '--calibration-end', '1997-09-30', '--unit', 'month']);
    expect(unit.code).toBe(2);
    expect(unit.stderr).toContain('--unit must be week or day');
    const date = await cli(['model', 'fit', '--calibration-end', '30/09/1997']);
    expect(date.code).toBe(2);
    expect(date.stderr).toContain('--calibration-end must be a date YYYY-MM-DD');
  }, 60_000);
});

describe.skipIf(!present)('huaxiang backtest on the imported CDNOW sample (1997-09-30 → 1998-06-30)', () => {
  let report: Record<string, any>;
  beforeAll(async () => {
    if (!present) return;
    const r = await cli(['backtest', '--calibration-end', '1997-09-30', '--holdout-end', '1998-06-30', '--json']);
    expect(r.code, r.stderr).toBe(0);
    report = JSON.parse(r.stdout);
  }, 60_000);

  it('labels every customer by whether they bought in the holdout, counted independently in SQL', async () => {
    const buyers = await client.execute({
      sql: 'SELECT count(DISTINCT customer_pk), count(DISTINCT customer_pk || \'-\' || day) FROM orders WHERE day > ? AND day <= ?',
      args: [day('1997-09-30'), day('1998-06-30')],
    });
    const [buyerCount, occasions] = Array.from(buyers.rows[0], Number);
    expect(report.customers).toBe(2_357);
    expect(report.holdout_days).toBe(273);
    expect(report.no_purchase).toBe(2_357 - buyerCount);
    expect(report.actual_purchases).toBe(occasions);
    expect(report.by_frequency.reduce((s: number, r: { customers: number }) => s + r.customers, 0)).toBe(2_357);
    expect(report.by_level.reduce((s: number, r: { customers: number }) => s + r.customers, 0)).toBe(2_357);
  });

  it('predicted holdout purchases equal Σ E[Y(39 weeks)] over the published summary table', () => {
    const params = report.models.bgnbd;
    const lines = readFileSync(join(fixtures, 'cdnow_customers_summary_with_transactions.csv'), 'utf8').trim().split('\n').slice(1);
    let expected = 0;
    for (const line of lines) {
      const [, x, tx, T] = line.split(',').map(Number);
      expected += bgnbdConditionalExpected(params, 39, x, tx, T);
    }
    // The fixture rounds t_x and T to 0.01 week; the CLI uses exact days.
    expect(report.predicted_purchases).toBeCloseTo(expected, 0);
  });

  it('reports AUC and top-decile lift for the churn score, recency alone and the model alone', () => {
    for (const f of [report, report.baselines.recency, report.baselines.model_expected_purchases]) {
      expect(f.auc).toBeGreaterThan(0.5);
      expect(f.auc).toBeLessThan(1);
      expect(f.top_decile_lift).toBeGreaterThan(1);
      expect(f.top_decile_lift).toBeLessThanOrEqual(1 / report.no_purchase_rate);
    }
  });

  it('a holdout that ends before the calibration end is a usage error', async () => {
    const r = await cli(['backtest', '--calibration-end', '1997-09-30', '--holdout-end', '1997-09-01']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--holdout-end must be after --calibration-end');
  });
});
