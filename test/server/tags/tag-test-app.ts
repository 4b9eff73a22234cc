import { Hono } from 'hono';
import { DomainError } from '../../../server/errors';
import { requireAuth } from '../../../server/http/auth-middleware';
import type { AppDeps, AppEnv } from '../../../server/http/context';
import { tagRoutes } from '../../../server/routes/tag-routes';
import { refreshTagsForCustomers } from '../../../server/tags/activity-tags';
import { bearerFor, json, makeTestApp, seedCustomers, type TestApp } from '../../support/test-app';

/**
 * The real test app plus `/api/tags`. Until server/app.ts mounts tagRoutes,
 * the tag routes are served by a thin outer app (same auth middleware and
 * error shape) that forwards everything else to the real app; once mounted,
 * requests go straight to the real app. Orders and events refresh the
 * customers' tags through the AppDeps hook exactly as the wiring will.
 */
export async function makeTagTestApp() {
  const t = await makeTestApp();
  (t.deps as AppDeps).onCustomerActivity = async (pks) => {
    await refreshTagsForCustomers(t.database, pks, t.deps.now(), t.deps.config.timeZone);
  };
  await seedCustomers(t);
  const probe = await t.app.request('/api/tags', { headers: await bearerFor(t, 'admin1') });
  if (probe.status !== 404) return { ...t, request: t.app.request.bind(t.app) };
  const outer = new Hono<AppEnv>();
  outer.use('/api/tags/*', async (c, next) => {
    c.set('deps', t.deps);
    await next();
  });
  outer.use('/api/tags', async (c, next) => {
    c.set('deps', t.deps);
    await next();
  });
  outer.use('/api/tags/*', requireAuth);
  outer.use('/api/tags', requireAuth);
  outer.route('/api/tags', tagRoutes);
  outer.all('*', (c) => t.app.fetch(c.req.raw));
  outer.onError((err, c) => {
    if (err instanceof DomainError) {
      return c.json({ error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) } }, err.status);
    }
    throw err;
  });
  return { ...t, request: outer.request.bind(outer) };
}

export type TagTestApp = Awaited<ReturnType<typeof makeTagTestApp>> & TestApp;

/** Orders used by the tag tests (as of 2026-11-24; 365-day window from 2025-11-25). */
export async function seedOrders(t: TagTestApp) {
  const h = await bearerFor(t, 'admin1');
  const res = await t.request('/api/orders', {
    method: 'POST', ...json([
      { order_id: 'O-1', customer_id: 'C-1', ordered_at: '2026-11-20 10:00', amount: 50_000 },
      { order_id: 'O-2', customer_id: 'C-1', ordered_at: '2026-06-01 10:00', amount: 80_000 },
      { order_id: 'O-3', customer_id: 'C-1', ordered_at: '2025-01-05 10:00', amount: 1_000 },
      { order_id: 'O-4', customer_id: 'C-2', ordered_at: '2026-05-01 10:00', amount: 150_000 },
      { order_id: 'O-5', customer_id: 'C-4', ordered_at: '2026-11-01 10:00', amount: 200 },
    ], h),
  });
  if (res.status !== 201) throw new Error(`orders: ${res.status} ${await res.text()}`);
}

export const pkOf = async (t: TestApp, id: string) =>
  Number((await t.database.client.execute({ sql: 'SELECT pk FROM customers WHERE customer_id = ?', args: [id] })).rows[0][0]);
