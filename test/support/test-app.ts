import { openDatabase, type Database } from '../../server/db/client';
import { createApp } from '../../server/app';
import { loadConfig } from '../../server/config';
import { LoginLimiter } from '../../server/auth/login-limiter';
import { addUser, createApiToken, type Role } from '../../server/services/users';
import { createCustomer } from '../../server/services/customers';

export const PASSWORD = 'correct-horse-42';

/** A real app on a fresh database (in memory unless `url` names a file) with one user of each role and a movable clock. */
export async function makeTestApp(opts: { clock?: { now: Date }; url?: string } = {}) {
  const database: Database = await openDatabase(opts.url ?? 'file::memory:');
  const clock = opts.clock ?? { now: new Date('2026-11-24T02:00:00Z') };
  const config = { ...loadConfig({}), demo: false };
  const deps = { database, config, now: () => clock.now, limiter: new LoginLimiter() };
  const app = createApp(deps);
  const users: Record<string, { id: number; login: string; role: Role }> = {};
  for (const [login, role] of [['admin1', 'admin'], ['manager1', 'manager'], ['sales1', 'sales'], ['sales2', 'sales'], ['field1', 'field']] as const) {
    users[login] = await addUser(database.db, { login, role, password: PASSWORD, name: login });
  }
  return { app, database, deps, clock, users };
}

export type TestApp = Awaited<ReturnType<typeof makeTestApp>>;

/** Logs in and returns headers (cookie + CSRF token) for later requests. */
export async function loginAs(t: TestApp, login: string): Promise<Record<string, string>> {
  const res = await t.app.request('/api/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${login} failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0];
  const { csrf_token } = (await res.json()) as { csrf_token: string };
  return { cookie, 'x-csrf-token': csrf_token };
}

export async function bearerFor(t: TestApp, login: string) {
  return { authorization: `Bearer ${await createApiToken(t.database.db, login)}` };
}

/** Customers C-1 (owned by sales1), C-2 (sales2), C-3 (sales1, assigned to field1), C-4 (no owner). */
export async function seedCustomers(t: TestApp) {
  const now = t.clock.now;
  await createCustomer(t.database.db, { customer_id: 'C-1', name: '张伟', phone: '13812341234', owner: 'sales1' }, now);
  await createCustomer(t.database.db, { customer_id: 'C-2', name: '李娜', phone: '13900005678', owner: 'sales2' }, now);
  await createCustomer(t.database.db, { customer_id: 'C-3', name: '王芳物流', phone: '13711112222', owner: 'sales1', field_rep: 'field1' }, now);
  await createCustomer(t.database.db, { customer_id: 'C-4', name: '刘洋', phone: null }, now);
}

export function json(body: unknown, headers: Record<string, string> = {}) {
  return { headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) };
}
