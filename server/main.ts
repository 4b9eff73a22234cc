/**
 * `npm start`: migrates the database, loads the demo data set on an empty
 * database (unless HUAXIANG_DEMO=0), serves the API and the PWA, and starts the
 * Telegram bot when TELEGRAM_BOT_TOKEN is set.
 */
import { serve } from '@hono/node-server';
import { loadConfig } from './config';
import { openDatabase } from './db/client';
import { createApp } from './app';
import { mountWeb } from './static-web';
import { LoginLimiter } from './auth/login-limiter';
import { loadDemoIfEmpty } from './services/demo-loader';
import { startBackgroundJobs } from './jobs/scheduler';
import { runRefresh } from './analytics/refresh';
import { ensureDefaultTags } from './tags/tag-repository';
import { localDate } from './local-time';

const config = loadConfig();
const database = await openDatabase(config.databaseUrl);
await ensureDefaultTags(database.client);
const now = () => new Date();

if (config.demo) {
  const demo = await loadDemoIfEmpty(database, config, now());
  if (demo) {
    console.log(`[huaxiang] demo data loaded: ${demo.summary}`);
    console.log('[huaxiang] demo logins (shown once; change them with `npx huaxiang user passwd`):');
    for (const u of demo.logins) console.log(`  ${u.role.padEnd(8)} ${u.login.padEnd(10)} ${u.password}`);
    const report = await runRefresh(database, { asOf: localDate(now(), config.timeZone), computedAt: now() });
    console.log(`[huaxiang] analytics refreshed as of ${report.as_of} (${Object.values(report.timings_ms).reduce((a, b) => a + b, 0)} ms)`);
  }
}

const deps = { database, config, now, limiter: new LoginLimiter() };
const app = createApp(deps);
const hasWeb = mountWeb(app);
const jobs = await startBackgroundJobs(deps, app);

const server = serve({ fetch: app.fetch, port: config.port }, (info) => {
  console.log(`[huaxiang] listening on http://localhost:${info.port}${hasWeb ? '' : ' (API only: run `npm run build` for the PWA)'}`);
});

const stop = () => {
  jobs.stop();
  server.close();
  database.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
