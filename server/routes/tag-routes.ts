import { Hono } from 'hono';
import { z } from 'zod';
import { TagLanguageError, TAG_KINDS } from '../../shared/tags/index';
import { dayNumber } from '../../shared/time/calendar';
import { DomainError } from '../errors';
import { requireRole } from '../http/auth-middleware';
import type { AppEnv } from '../http/context';
import { validate } from '../http/validate';
import { localDate } from '../local-time';
import { createTag } from '../tags/create-tag';
import { previewTag } from '../tags/preview-tag';
import { tagUsageReport } from '../tags/tag-usage';
import { listTaxonomy } from '../tags/taxonomy';
import { validateTag } from '../tags/validate-tag';

const expression = z.string().max(4000);
const eventRule = z.object({
  eventType: z.string().trim().min(1).max(40),
  product: z.string().max(120).nullable().optional(),
  measure: z.enum(['duration_s', 'count']),
  perProduct: z.boolean(),
  atLeast: z.number().min(0),
  windowDays: z.number().int().min(1).max(365),
}).strict();
const newTag = z.object({
  name_zh: z.string().trim().min(1).max(40),
  name_en: z.string().trim().max(80).nullable().optional(),
  category: z.string().trim().min(1).max(40),
  group: z.string().trim().min(1).max(40),
  kind: z.enum(TAG_KINDS as [string, ...string[]]),
  expression: expression.nullable().optional(),
  ttl_days: z.number().int().min(1).max(365).nullable().optional(),
  description: z.string().trim().max(400).nullable().optional(),
  event_rule: eventRule.nullable().optional(),
}).strict();
const validation = z.object({
  outcome: z.literal('purchase'),
  days: z.number().int().min(1).max(365),
  control_share: z.number().gt(0).lt(1).optional(),
  cost: z.number().min(0).nullable().optional(),
}).strict();

/** A language error becomes 400 `validation` with `details.position`, `details.expected` and the zh/en message. */
async function languageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (e) {
    if (e instanceof TagLanguageError) throw new DomainError('validation', e.message, e.toDetails());
    throw e;
  }
}

/** `/api/tags`: taxonomy with counts, definitions, preview, usage, A/B validation (SPEC §5, §8). */
export const tagRoutes = new Hono<AppEnv>()
  // `?counts=0`: names and places only (filter suggestions), without counting members (~3 s at 1M customers).
  .get('/', validate('query', z.object({ counts: z.enum(['0', '1']).optional() }).strict()), async (c) => {
    const { database, now } = c.get('deps');
    const { counts } = c.req.valid('query');
    return c.json(await listTaxonomy(database, c.get('user'), now().toISOString(), { counts: counts !== '0' }));
  })
  .post('/', requireRole('admin', 'manager'), validate('json', newTag), async (c) => {
    const { database, now, config } = c.get('deps');
    const body = c.req.valid('json');
    const at = now();
    const tag = await languageErrors(() => createTag(database, { ...body, kind: body.kind as (typeof TAG_KINDS)[number] }, c.get('user'),
      { asOf: localDate(at, config.timeZone), nowIso: at.toISOString() }));
    return c.json(tag, 201);
  })
  .post('/preview', validate('json', z.object({ expression }).strict()), async (c) => {
    const { database, now, config } = c.get('deps');
    const at = now();
    const { expression: source } = c.req.valid('json');
    return c.json(await languageErrors(() => previewTag(database, source, c.get('user'), { asOf: localDate(at, config.timeZone), nowIso: at.toISOString() })));
  })
  .get('/usage', requireRole('admin', 'manager'), async (c) => {
    const { database, now, config } = c.get('deps');
    const at = now();
    return c.json(await tagUsageReport(database, dayNumber(localDate(at, config.timeZone)), at.toISOString()));
  })
  .post('/:id/validate', requireRole('admin', 'manager'), validate('json', validation), async (c) => {
    const { database, now, config } = c.get('deps');
    const body = c.req.valid('json');
    return c.json(await validateTag(database, c.req.param('id'), { outcome: body.outcome, days: body.days, controlShare: body.control_share ?? 0.1, cost: body.cost },
      { nowIso: now().toISOString(), timeZone: config.timeZone, userId: c.get('user').id }));
  });
