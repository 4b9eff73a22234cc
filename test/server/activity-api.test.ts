import { beforeEach, describe, expect, it } from 'vitest';
import { bearerFor, json, loginAs, makeTestApp, seedCustomers, type TestApp } from '../support/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
  await seedCustomers(t);
});

const stats = async (id: string) =>
  (await t.database.client.execute({ sql: 'SELECT s.* FROM customer_stats s JOIN customers c ON c.pk = s.customer_pk WHERE c.customer_id = ?', args: [id] })).rows[0];

describe('orders and events API', () => {
  it('sums lines of one order, keeps aggregates current, and a repeated post changes nothing', async () => {
    const h = await bearerFor(t, 'admin1');
    const batch = [
      { order_id: 'SO-1', customer_id: 'C-1', ordered_at: '2026-10-01 10:00', amount: 100 },
      { order_id: 'SO-1', customer_id: 'C-1', ordered_at: '2026-10-01 10:00', quantity: 2, unit_price: 25.5 },
      { order_id: 'SO-2', customer_id: 'C-1', ordered_at: '2026-11-01T02:00:00Z', amount: 40 },
    ];
    for (let i = 0; i < 2; i++) {
      const res = await t.app.request('/api/orders', { method: 'POST', ...json(batch, h) });
      expect(res.status).toBe(201);
    }
    const orders = await t.database.client.execute("SELECT order_id, amount, ordered_at FROM orders ORDER BY order_id");
    // SO-1 = 100 + 2 × 25.5 = 151; SO-2 at 02:00Z is 10:00 in Asia/Shanghai (UTC+8).
    expect(orders.rows.map((r) => [r.order_id, r.amount, r.ordered_at])).toEqual([
      ['SO-1', 151, '2026-10-01 10:00:00'], ['SO-2', 40, '2026-11-01 10:00:00'],
    ]);
    const s = await stats('C-1');
    expect([s.orders, s.monetary, s.occasions, s.first_occasion_amount]).toEqual([2, 191, 2, 151]);
    expect(String(s.recent_amounts).split(',').map(Number)).toEqual([40, 151]); // newest first
  });

  it('creates unknown customers from orders (id only) for admins', async () => {
    const h = await bearerFor(t, 'admin1');
    const res = await t.app.request('/api/orders', { method: 'POST', ...json({ order_id: 'X-1', customer_id: 'NEW-9', ordered_at: '2026-11-02', amount: 5 }, h) });
    expect(res.status).toBe(201);
    const row = (await t.database.client.execute("SELECT name FROM customers WHERE customer_id = 'NEW-9'")).rows[0];
    expect(row.name).toBeNull();
  });

  it('rejects bad items with a 400 naming the item', async () => {
    const h = await bearerFor(t, 'admin1');
    const neg = await t.app.request('/api/orders', { method: 'POST', ...json([{ order_id: 'A', customer_id: 'C-1', ordered_at: '2026-11-02', amount: -5 }], h) });
    expect(neg.status).toBe(400);
    const date = await t.app.request('/api/orders', { method: 'POST', ...json({ order_id: 'A', customer_id: 'C-1', ordered_at: '2026-02-30', amount: 5 }, h) });
    expect(date.status).toBe(400);
    expect((await date.json()).error.message).toMatch(/item 0: ordered_at/);
    expect((await t.database.client.execute('SELECT count(*) n FROM orders')).rows[0].n).toBe(0);
  });

  it('stores an event once per client id and records the last contact day', async () => {
    const h = await loginAs(t, 'sales1');
    const ev = { id: 'evt-1', customer_id: 'C-1', type: 'call', occurred_at: '2026-11-20 09:00' };
    await t.app.request('/api/events', { method: 'POST', ...json(ev, h) });
    await t.app.request('/api/events', { method: 'POST', ...json(ev, h) });
    expect((await t.database.client.execute('SELECT count(*) n FROM events')).rows[0].n).toBe(1);
    expect((await stats('C-1')).last_contact_day).toBe(20777); // 2026-11-20 = Date.UTC(2026, 10, 20) / 86 400 000 = day 20777
  });
});

describe('interviews and notes', () => {
  it('saves an interview exactly once for a client id', async () => {
    const h = await loginAs(t, 'field1');
    const body = {
      id: 'iv-0001-abcd', customer_id: 'C-3', template_id: 'customer_interview', template_version: 1,
      answers: { basic: { age: 40, gender: 'male' }, purchase: { purchase_type: 'first' } },
    };
    const first = await t.app.request('/api/interviews', { method: 'POST', ...json(body, h) });
    const again = await t.app.request('/api/interviews', { method: 'POST', ...json(body, h) });
    expect([first.status, again.status]).toEqual([201, 200]);
    const card = await (await t.app.request('/api/customers/C-3', { headers: h })).json();
    expect(card.interviews).toHaveLength(1);
    expect(card.interviews[0]).toMatchObject({ id: 'iv-0001-abcd', author: 'field1' });
  });

  it('checks answers with the shared validator and stores nothing when they are wrong', async () => {
    const h = await loginAs(t, 'field1');
    const body = { id: 'iv-0002-abcd', customer_id: 'C-3', template_id: 'customer_interview', template_version: 1, answers: { basic: { age: 12, gender: 'male' } } };
    const res = await t.app.request('/api/interviews', { method: 'POST', ...json(body, h) });
    expect(res.status).toBe(400);
    const err = (await res.json()) as { error: { details: { errors: { field: string; code: string }[] } } };
    expect(err.error.details.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['age:below_min', 'purchase_type:required']);
    const unknown = await t.app.request('/api/interviews', { method: 'POST', ...json({ ...body, id: 'iv-0003-abcd', template_id: 'nope' }, h) });
    expect(unknown.status).toBe(400);
    expect(Number((await t.database.client.execute('SELECT count(*) FROM interviews')).rows[0][0])).toBe(0);
  });

  it('saves a note once and shows it on the card', async () => {
    const h = await loginAs(t, 'sales1');
    const body = { id: 'note-0001-x', customer_id: 'C-1', text: '客户下月考虑换车' };
    expect((await t.app.request('/api/notes', { method: 'POST', ...json(body, h) })).status).toBe(201);
    expect((await t.app.request('/api/notes', { method: 'POST', ...json(body, h) })).status).toBe(200);
    const card = await (await t.app.request('/api/customers/C-1', { headers: h })).json();
    expect(card.notes.map((n: { text: string }) => n.text)).toEqual(['客户下月考虑换车']);
  });
});
