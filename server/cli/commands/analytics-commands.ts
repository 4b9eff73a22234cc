import { CliError } from '../cli-context';
import { runRefresh } from '../../analytics/refresh';
import { weeklyChurnList } from '../../analytics/churn-list';
import { loadDemo } from '../../services/demo-loader';
import { findUserByLogin, type User } from '../../services/users';
import { localDate } from '../../local-time';
import { str, type Command } from './command';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** `--as-of` or today in the deployment's zone; a bad date is a usage error. */
export function asOfFlag(value: string | boolean | undefined, ctx: Parameters<Command['run']>[2], name = '--as-of'): string {
  const v = str(value);
  if (v === undefined) return localDate(ctx.now(), ctx.config.timeZone);
  if (!DATE.test(v) || Number.isNaN(Date.parse(`${v}T00:00:00Z`))) throw new CliError(`${name} must be a date YYYY-MM-DD, got ${JSON.stringify(v)}`, 2);
  return v;
}

export const refresh: Command = {
  usage: '[--as-of DATE]',
  summary: 'Recomputes segments, models, churn risk and tags as of a date (default today) and writes the weekly snapshot.',
  options: { 'as-of': { type: 'string' } },
  async run(flags, _p, ctx) {
    const asOf = asOfFlag(flags['as-of'], ctx);
    const database = await ctx.open();
    const report = await runRefresh(database, { asOf, computedAt: ctx.now(), onProgress: (s) => ctx.progress(`refresh: ${s}`) });
    const { newly_high_risk_pks: _pks, ...printed } = report;
    ctx.out(printed, () => [
      `refreshed ${report.customers} customers (${report.with_orders} with orders) as of ${report.as_of}, week ${report.week}`,
      `BG/NBD ${report.models.bgnbd ? `r=${report.models.bgnbd.r.toFixed(4)} α=${report.models.bgnbd.alpha.toFixed(4)} a=${report.models.bgnbd.a.toFixed(4)} b=${report.models.bgnbd.b.toFixed(4)}` : 'not fitted'}`,
      ...report.models.warnings.map((w) => `warning: ${w}`),
      `newly at high churn risk: ${report.newly_high_risk}`,
      `timings: ${Object.entries(report.timings_ms).map(([k, v]) => `${k} ${v} ms`).join(', ')}`,
    ].join('\n'));
  },
};

export const demo: Command = {
  usage: '[--customers N] [--seed S]',
  summary: 'Loads the demo data set (a commercial-vehicle dealer) and its users, then refreshes; prints the new logins once.',
  options: { customers: { type: 'string' }, seed: { type: 'string' } },
  async run(flags, _p, ctx) {
    const customers = str(flags.customers) === undefined ? 2000 : Number(flags.customers);
    const seed = str(flags.seed) === undefined ? 42 : Number(flags.seed);
    if (!Number.isInteger(customers) || customers < 1 || customers > 2_000_000) throw new CliError('--customers must be a whole number from 1 to 2,000,000', 2);
    if (!Number.isInteger(seed)) throw new CliError('--seed must be a whole number', 2);
    const database = await ctx.open();
    const existing = Number((await database.client.execute('SELECT count(*) FROM customers')).rows[0][0]);
    if (existing > 0) throw new CliError(`the database already holds ${existing} customers; the demo loads into an empty database (set DATABASE_URL to a new file)`);
    ctx.progress('demo: generating and writing…');
    const result = await loadDemo(database, ctx.config, ctx.now(), { customers, seed });
    ctx.progress('demo: refreshing analytics…');
    const report = await runRefresh(database, { asOf: localDate(ctx.now(), ctx.config.timeZone), computedAt: ctx.now() });
    ctx.out({ ...result, refresh: { as_of: report.as_of, week: report.week } }, () => [
      `demo loaded: ${result.summary}`,
      result.logins.length ? 'logins (shown once):' : 'demo users already existed; their passwords are unchanged',
      ...result.logins.map((u) => `  ${u.role.padEnd(8)} ${u.login.padEnd(10)} ${u.password}`),
    ].join('\n'));
  },
};

export const churn: Command = {
  usage: '[--as-of DATE] [--owner LOGIN] [--limit N]',
  summary: 'The weekly churn list: high-risk customers, newly at risk first, by value at risk (refresh first).',
  options: { 'as-of': { type: 'string' }, owner: { type: 'string' }, limit: { type: 'string' } },
  async run(flags, _p, ctx) {
    const database = await ctx.open();
    const limit = str(flags.limit) === undefined ? 20 : Number(flags.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500) throw new CliError('--limit must be 1–500', 2);
    const owner = str(flags.owner);
    if (owner && !(await findUserByLogin(database.db, owner))) throw new CliError(`no user ${owner}`);
    const admin: User = { id: 0, login: 'cli', name: 'cli', role: 'admin', lang: 'zh', telegramUserId: null };
    const list = await weeklyChurnList(database.client, admin, { asOf: str(flags['as-of']), owner, limit });
    ctx.out(list, () => [
      `churn risk, week ${list.week} (as of ${list.as_of}): ${list.total} customers at high risk`,
      ...list.items.map((e, i) => `${String(i + 1).padStart(3)}. ${e.customer_id} ${e.name ?? ''} ${e.owner ? `[${e.owner}] ` : ''}score ${e.churn_score.toFixed(2)} value at risk ${e.value_at_risk.toFixed(0)}${e.newly_at_risk ? ' NEW' : ''}\n     ${e.reasons.map((r) => r.text.en).join('; ')}`),
    ].join('\n'));
  },
};
