import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { customers, events, interviews, notes, orders } from '../db/schema';
import { audit } from './audit';
import { loginMap, toProfile } from './customers';

/**
 * Everything held on one customer (PIPL/GDPR-style access request), written to
 * the audit log. `pk` must already be resolved through the access rules.
 */
export async function exportCustomerData(database: Database, actorId: number | null, pk: number) {
  const { db } = database;
  const row = await db.select().from(customers).where(eq(customers.pk, pk)).get();
  if (!row) return undefined;
  const [o, e, i, n] = await Promise.all([
    db.select().from(orders).where(eq(orders.customerPk, pk)).all(),
    db.select().from(events).where(eq(events.customerPk, pk)).all(),
    db.select().from(interviews).where(eq(interviews.customerPk, pk)).all(),
    db.select().from(notes).where(eq(notes.customerPk, pk)).all(),
  ]);
  await audit(db, actorId, 'customer.export', row.customerId);
  return {
    profile: toProfile(row, await loginMap(db)),
    orders: o.map(({ pk: _pk, customerPk: _c, ...rest }) => rest),
    events: e.map(({ pk: _pk, customerPk: _c, ...rest }) => rest),
    interviews: i.map((r) => ({ ...r, answers: JSON.parse(r.answers) })),
    notes: n,
  };
}

/**
 * Erasure: removes name, phone, email, free attributes, interview answers and
 * note texts; keeps the pseudonymous id with orders (anonymous aggregates stay
 * correct) and event rows. Logged in the audit log.
 */
export async function eraseCustomer(database: Database, actorId: number | null, pk: number, now: Date) {
  const { db } = database;
  const row = await db.select({ id: customers.customerId }).from(customers).where(eq(customers.pk, pk)).get();
  if (!row) return false;
  await db.batch([
    db.update(customers).set({
      name: null, phone: null, phoneTail: null, email: null, gender: null, birthYear: null, city: null,
      attributes: '{}', erasedAt: now.toISOString(), updatedAt: now.toISOString(),
    }).where(eq(customers.pk, pk)),
    db.update(interviews).set({ answers: '{}' }).where(eq(interviews.customerPk, pk)),
    db.update(notes).set({ text: '[erased]' }).where(eq(notes.customerPk, pk)),
  ]);
  await audit(db, actorId, 'customer.erase', row.id);
  return true;
}
