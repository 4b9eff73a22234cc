import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { AppEnv } from './http/context';

const YEAR_IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * The `Cache-Control` of a file of the web build, by its URL path:
 * - content-hashed names (`/assets/*`, `/workbox-<hash>.js`): a year, immutable;
 * - icons (stable names, rarely changed): a week;
 * - robots.txt: a day;
 * - everything else — index.html, sw.js, the manifest — `no-cache`: the browser
 *   may keep a copy but asks the server (304) before using it, so a new
 *   release (new hashed names in index.html, new precache list in sw.js) is
 *   seen on the next visit.
 */
export function webCacheControl(path: string): string {
  if (path.startsWith('/assets/') || /^\/workbox-[0-9a-f]{6,}\.js$/.test(path)) return YEAR_IMMUTABLE;
  if (path.startsWith('/icons/')) return 'public, max-age=604800';
  if (path === '/robots.txt') return 'public, max-age=86400';
  return 'no-cache';
}

/**
 * Serves the built PWA from dist/ with an SPA fallback: any non-API GET that is
 * not a file gets index.html, so deep links from the bot (/customers/C-1) work
 * (a missing `/api/…` or `/assets/…` path is a 404 instead).
 * Compression comes from the app (`createApp`); cache headers follow
 * `webCacheControl`.
 */
export function mountWeb(app: Hono<AppEnv>, distDir = resolve('dist')) {
  const index = resolve(distDir, 'index.html');
  if (!existsSync(index)) return false;
  const html = readFileSync(index, 'utf8');
  app.use('*', async (c, next) => {
    await next();
    if (c.req.path.startsWith('/api/')) return;
    if (c.res.status === 200 || c.res.status === 304) c.header('Cache-Control', webCacheControl(c.req.path));
  });
  app.use('*', serveStatic({ root: distDir }));
  app.get('*', (c) => {
    // A missing hashed file is a 404, not the page (which would be cached as that file for a year).
    if (c.req.path.startsWith('/api/') || c.req.path.startsWith('/assets/')) return c.notFound();
    return c.html(html);
  });
  return true;
}
