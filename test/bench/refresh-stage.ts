/**
 * One benchmark stage in its own process, so its peak RSS is its own and not
 * the import's: a full refresh of an existing database as of a day (with
 * `--next-day`, a second one a day later: the daily run), then
 * (with `--incremental N`) N single-order POSTs through the HTTP app, timed.
 * Prints one JSON document. Used by run-all.ts:
 *   node --import tsx test/bench/refresh-stage.ts DB_FILE AS_OF [--next-day] [--incremental 50 --customers N]
 */
import { parseArgs } from 'node:util';
import { openDatabase } from '../../server/db/client';
import { runRefresh } from '../../server/analytics/refresh';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { LoginLimiter } from '../../server/auth/login-limiter';
import { addUser, createApiToken, findUserByLogin } from '../../server/services/users';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { incremental: { type: 'string' }, customers: { type: 'string' }, 'next-day': { type: 'boolean' } } });
const [file, asOf] = positionals;
const peakMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return Math.round(s[Math.min(s.length - 1, Math.floor(q * s.length))] * 10) / 10;
};

const database = await openDatabase(`file:${file}`);
const t0 = performance.now();
const r = await runRefresh(database, { asOf, computedAt: new Date() });
const out: Record<string, unknown> = {
  refresh: {
    seconds: Math.round((performance.now() - t0) / 10) / 100, peak_rss_mb: peakMb(), customers: r.customers, with_orders: r.with_orders,
    stages_ms: r.timings_ms, bgnbd: r.models.bgnbd, warnings: r.models.warnings, newly_high_risk: r.newly_high_risk,
  },
};
process.stderr.write(`refresh-stage: ${JSON.stringify(out.refresh)}\n`);
if (values['next-day']) {
  // The daily run: the same data one day later (recency, windows and churn move; most tags stay).
  const next = new Date(Date.parse(`${asOf}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const t1 = performance.now();
  const again = await runRefresh(database, { asOf: next, computedAt: new Date() });
  out.next_day_refresh = {
    as_of: next, seconds: Math.round((performance.now() - t1) / 10) / 100, peak_rss_mb: peakMb(), stages_ms: again.timings_ms,
    tags_added: again.tags.added, tags_removed: again.tags.removed,
  };
  process.stderr.write(`refresh-stage: ${JSON.stringify(out.next_day_refresh)}\n`);
}
const n = Number(values.incremental ?? 0);
if (n > 0) {
  const customers = Number(values.customers);
  const app = createApp({ database, config: { ...loadConfig({}), demo: false }, now: () => new Date(), limiter: new LoginLimiter() });
  if (!(await findUserByLogin(database.db, 'bench'))) await addUser(database.db, { login: 'bench', role: 'admin', password: 'bench-password-1' });
  const headers = { authorization: `Bearer ${await createApiToken(database.db, 'bench')}`, 'content-type': 'application/json' };
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const body = JSON.stringify({ order_id: `INC-${i}`, customer_id: `C${String((i * 7919) % customers).padStart(7, '0')}`, ordered_at: '2025-12-31 10:00', amount: 100 + i });
    const t = performance.now();
    const res = await app.request('/api/orders', { method: 'POST', headers, body });
    times.push(performance.now() - t);
    if (res.status !== 201) throw new Error(`POST /api/orders: ${res.status} ${await res.text()}`);
  }
  out.incremental = { requests: n, p50_ms: quantile(times, 0.5), p95_ms: quantile(times, 0.95), max_ms: Math.round(Math.max(...times)) };
}
database.close();
process.stdout.write(`${JSON.stringify(out)}\n`);
