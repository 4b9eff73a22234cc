import { beforeEach, describe, expect, it } from 'vitest';
import { json, loginAs, makeTestApp, seedCustomers, type TestApp } from '../support/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
  await seedCustomers(t);
});

const ids = (body: { items: { customer_id: string }[] }) => body.items.map((c) => c.customer_id);

describe('customers API', () => {
  it('a salesperson lists only their own customers; a manager sees all', async () => {
    const sales = await loginAs(t, 'sales1');
    expect(ids(await (await t.app.request('/api/customers', { headers: sales })).json())).toEqual(['C-1', 'C-3']);
    const mgr = await loginAs(t, 'manager1');
    expect(ids(await (await t.app.request('/api/customers', { headers: mgr })).json())).toEqual(['C-1', 'C-2', 'C-3', 'C-4']);
  });

  it('a field rep sees the customers assigned to them', async () => {
    const field = await loginAs(t, 'field1');
    expect(ids(await (await t.app.request('/api/customers', { headers: field })).json())).toEqual(['C-3']);
  });

  it('searches by name, phone tail and id', async () => {
    const mgr = await loginAs(t, 'manager1');
    const q = async (s: string) => ids(await (await t.app.request(`/api/customers?q=${encodeURIComponent(s)}`, { headers: mgr })).json());
    expect(await q('张')).toEqual(['C-1']);
    expect(await q('5678')).toEqual(['C-2']);
    expect(await q('0005678')).toEqual(['C-2']);
    expect(await q('C-3')).toEqual(['C-3']);
    expect(await q('100%')).toEqual([]);
  });

  it('filters by owner and pages with a cursor', async () => {
    const mgr = await loginAs(t, 'manager1');
    const first = await (await t.app.request('/api/customers?limit=2', { headers: mgr })).json();
    expect(ids(first)).toEqual(['C-1', 'C-2']);
    const second = await (await t.app.request(`/api/customers?limit=2&cursor=${first.next_cursor}`, { headers: mgr })).json();
    expect(ids(second)).toEqual(['C-3', 'C-4']);
    expect(second.next_cursor).toBeNull();
    expect(ids(await (await t.app.request('/api/customers?owner=sales2', { headers: mgr })).json())).toEqual(['C-2']);
  });

  it('answers 404 for a customer the user may not see, and the card for one they may', async () => {
    const sales = await loginAs(t, 'sales1');
    const hidden = await t.app.request('/api/customers/C-2', { headers: sales });
    expect(hidden.status).toBe(404);
    expect((await hidden.json()).error.code).toBe('not_found');
    const card = await (await t.app.request('/api/customers/C-1', { headers: sales })).json();
    expect(card.profile).toMatchObject({ customer_id: 'C-1', name: '张伟', owner: 'sales1' });
    expect(card).toHaveProperty('orders');
    expect(card).toHaveProperty('interviews');
  });

  it('creates customers with generated ids and reassigns owners (manager)', async () => {
    const mgr = await loginAs(t, 'manager1');
    const created = await t.app.request('/api/customers', { method: 'POST', ...json({ name: '新客户', phone: '13600001111', owner: 'sales2' }, mgr) });
    expect(created.status).toBe(201);
    const body = await created.json();
    expect(body.customer_id).toMatch(/^C-\d{6}$/);
    const moved = await t.app.request('/api/customers/C-1', { method: 'PATCH', ...json({ owner: 'sales2' }, mgr) });
    expect((await moved.json()).owner).toBe('sales2');
    const bad = await t.app.request('/api/customers/C-1', { method: 'PATCH', ...json({ owner: 'nobody' }, mgr) });
    expect(bad.status).toBe(400);
    const dup = await t.app.request('/api/customers', { method: 'POST', ...json({ customer_id: 'C-1' }, mgr) });
    expect(dup.status).toBe(409);
  });

  it('admin exports and erases a customer; both are audited', async () => {
    const admin = await loginAs(t, 'admin1');
    const exported = await (await t.app.request('/api/customers/C-1/export', { headers: admin })).json();
    expect(exported.profile.phone).toBe('13812341234');
    const erased = await t.app.request('/api/customers/C-1', { method: 'DELETE', headers: admin });
    expect(erased.status).toBe(200);
    const after = await (await t.app.request('/api/customers/C-1/export', { headers: admin })).json();
    expect(after.profile).toMatchObject({ name: null, phone: null, email: null });
    const audit = await t.database.client.execute("select action, subject from audit_log where subject = 'C-1' order by id");
    expect(audit.rows.map((r) => r.action)).toEqual(['customer.export', 'customer.erase', 'customer.export']);
  });
});
