import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../http/auth-middleware';
import { validate } from '../http/validate';
import type { AppEnv } from '../http/context';
import { weeklyChurnList } from '../analytics/churn-list';
import { segmentOverview } from '../analytics/segment-overview';
import { dashboardData } from '../analytics/dashboard';
import { latestRefresh, runRefresh } from '../analytics/refresh';
import { loadThresholds, saveThresholds, thresholdsSchema } from '../analytics/thresholds';
import { digestFor } from '../services/digest';
import { localDate } from '../local-time';
import { tagUsageCounts } from '../services/tag-usage-rate';
import { audit } from '../services/audit';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date YYYY-MM-DD');

/** Analytics for the PWA, the bot and integrations: churn list, segments, dashboard, thresholds, refresh. */
export const analyticsRoutes = new Hono<AppEnv>()
  .get('/churn', validate('query', z.object({
    as_of: date.optional(), owner: z.string().max(40).optional(),
    limit: z.coerce.number().int().min(1).max(500).optional(), offset: z.coerce.number().int().min(0).optional(),
  })), async (c) => {
    const q = c.req.valid('query');
    return c.json(await weeklyChurnList(c.get('deps').database.client, c.get('user'), { asOf: q.as_of, owner: q.owner, limit: q.limit, offset: q.offset }));
  })
  .get('/segments', async (c) => c.json(await segmentOverview(c.get('deps').database.client, c.get('user'))))
  .get('/dashboard', requireRole('manager', 'admin'), async (c) => {
    const { database, config, now } = c.get('deps');
    const data = await dashboardData(database.client, c.get('user'), now());
    return c.json({ ...data, tag_usage: await tagUsageCounts(database, now(), config.timeZone) });
  })
  .get('/digest/preview', requireRole('manager', 'admin'), async (c) => {
    const { database, config, now } = c.get('deps');
    const d = await digestFor(database, config, c.get('user'), now());
    return c.json({ html: d.html, markdown: d.markdown });
  })
  .get('/settings/thresholds', requireRole('manager', 'admin'), async (c) => c.json(await loadThresholds(c.get('deps').database.client)))
  .put('/settings/thresholds', requireRole('admin'), validate('json', thresholdsSchema), async (c) => {
    const { database } = c.get('deps');
    const body = c.req.valid('json');
    await saveThresholds(database.client, body);
    await audit(database.db, c.get('user').id, 'settings.thresholds', undefined, body);
    return c.json(body);
  })
  .get('/refresh', requireRole('manager', 'admin'), async (c) => c.json(await latestRefresh(c.get('deps').database.client)))
  .post('/refresh', requireRole('admin'), validate('json', z.object({ as_of: date.optional() })), async (c) => {
    const { database, config, now } = c.get('deps');
    const asOf = c.req.valid('json').as_of ?? localDate(now(), config.timeZone);
    const { newly_high_risk_pks: _pks, ...report } = await runRefresh(database, { asOf, computedAt: now() });
    return c.json(report);
  });
