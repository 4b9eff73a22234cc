/**
 * Lighthouse (mobile defaults: simulated slow 4G and 4× CPU) on the PWA's
 * pages, against a real `npm start` with the demo data set on a fresh
 * temporary database. Not a test and not run by CI: Lighthouse is not a
 * project dependency (it brings ~200 packages), so install it beside the
 * project first and point LIGHTHOUSE_DIR at it:
 *
 *   mkdir -p /tmp/lh && (cd /tmp/lh && npm init -y && npm i lighthouse@12.8.2)
 *   npm run build
 *   LIGHTHOUSE_DIR=/tmp/lh node --import tsx test/bench/lighthouse-pages.ts [RUNS] [PATH…]
 *
 * Signed-in pages follow Lighthouse's recipe for pages behind a login: the
 * manager logs in through the login form in the same browser, then
 * Lighthouse runs with `disableStorageReset` so the session cookie (and the
 * service worker the first visit installed) stay, as for a returning user.
 * `/login` is measured signed out, from an empty profile.
 *
 * The browser is CHROME (default: Debian's chromium-headless-shell when
 * installed, else chromium). On this 2-core machine the full browser's own
 * software compositing competes with the page for the second core and
 * Lighthouse's simulation multiplies the page's stretched tasks by 4, so
 * both are worth measuring; the script prints which one it used.
 * Prints one JSON document: every run's scores and metrics, and per page the
 * median performance score.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const lighthouseDir = process.env.LIGHTHOUSE_DIR;
if (!lighthouseDir || !existsSync(join(lighthouseDir, 'node_modules', 'lighthouse'))) {
  throw new Error('Set LIGHTHOUSE_DIR to a folder where `npm i lighthouse@12.8.2` was run (see this file\'s comment).');
}
if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first.');
const fromLighthouse = createRequire(join(lighthouseDir, 'package.json'));
const load = async (name: string) => import(pathToFileURL(fromLighthouse.resolve(name)).href);
const lighthouse = (await load('lighthouse')).default;
const { launch } = await load('chrome-launcher');
const puppeteer = (await load('puppeteer-core')).default;

const [runsArg, ...pathArgs] = process.argv.slice(2);
const runs = Number(runsArg ?? 3);
const paths = pathArgs.length ? pathArgs : ['/login', '/', '/customers', '/customers/C-000002', '/customers/C-000002/interview', '/dashboard'];
const chromePath = process.env.CHROME ?? (existsSync('/usr/bin/chromium-headless-shell') ? '/usr/bin/chromium-headless-shell' : '/usr/bin/chromium');
const chromeFlags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const port = Number(process.env.PORT ?? 8931);
const base = `http://localhost:${port}`;

/** What `npm start` runs, on a fresh demo database; resolves with the printed manager login once it listens. */
async function startServer(dir: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${join(dir, 'lh.db')}` }, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  const login = await new Promise<{ login: string; password: string }>((resolve, reject) => {
    child.on('exit', (code) => reject(new Error(`npm start exited with ${code}`)));
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = out.match(/^\s+manager\s+(\S+)\s+(\S+)$/m);
      if (m && out.includes('listening on')) resolve({ login: m[1], password: m[2] });
    });
  });
  return { child, ...login };
}

async function measure(path: string, account: { login: string; password: string }) {
  const chrome = await launch({ chromePath, chromeFlags });
  try {
    const signedIn = path !== '/login';
    if (signedIn) {
      const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}` });
      const page = await browser.newPage();
      await page.goto(`${base}/login`, { waitUntil: 'networkidle0' });
      await page.type('#login-name', account.login);
      await page.type('#login-password', account.password);
      await Promise.all([page.waitForNavigation({ waitUntil: 'networkidle0' }), page.keyboard.press('Enter')]);
      await page.close();
      browser.disconnect();
    }
    const { lhr } = await lighthouse(`${base}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', disableStorageReset: signedIn });
    const a = lhr.audits;
    const ms = (id: string) => Math.round(a[id].numericValue);
    return {
      path, final_url: lhr.finalDisplayedUrl.replace(base, ''),
      performance: Math.round(lhr.categories.performance.score * 100), accessibility: Math.round(lhr.categories.accessibility.score * 100),
      best_practices: Math.round(lhr.categories['best-practices'].score * 100),
      fcp_ms: ms('first-contentful-paint'), lcp_ms: ms('largest-contentful-paint'), tbt_ms: ms('total-blocking-time'),
      speed_index_ms: ms('speed-index'), cls: Math.round(a['cumulative-layout-shift'].numericValue * 1000) / 1000,
    };
  } finally {
    await chrome.kill();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'huaxiang-lighthouse-'));
const server = await startServer(dir);
try {
  const results: Awaited<ReturnType<typeof measure>>[] = [];
  for (const path of paths) {
    for (let i = 0; i < runs; i++) {
      const r = await measure(path, server);
      process.stderr.write(`lighthouse: ${JSON.stringify(r)}\n`);
      results.push(r);
    }
  }
  const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor((xs.length - 1) / 2)];
  const pages = paths.map((path) => {
    const mine = results.filter((r) => r.path === path);
    return { path, performance_median: median(mine.map((r) => r.performance)), performance_min: Math.min(...mine.map((r) => r.performance)), accessibility_min: Math.min(...mine.map((r) => r.accessibility)) };
  });
  process.stdout.write(`${JSON.stringify({ lighthouse: fromLighthouse('lighthouse/package.json').version, chrome: chromePath, runs_per_page: runs, pages, results }, null, 1)}\n`);
} finally {
  server.child.kill();
  rmSync(dir, { recursive: true, force: true });
}
