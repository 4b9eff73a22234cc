import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { customers } from '../db/schema';
import { notFound } from '../errors';
import type { User } from './users';

/**
 * Which customers a user may see: managers see everyone (admins also the
 * erased, anonymised records); a
 * salesperson sees the customers they own; a field rep the customers assigned
 * to them (or owned by them). Anything else answers 404, never 403, so that a
 * customer's existence does not leak.
 */
export function visibleTo(user: User): SQL | undefined {
  const live = isNull(customers.erasedAt);
  if (user.role === 'admin') return undefined; // admins also see erased (anonymised) records
  if (user.role === 'manager') return live;
  if (user.role === 'field') return and(live, or(eq(customers.fieldId, user.id), eq(customers.ownerId, user.id)));
  return and(live, eq(customers.ownerId, user.id));
}

/** The same rule as raw SQL over an alias `c` of customers, for hand-written queries. */
export function visibleSql(user: User): { where: string; args: number[] } {
  if (user.role === 'admin') return { where: 'true', args: [] };
  if (user.role === 'manager') return { where: 'c.erased_at IS NULL', args: [] };
  if (user.role === 'field') return { where: 'c.erased_at IS NULL AND (c.field_id = ? OR c.owner_id = ?)', args: [user.id, user.id] };
  return { where: 'c.erased_at IS NULL AND c.owner_id = ?', args: [user.id] };
}

export async function findVisibleCustomer(db: Db, user: User, customerId: string) {
  const row = await db.select().from(customers)
    .where(and(eq(customers.customerId, customerId), visibleTo(user))).get();
  if (!row) throw notFound(`customer ${customerId} not found`);
  return row;
}

/** Resolves many public ids at once to primary keys, keeping only visible ones. */
export async function visibleCustomerPks(db: Db, user: User, customerIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const unique = [...new Set(customerIds)];
  for (let i = 0; i < unique.length; i += 500) {
    const chunk = unique.slice(i, i + 500);
    const rows = await db.select({ pk: customers.pk, id: customers.customerId }).from(customers)
      .where(and(sql`${customers.customerId} in ${chunk}`, visibleTo(user))).all();
    for (const r of rows) out.set(r.id, r.pk);
  }
  return out;
}
