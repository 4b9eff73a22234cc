import { Hono } from 'hono';
import { z } from 'zod';
import { requireRole } from '../http/auth-middleware';
import { validate } from '../http/validate';
import type { AppEnv } from '../http/context';
import { findVisibleCustomer } from '../services/customer-access';
import { createCustomer, listCustomers, loginMap, toProfile, updateCustomer } from '../services/customers';
import { portraitCard } from '../services/portrait-card';
import { eraseCustomer, exportCustomerData } from '../services/privacy';
import { audit } from '../services/audit';
import { listScores, segmentConditions } from '../analytics/list-filters';
import { listTagFilters } from '../tags/list-filter-tags';
import { recordTagUse, usageDay } from '../tags/tag-usage';

const listQuery = z.object({
  q: z.string().max(100).optional(),
  owner: z.string().max(40).optional(),
  cursor: z.string().max(20).optional(),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  segment: z.string().max(80).optional(),
  tag: z.string().max(80).optional(),
  lifecycle: z.string().max(40).optional(),
});

const nullableText = (max: number) => z.string().trim().max(max).nullable().optional();
const customerBody = z.object({
  customer_id: z.string().trim().min(1).max(64).optional(),
  name: nullableText(100),
  phone: nullableText(40),
  email: z.email().max(200).nullable().optional(),
  gender: z.enum(['male', 'female', 'other']).nullable().optional(),
  birth_year: z.number().int().min(1900).max(2100).nullable().optional(),
  region: nullableText(60),
  city: nullableText(60),
  source: nullableText(60),
  source_2: nullableText(60),
  source_3: nullableText(60),
  platform: z.enum(['mobile', 'pc', 'store']).nullable().optional(),
  owner: nullableText(40),
  field_rep: nullableText(40),
  attributes: z.record(z.string(), z.unknown()).optional(),
}).strict();

export const customerRoutes = new Hono<AppEnv>()
  .get('/', validate('query', listQuery), async (c) => {
    const { database, now, config } = c.get('deps');
    const q = c.req.valid('query');
    const user = c.get('user');
    const at = now();
    const segments = segmentConditions(q);
    const tags = await listTagFilters(database.client, q, at.toISOString());
    const page = await listCustomers(database.db, user, { ...q, extra: [...segments, ...tags.conditions] });
    // One use per list, not per page: a request with a cursor continues a list already counted.
    if (!q.cursor) await recordTagUse(database, tags.used, tags.kind, user.id, usageDay(at, config.timeZone));
    const scores = await listScores(database.client, page.items.map((i) => i.customer_id));
    return c.json({ ...page, items: page.items.map((i) => ({ ...i, scores: scores.get(i.customer_id) ?? null })) });
  })
  .post('/', requireRole('admin', 'manager'), validate('json', customerBody), async (c) => {
    const { database, now } = c.get('deps');
    const row = await createCustomer(database.db, c.req.valid('json'), now());
    await audit(database.db, c.get('user').id, 'customer.create', row.customerId);
    return c.json(toProfile(row, await loginMap(database.db)), 201);
  })
  .get('/:customer_id', async (c) => {
    const { database, now } = c.get('deps');
    const row = await findVisibleCustomer(database.db, c.get('user'), c.req.param('customer_id'));
    return c.json(await portraitCard(database, row, now()));
  })
  .patch('/:customer_id', requireRole('admin', 'manager'), validate('json', customerBody.omit({ customer_id: true })), async (c) => {
    const { database, now } = c.get('deps');
    const row = await findVisibleCustomer(database.db, c.get('user'), c.req.param('customer_id'));
    const updated = await updateCustomer(database.db, row.pk, c.req.valid('json'), now());
    await audit(database.db, c.get('user').id, 'customer.update', row.customerId, { fields: Object.keys(c.req.valid('json')) });
    return c.json(toProfile(updated!, await loginMap(database.db)));
  })
  .get('/:customer_id/export', requireRole('admin'), async (c) => {
    const { database } = c.get('deps');
    const row = await findVisibleCustomer(database.db, c.get('user'), c.req.param('customer_id'));
    return c.json(await exportCustomerData(database, c.get('user').id, row.pk));
  })
  .delete('/:customer_id', requireRole('admin'), async (c) => {
    const { database, now } = c.get('deps');
    const row = await findVisibleCustomer(database.db, c.get('user'), c.req.param('customer_id'));
    await eraseCustomer(database, c.get('user').id, row.pk, now());
    return c.json({ erased: row.customerId });
  });
