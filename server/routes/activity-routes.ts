import { Hono } from 'hono';
import { rescoreCustomers } from '../analytics/incremental';
import { refreshTagsForCustomers } from '../tags/activity-tags';
import { z } from 'zod';
import { requireRole } from '../http/auth-middleware';
import { validate } from '../http/validate';
import type { AppEnv } from '../http/context';
import { addEvents, addInterview, addNote, addOrders, eventKey } from '../services/activity';
import { toLocalTimestamp } from '../services/timestamps';
import { DomainError } from '../errors';

const id = z.string().trim().min(1).max(64);
const orderItem = z.object({
  order_id: id,
  customer_id: id,
  ordered_at: z.string().min(8).max(40),
  amount: z.number().min(0).optional(),
  quantity: z.number().optional(),
  unit_price: z.number().min(0).optional(),
  channel: z.string().max(40).nullable().optional(),
  product: z.string().max(120).nullable().optional(),
}).strict();
const eventItem = z.object({
  id: z.string().min(1).max(80).optional(),
  customer_id: id,
  type: z.string().trim().min(1).max(40),
  occurred_at: z.string().min(8).max(40),
  product: z.string().max(120).nullable().optional(),
  duration_s: z.number().min(0).max(86_400 * 7).nullable().optional(),
}).strict();
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1).max(10_000)]);

const interviewBody = z.object({
  id: z.string().min(8).max(80),
  customer_id: id,
  template_id: z.string().min(1).max(80),
  template_version: z.number().int().min(1),
  answers: z.record(z.string(), z.record(z.string(), z.unknown())),
  conducted_at: z.string().min(8).max(40).optional(),
  supersedes: z.string().max(80).nullable().optional(),
}).strict();
const noteBody = z.object({ id: z.string().min(8).max(80), customer_id: id.nullable().optional(), text: z.string().trim().min(1).max(4000) }).strict();

const list = <T>(v: T | T[]) => (Array.isArray(v) ? v : [v]);

export const activityRoutes = new Hono<AppEnv>()
  .post('/orders', requireRole('admin', 'manager'), validate('json', oneOrMany(orderItem)), async (c) => {
    const { database, config } = c.get('deps');
    const rows = list(c.req.valid('json')).map((o, i) => {
      const amount = o.amount ?? (o.quantity !== undefined && o.unit_price !== undefined ? Math.round(o.quantity * o.unit_price * 100) / 100 : undefined);
      if (amount === undefined) throw new DomainError('validation', `item ${i}: give amount, or quantity and unit_price`, { index: i, field: 'amount' });
      if (amount < 0) throw new DomainError('validation', `item ${i}: negative amount`, { index: i, field: 'amount' });
      const at = toLocalTimestamp(o.ordered_at, config.timeZone, `item ${i}: ordered_at`);
      return { customer_id: o.customer_id, order_id: o.order_id, ordered_at: at.local, day: at.day, amount, quantity: o.quantity ?? null, channel: o.channel ?? null, product: o.product ?? null };
    });
    const pks = await addOrders(database, c.get('user'), rows);
    await rescoreCustomers(database, pks);
    await refreshTagsForCustomers(database, pks, c.get('deps').now(), config.timeZone);
    await c.get('deps').onCustomerActivity?.(pks);
    return c.json({ accepted: rows.length, customers: pks.length }, 201);
  })
  .post('/events', validate('json', oneOrMany(eventItem)), async (c) => {
    const { database, config } = c.get('deps');
    const rows = list(c.req.valid('json')).map((e, i) => {
      const at = toLocalTimestamp(e.occurred_at, config.timeZone, `item ${i}: occurred_at`);
      const base = { customer_id: e.customer_id, type: e.type, occurred_at: at.local, day: at.day, product: e.product ?? null, duration_s: e.duration_s ?? null };
      return { ...base, client_id: e.id ? `c:${e.id}` : eventKey(base) };
    });
    const pks = await addEvents(database, c.get('user'), rows);
    await rescoreCustomers(database, pks);
    await refreshTagsForCustomers(database, pks, c.get('deps').now(), config.timeZone);
    await c.get('deps').onCustomerActivity?.(pks);
    return c.json({ accepted: rows.length, customers: pks.length }, 201);
  })
  .post('/interviews', validate('json', interviewBody), async (c) => {
    const { database, now } = c.get('deps');
    const body = c.req.valid('json');
    const result = await addInterview(database, c.get('user'), { ...body, conducted_at: body.conducted_at ?? now().toISOString() });
    return c.json(result, result.created ? 201 : 200);
  })
  .post('/notes', validate('json', noteBody), async (c) => {
    const result = await addNote(c.get('deps').database, c.get('user'), c.req.valid('json'));
    return c.json(result, result.created ? 201 : 200);
  });
