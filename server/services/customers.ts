import { and, asc, eq, gt, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { customers, users } from '../db/schema';
import { DomainError } from '../errors';
import { visibleTo } from './customer-access';
import type { User } from './users';

/** The profile fields of SPEC §2 as the API shows them. */
export interface CustomerProfile {
  customer_id: string;
  name: string | null;
  phone: string | null;
  email: string | null;
  gender: string | null;
  birth_year: number | null;
  region: string | null;
  city: string | null;
  source: string | null;
  source_2: string | null;
  source_3: string | null;
  platform: string | null;
  owner: string | null;
  field_rep: string | null;
  attributes: Record<string, unknown>;
  created_at: string;
}

type Row = typeof customers.$inferSelect;

export function toProfile(row: Row, logins: Map<number, string>): CustomerProfile {
  return {
    customer_id: row.customerId, name: row.name, phone: row.phone, email: row.email, gender: row.gender,
    birth_year: row.birthYear, region: row.region, city: row.city, source: row.source, source_2: row.source2,
    source_3: row.source3, platform: row.platform,
    owner: row.ownerId ? logins.get(row.ownerId) ?? null : null,
    field_rep: row.fieldId ? logins.get(row.fieldId) ?? null : null,
    attributes: JSON.parse(row.attributes || '{}'), created_at: row.createdAt,
  };
}

export async function loginMap(db: Db): Promise<Map<number, string>> {
  const rows = await db.select({ id: users.id, login: users.login }).from(users).all();
  return new Map(rows.map((r) => [r.id, r.login]));
}

/** Digits only; the last four are what a salesperson types to find a customer. */
export const phoneTail = (phone: string | null | undefined) => {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
};

export interface ListQuery {
  q?: string;
  owner?: string;
  cursor?: string;
  limit?: number;
  /** Extra conditions from later layers (segment, tag, lifecycle filters). */
  extra?: SQL[];
}

/**
 * Search and list, keyset-paginated by primary key (the cursor is the last pk
 * seen), so page N costs the same as page 1. `q` matches the customer id
 * (exact or prefix), the name (substring) and the phone's tail digits.
 */
export async function listCustomers(db: Db, user: User, query: ListQuery) {
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 200);
  const conds: (SQL | undefined)[] = [visibleTo(user), ...(query.extra ?? [])];
  const q = query.q?.trim();
  if (q) {
    const digits = q.replace(/\D/g, '');
    const alts: SQL[] = [eq(customers.customerId, q), like(customers.customerId, `${escapeLike(q)}%`), like(customers.name, `%${escapeLike(q)}%`)];
    if (digits.length >= 3 && digits === q.replace(/[\s-]/g, '')) {
      alts.push(digits.length === 4 ? eq(customers.phoneTail, digits) : like(customers.phone, `%${digits}`));
    }
    conds.push(or(...alts));
  }
  if (query.owner) {
    const owner = await db.select({ id: users.id }).from(users).where(eq(users.login, query.owner)).get();
    conds.push(eq(customers.ownerId, owner?.id ?? -1));
  }
  if (query.cursor) {
    const after = Number(query.cursor);
    if (!Number.isInteger(after)) throw new DomainError('bad_request', 'bad cursor');
    conds.push(gt(customers.pk, after));
  }
  const rows = await db.select().from(customers).where(and(...conds)).orderBy(asc(customers.pk)).limit(limit + 1).all();
  const logins = await loginMap(db);
  const page = rows.slice(0, limit);
  return {
    items: page.map((r) => toProfile(r, logins)),
    next_cursor: rows.length > limit ? String(page[page.length - 1].pk) : null,
  };
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, (m) => `\\${m}`);

export interface CustomerInput {
  customer_id?: string;
  name?: string | null;
  phone?: string | null;
  email?: string | null;
  gender?: string | null;
  birth_year?: number | null;
  region?: string | null;
  city?: string | null;
  source?: string | null;
  source_2?: string | null;
  source_3?: string | null;
  platform?: string | null;
  owner?: string | null;
  field_rep?: string | null;
  attributes?: Record<string, unknown>;
}

async function userIdFor(db: Db, login: string | null | undefined, roles: string[]): Promise<number | null | undefined> {
  if (login === undefined) return undefined;
  if (login === null || login === '') return null;
  const u = await db.select({ id: users.id, role: users.role }).from(users).where(eq(users.login, login)).get();
  if (!u) throw new DomainError('validation', `unknown user ${login}`, { field: 'owner' });
  if (!roles.includes(u.role)) throw new DomainError('validation', `${login} is a ${u.role}, not ${roles.join('/')}`);
  return u.id;
}

function columnsOf(input: CustomerInput) {
  const out: Partial<typeof customers.$inferInsert> = {};
  const set = <K extends keyof typeof out>(k: K, v: (typeof out)[K] | undefined) => { if (v !== undefined) out[k] = v; };
  set('name', input.name); set('phone', input.phone); set('email', input.email); set('gender', input.gender);
  set('birthYear', input.birth_year); set('region', input.region); set('city', input.city); set('source', input.source);
  set('source2', input.source_2); set('source3', input.source_3); set('platform', input.platform);
  if (input.phone !== undefined) out.phoneTail = phoneTail(input.phone);
  if (input.attributes !== undefined) out.attributes = JSON.stringify(input.attributes);
  return out;
}

/** Next app-generated id `C-000123` (ids from imports are kept as they are). */
async function nextCustomerId(db: Db): Promise<string> {
  const row = await db.select({ n: sql<number>`max(${customers.pk})` }).from(customers).get();
  let n = (row?.n ?? 0) + 1;
  for (;;) {
    const id = `C-${String(n).padStart(6, '0')}`;
    const taken = await db.select({ pk: customers.pk }).from(customers).where(eq(customers.customerId, id)).get();
    if (!taken) return id;
    n++;
  }
}

export async function createCustomer(db: Db, input: CustomerInput, now: Date) {
  const customerId = input.customer_id?.trim() || (await nextCustomerId(db));
  const exists = await db.select({ pk: customers.pk }).from(customers).where(eq(customers.customerId, customerId)).get();
  if (exists) throw new DomainError('conflict', `customer ${customerId} exists`);
  const ownerId = await userIdFor(db, input.owner, ['sales', 'manager', 'admin']);
  const fieldId = await userIdFor(db, input.field_rep, ['field', 'sales']);
  return db.insert(customers).values({
    customerId, ...columnsOf(input), ownerId: ownerId ?? null, fieldId: fieldId ?? null, updatedAt: now.toISOString(),
  }).returning().get();
}

export async function updateCustomer(db: Db, pk: number, input: CustomerInput, now: Date) {
  const ownerId = await userIdFor(db, input.owner, ['sales', 'manager', 'admin']);
  const fieldId = await userIdFor(db, input.field_rep, ['field', 'sales']);
  const values = { ...columnsOf(input), updatedAt: now.toISOString() } as Partial<typeof customers.$inferInsert>;
  if (ownerId !== undefined) values.ownerId = ownerId;
  if (fieldId !== undefined) values.fieldId = fieldId;
  return db.update(customers).set(values).where(eq(customers.pk, pk)).returning().get();
}
