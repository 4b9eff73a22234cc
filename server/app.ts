import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import { DomainError } from './errors';
import { requireAuth } from './http/auth-middleware';
import type { AppDeps, AppEnv } from './http/context';
import { authRoutes } from './routes/auth-routes';
import { customerRoutes } from './routes/customer-routes';
import { activityRoutes } from './routes/activity-routes';
import { importRoutes } from './routes/import-routes';
import { userRoutes } from './routes/user-routes';
import { analyticsRoutes } from './routes/analytics-routes';
import { tagRoutes } from './routes/tag-routes';
import { afterBusy, BUSY_RETRY_AFTER_S, isDatabaseBusy } from './db/busy';

/** Builds the HTTP app: `/api` JSON routes; static PWA files are mounted by the caller. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', secureHeaders());
  // gzip/deflate for JSON and text answers ≥ 1 KiB (a portrait card: 9.1 → 3.3 kB); hono skips
  // text/event-stream, HEAD, 206 and answers that already carry a Content-Encoding.
  app.use('*', compress());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    await next();
  });

  app.get('/api/health', (c) => c.json({ ok: true, service: 'huaxiang' }));
  app.route('/api/auth', authRoutes);

  const api = new Hono<AppEnv>();
  api.use('*', requireAuth);
  api.route('/customers', customerRoutes);
  api.route('/', activityRoutes);
  api.route('/import', importRoutes);
  api.route('/users', userRoutes);
  api.route('/tags', tagRoutes);
  api.route('/', analyticsRoutes);
  app.route('/api', api);

  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `no route ${c.req.method} ${c.req.path}` } }, 404));

  app.onError((err, c) => {
    if (err instanceof DomainError) {
      return c.json({ error: { code: err.code, message: err.message, ...(err.details === undefined ? {} : { details: err.details }) } }, err.status);
    }
    if (err instanceof HTTPException) {
      const status = err.status;
      const code = status === 413 ? 'payload_too_large' : status === 401 ? 'unauthenticated' : 'bad_request';
      return c.json({ error: { code, message: err.message || 'bad request' } }, status);
    }
    if (err instanceof SyntaxError) {
      return c.json({ error: { code: 'bad_request', message: 'malformed JSON body' } }, 400);
    }
    if (isDatabaseBusy(err)) {
      // Another writer (the daily refresh, an import) holds the lock: nothing was written; send it again shortly.
      afterBusy();
      c.header('Retry-After', String(BUSY_RETRY_AFTER_S));
      return c.json({ error: { code: 'busy', message: 'the database is busy with a refresh or an import; nothing was saved, please retry shortly' } }, 503);
    }
    // Unexpected: log the message only (no request body, no secrets), answer without internals.
    console.error(`[huaxiang] ${c.req.method} ${c.req.path} failed: ${err.name}: ${err.message}`);
    return c.json({ error: { code: 'internal', message: 'internal error' } }, 500);
  });
  return app;
}
