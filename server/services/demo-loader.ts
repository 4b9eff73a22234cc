import { randomBytes } from 'node:crypto';
import type { InValue, Transaction } from '@libsql/client';
import type { Database } from '../db/client';
import type { Config } from '../config';
import { generateDemo, type DemoData } from '../../shared/demo';
import { dayNumber } from '../../shared/time/calendar';
import { writeCustomers, writeEvents, writeOrders, type CustomerRecord } from '../import/batch-writers';
import { recomputeStats } from './customer-stats';
import { eventKey } from './activity';
import { addUser, findUserByLogin, type Role } from './users';
import { localDate, localToIso } from '../local-time';
import { afterBoundValues } from '../db/statement-memory';

/** The demo team: one admin, one manager, three salespeople and one field rep. */
export const DEMO_USERS: readonly { login: string; role: Role; name: string }[] = [
  { login: 'admin', role: 'admin', name: '系统管理员' },
  { login: 'manager', role: 'manager', name: '赵经理' },
  { login: 'sales1', role: 'sales', name: '王磊' },
  { login: 'sales2', role: 'sales', name: '李娜' },
  { login: 'sales3', role: 'sales', name: '刘洋' },
  { login: 'field1', role: 'field', name: '陈强' },
];

export interface DemoLoadResult {
  summary: string;
  counts: { customers: number; orders: number; events: number; notes: number; interviews: number };
  logins: { role: string; login: string; password: string }[];
}

/** A readable random password (no look-alike characters), 12 characters. */
function newPassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = randomBytes(12);
  let s = '';
  for (const b of bytes) s += alphabet[b % alphabet.length];
  return s;
}

const ROWS = 2_000;

/**
 * Creates the demo users that are missing (with fresh random passwords,
 * returned once) and writes a generated commercial-vehicle dealer data set
 * (shared/demo) in one write transaction: customers with owners and field
 * reps, orders, events, notes and interviews, then the per-customer
 * aggregates. Deterministic for a seed, except the passwords.
 */
export async function loadDemo(database: Database, config: Config, now: Date, opts: { customers?: number; seed?: number } = {}): Promise<DemoLoadResult> {
  const logins: DemoLoadResult['logins'] = [];
  const ids = new Map<string, number>();
  for (const u of DEMO_USERS) {
    const existing = await findUserByLogin(database.db, u.login);
    if (existing) {
      ids.set(u.login, existing.id);
      continue;
    }
    const password = newPassword();
    const created = await addUser(database.db, { login: u.login, role: u.role, name: u.name, password });
    ids.set(u.login, created.id);
    logins.push({ role: u.role, login: u.login, password });
  }
  const asOf = localDate(now, config.timeZone);
  const data = generateDemo({
    asOf,
    customers: opts.customers ?? 2000,
    seed: opts.seed ?? 42,
    owners: { sales: DEMO_USERS.filter((u) => u.role === 'sales').map((u) => u.login), field: DEMO_USERS.filter((u) => u.role === 'field').map((u) => u.login) },
  });
  await writeDemo(database, data, ids, now.toISOString(), config.timeZone);
  const s = data.summary;
  return {
    summary: `${s.customers} customers, ${s.orders} orders, ${s.events} events, ${s.interviews} interviews, ${s.notes} notes (as of ${s.as_of}, seed ${s.seed})`,
    counts: { customers: s.customers, orders: s.orders, events: s.events, notes: s.notes, interviews: s.interviews },
    logins,
  };
}

/** On `npm start`: loads the demo only when the database holds no customer yet. */
export async function loadDemoIfEmpty(database: Database, config: Config, now: Date): Promise<DemoLoadResult | null> {
  const rs = await database.client.execute('SELECT EXISTS (SELECT 1 FROM customers) AS any');
  if (Number(rs.rows[0].any)) return null;
  return loadDemo(database, config, now);
}

async function insertRows(tx: Transaction, table: string, columns: string[], rows: InValue[][]) {
  const one = `(${columns.map(() => '?').join(',')})`;
  for (let i = 0; i < rows.length; i += ROWS) {
    const part = rows.slice(i, i + ROWS);
    const args = part.flat();
    await tx.execute({ sql: `INSERT OR IGNORE INTO ${table} (${columns.join(',')}) VALUES ${part.map(() => one).join(',')}`, args });
    await afterBoundValues(args.length);
  }
}

async function writeDemo(database: Database, data: DemoData, userIds: Map<string, number>, nowIso: string, timeZone: string) {
  const tx = await database.client.transaction('write');
  try {
    const customers: CustomerRecord[] = data.customers.map((c) => ({
      customer_id: c.customer_id,
      columns: {
        name: c.name, phone: c.phone, phone_tail: c.phone.slice(-4), email: c.email ?? null, gender: c.gender, birth_year: c.birth_year,
        region: c.region, city: c.city, source: c.source, source_2: c.source_2 ?? null, source_3: c.source_3 ?? null, platform: c.platform,
        owner_id: userIds.get(c.owner) ?? null,
      },
      attributes: Object.fromEntries(Object.entries(c.attributes).map(([k, v]) => [k, String(v)])),
    }));
    await writeCustomers(tx, customers, nowIso);
    const assigned = data.customers.filter((c) => c.assigned_field && userIds.has(c.assigned_field));
    for (let i = 0; i < assigned.length; i += ROWS) {
      const part = assigned.slice(i, i + ROWS);
      await tx.execute({
        sql: `UPDATE customers SET field_id = v.column2 FROM (VALUES ${part.map(() => '(?,?)').join(',')}) v WHERE customers.customer_id = v.column1`,
        args: part.flatMap((c) => [c.customer_id, userIds.get(c.assigned_field!)!]),
      });
    }
    await writeOrders(tx, 'demo', data.orders.map((o) => ({
      customer_id: o.customer_id, order_id: o.order_id, ordered_at: o.ordered_at, day: dayNumber(o.ordered_at.slice(0, 10)),
      amount: o.amount, quantity: o.quantity, channel: o.channel, product: o.product,
    })));
    await writeEvents(tx, data.events.map((e) => {
      const record = {
        customer_id: e.customer_id, type: e.type, occurred_at: e.occurred_at, day: dayNumber(e.occurred_at.slice(0, 10)),
        product: e.product ?? null, duration_s: e.duration_s ?? null,
      };
      return { ...record, client_id: eventKey(record) };
    }));
    const pkRows = await tx.execute('SELECT customer_id, pk FROM customers');
    const pk = new Map(pkRows.rows.map((r) => [String(r[0]), Number(r[1])]));
    await insertRows(tx, 'notes', ['id', 'customer_pk', 'author_id', 'text', 'created_at'],
      data.notes.map((n, i) => [`demo-note-${i + 1}`, pk.get(n.customer_id) ?? null, userIds.get(n.author) ?? null, n.text, localToIso(n.at, timeZone)]));
    await insertRows(tx, 'interviews', ['id', 'customer_pk', 'author_id', 'template_id', 'template_version', 'answers', 'conducted_at', 'created_at'],
      data.interviews.map((v) => [v.id, pk.get(v.customer_id)!, userIds.get(v.author) ?? null, v.template_id, v.template_version, JSON.stringify(v.answers), localToIso(v.at, timeZone), localToIso(v.at, timeZone)]));
    await recomputeStats(tx, pk.values());
    await tx.commit();
  } finally {
    tx.close();
  }
}
