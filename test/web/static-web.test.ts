import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { mountWeb, webCacheControl } from '../../server/static-web';
import type { Hono } from 'hono';
import type { AppEnv } from '../../server/http/context';
import { bearerFor, makeTestApp } from '../support/test-app';

/**
 * How the built PWA (dist/, made by `vite build`, which `npm test` runs first)
 * is served: cache headers per kind of file, compression, SPA fallback. Lives
 * beside the web tests because it checks the web build as shipped.
 */
const dist = resolve('dist');
let app: Hono<AppEnv>;
let auth: Record<string, string>;
let js: string;

beforeAll(async () => {
  // As shipped: the API app (which compresses every answer) with the PWA mounted on it.
  const t = await makeTestApp();
  app = t.app;
  auth = await bearerFor(t, 'admin1');
  expect(mountWeb(app, dist), 'dist/ must hold a build: run `npx vite build` first').toBe(true);
  js = readdirSync(resolve(dist, 'assets')).find((f) => /^index-.+\.js$/.test(f))!;
});

test('cache policy by path', () => {
  expect(webCacheControl('/assets/index-CdQQTmND.js')).toBe('public, max-age=31536000, immutable');
  expect(webCacheControl('/workbox-7c24d614.js')).toBe('public, max-age=31536000, immutable');
  expect(webCacheControl('/icons/icon-192.png')).toBe('public, max-age=604800');
  expect(webCacheControl('/robots.txt')).toBe('public, max-age=86400');
  for (const p of ['/', '/index.html', '/sw.js', '/manifest.webmanifest', '/customers/C-1']) expect(webCacheControl(p)).toBe('no-cache');
});

test('hashed assets: a year, immutable, gzipped for a client that accepts it', async () => {
  const res = await app.request(`/assets/${js}`, { headers: { 'accept-encoding': 'gzip' } });
  expect(res.status).toBe(200);
  expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  expect(res.headers.get('content-encoding')).toBe('gzip');
});

test('the page, the service worker and the manifest are revalidated on every visit', async () => {
  for (const p of ['/', '/sw.js', '/manifest.webmanifest', '/customers/C-1/interview']) {
    const res = await app.request(p);
    expect(res.status, p).toBe(200);
    expect(res.headers.get('cache-control'), p).toBe('no-cache');
  }
  expect(await (await app.request('/customers/C-1/interview')).text()).toContain('<div id="app">');
});

test('icons for a week; robots.txt keeps crawlers off the API', async () => {
  const icon = await app.request('/icons/icon-192.png');
  expect(icon.status).toBe(200);
  expect(icon.headers.get('cache-control')).toBe('public, max-age=604800');
  const robots = await app.request('/robots.txt');
  expect(robots.status).toBe(200);
  expect(await robots.text()).toMatch(/^User-agent: \*\nDisallow: \/api\/$/m);
});

test('a missing hashed asset or API path is a 404, not the page', async () => {
  const asset = await app.request('/assets/gone-00000000.js');
  expect(asset.status).toBe(404);
  expect(asset.headers.get('cache-control')).toBeNull();
  expect((await app.request('/api/nothing-here', { headers: auth })).status).toBe(404);
  const api = await app.request('/api/health');
  expect(api.headers.get('cache-control')).toBeNull();
});
