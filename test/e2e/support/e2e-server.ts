/**
 * A real Huaxiang server for browser tests: createApp + mountWeb over the
 * built dist/, on a temporary SQLite file, listening on a random port, with
 * users and a few customers (with orders) created through the services and API.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../server/app';
import { mountWeb } from '../../../server/static-web';
import { openDatabase, type Database } from '../../../server/db/client';
import { loadConfig } from '../../../server/config';
import { LoginLimiter } from '../../../server/auth/login-limiter';
import { addUser } from '../../../server/services/users';
import { createCustomer } from '../../../server/services/customers';

export const E2E_PASSWORD = 'e2e-password-42';
export const DIST = resolve('dist');

/** Fails with a clear message when the PWA has not been built. */
export function requireDist(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `npm run build` (vite build) before the browser tests.');
  }
}

export interface E2eServer { url: string; database: Database; stop: () => Promise<void> }

export async function startE2eServer(): Promise<E2eServer> {
  requireDist();
  const dir = mkdtempSync(join(tmpdir(), 'huaxiang-e2e-'));
  const database = await openDatabase(`file:${join(dir, 'e2e.db')}`);
  const config = { ...loadConfig({}), demo: false };
  const app = createApp({ database, config, now: () => new Date(), limiter: new LoginLimiter() });
  if (!mountWeb(app, DIST)) throw new Error('mountWeb found no dist/index.html');

  for (const [login, role, name] of [['admin1', 'admin', '管理员'], ['sales1', 'sales', '王销售'], ['field1', 'field', '李外勤']] as const) {
    await addUser(database.db, { login, role, name, password: E2E_PASSWORD });
  }
  const now = new Date();
  await createCustomer(database.db, { customer_id: 'C-1', name: '张伟', phone: '13812341234', owner: 'sales1', field_rep: 'field1', city: '苏州' }, now);
  await createCustomer(database.db, { customer_id: 'C-2', name: '王芳物流', phone: '13711112222', owner: 'sales1', field_rep: 'field1' }, now);
  await createCustomer(database.db, { customer_id: 'C-3', name: '李娜', phone: '13900005678', owner: 'sales1' }, now);

  const server: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((ok) => server.once('listening', () => ok()));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login: 'admin1', password: E2E_PASSWORD }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const { csrf_token } = (await login.json()) as { csrf_token: string };
  const orders = await fetch(`${url}/api/orders`, {
    method: 'POST', headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrf_token },
    body: JSON.stringify([
      { order_id: 'O-1', customer_id: 'C-1', ordered_at: '2025-03-02T10:00:00', amount: 128000, product: '轻卡 T5' },
      { order_id: 'O-2', customer_id: 'C-1', ordered_at: '2025-09-15T15:30:00', amount: 2600, product: '保养套餐' },
      { order_id: 'O-3', customer_id: 'C-2', ordered_at: '2025-06-01T09:00:00', amount: 96000, product: '厢式货车' },
    ]),
  });
  if (orders.status !== 201) throw new Error(`seeding orders failed: ${orders.status} ${await orders.text()}`);

  return {
    url,
    database,
    stop: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      database.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
