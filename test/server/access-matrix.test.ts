import { beforeAll, describe, expect, it } from 'vitest';
import { loginAs, makeTestApp, seedCustomers, type TestApp } from '../support/test-app';

/**
 * Each role × each route: allowed (a 2xx), refused (403), or hidden (404 for a
 * customer the role may not see). C-1 belongs to sales1 and C-2 to sales2;
 * field1 is assigned C-3. Bodies are valid, so only access decides the status.
 */
type Expect = Record<'anonymous' | 'sales1' | 'field1' | 'manager1' | 'admin1', number>;
interface Route { method: string; path: string; body?: () => unknown; expect: Expect }

let n = 0;
const uid = () => `client-id-${++n}-abcdef`;
const routes: Route[] = [
  { method: 'GET', path: '/api/health', expect: { anonymous: 200, sales1: 200, field1: 200, manager1: 200, admin1: 200 } },
  { method: 'GET', path: '/api/auth/me', expect: { anonymous: 200, sales1: 200, field1: 200, manager1: 200, admin1: 200 } },
  { method: 'GET', path: '/api/customers', expect: { anonymous: 401, sales1: 200, field1: 200, manager1: 200, admin1: 200 } },
  { method: 'GET', path: '/api/customers/C-1', expect: { anonymous: 401, sales1: 200, field1: 404, manager1: 200, admin1: 200 } },
  { method: 'GET', path: '/api/customers/C-2', expect: { anonymous: 401, sales1: 404, field1: 404, manager1: 200, admin1: 200 } },
  { method: 'GET', path: '/api/customers/C-3', expect: { anonymous: 401, sales1: 200, field1: 200, manager1: 200, admin1: 200 } },
  { method: 'POST', path: '/api/customers', body: () => ({ name: '测试' }), expect: { anonymous: 401, sales1: 403, field1: 403, manager1: 201, admin1: 201 } },
  { method: 'PATCH', path: '/api/customers/C-4', body: () => ({ city: '成都' }), expect: { anonymous: 401, sales1: 403, field1: 403, manager1: 200, admin1: 200 } },
  { method: 'GET', path: '/api/customers/C-4/export', expect: { anonymous: 401, sales1: 403, field1: 403, manager1: 403, admin1: 200 } },
  { method: 'POST', path: '/api/orders', body: () => ({ order_id: uid(), customer_id: 'C-1', ordered_at: '2026-11-20 10:00', amount: 100 }), expect: { anonymous: 401, sales1: 403, field1: 403, manager1: 201, admin1: 201 } },
  { method: 'POST', path: '/api/events', body: () => ({ customer_id: 'C-1', type: 'call', occurred_at: '2026-11-20 10:00', id: uid() }), expect: { anonymous: 401, sales1: 201, field1: 404, manager1: 201, admin1: 201 } },
  { method: 'POST', path: '/api/events', body: () => ({ customer_id: 'C-2', type: 'call', occurred_at: '2026-11-20 10:00', id: uid() }), expect: { anonymous: 401, sales1: 404, field1: 404, manager1: 201, admin1: 201 } },
  { method: 'POST', path: '/api/notes', body: () => ({ id: uid(), customer_id: 'C-3', text: '客户考虑增购' }), expect: { anonymous: 401, sales1: 201, field1: 201, manager1: 201, admin1: 201 } },
  { method: 'POST', path: '/api/notes', body: () => ({ id: uid(), customer_id: 'C-2', text: '客户考虑增购' }), expect: { anonymous: 401, sales1: 404, field1: 404, manager1: 201, admin1: 201 } },
  { method: 'GET', path: '/api/users', expect: { anonymous: 401, sales1: 403, field1: 403, manager1: 200, admin1: 200 } },
  { method: 'POST', path: '/api/users', body: () => ({ login: `u${++n}`, role: 'sales', password: 'long-enough-pw' }), expect: { anonymous: 401, sales1: 403, field1: 403, manager1: 403, admin1: 201 } },
  { method: 'POST', path: '/api/users/me/link-code', expect: { anonymous: 401, sales1: 200, field1: 200, manager1: 200, admin1: 200 } },
  { method: 'POST', path: '/api/users/sales2/link-code', expect: { anonymous: 401, sales1: 403, field1: 403, manager1: 403, admin1: 200 } },
  { method: 'DELETE', path: '/api/customers/C-4', expect: { anonymous: 401, sales1: 403, field1: 403, manager1: 403, admin1: 200 } },
];

let t: TestApp;
const headers: Record<string, Record<string, string>> = {};
beforeAll(async () => {
  t = await makeTestApp();
  await seedCustomers(t);
  headers.anonymous = {};
  for (const login of ['sales1', 'field1', 'manager1', 'admin1']) headers[login] = await loginAs(t, login);
});

describe('access matrix', () => {
  for (const route of routes) {
    for (const [who, status] of Object.entries(route.expect)) {
      it(`${who} ${route.method} ${route.path} → ${status}`, async () => {
        const init: RequestInit = { method: route.method, headers: { ...headers[who] } };
        if (route.body) {
          init.body = JSON.stringify(route.body());
          (init.headers as Record<string, string>)['content-type'] = 'application/json';
        }
        const res = await t.app.request(route.path, init);
        expect(res.status, await res.clone().text()).toBe(status);
        if (status >= 400) expect((await res.json()).error.code).toBeTypeOf('string');
      });
    }
  }
});
