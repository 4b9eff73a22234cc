import { Window } from 'happy-dom';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { loginAs, makeTestApp, type TestApp } from '../../support/test-app';

/**
 * The session's first state comes from localStorage (no round trip before the
 * first paint); `loadSession()` then settles it against the real server
 * (in-process HTTP, real SQLite). The page's fetch is routed to the app, with
 * the session cookie when the test gives one; `network.down` makes it fail as
 * fetch does offline. Node environment with happy-dom's Storage as the
 * page's localStorage: happy-dom's own Request drops the `cookie` header, as a
 * browser's does, so the cookie could not reach the app under it.
 */
let t: TestApp;
let cookie: string | null;
let network: { down: boolean; calls: string[]; statuses: number[] };

type SessionModule = typeof import('../../../web/src/auth/session');
/** A fresh copy of the module, so its first state is read from localStorage as at app start. */
async function freshSession(): Promise<SessionModule> {
  vi.resetModules();
  return import('../../../web/src/auth/session');
}

beforeEach(async () => {
  t = await makeTestApp();
  cookie = null;
  network = { down: false, calls: [], statuses: [] };
  vi.stubGlobal('localStorage', new Window().localStorage);
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    network.calls.push(`${init.method ?? 'GET'} ${input}`);
    if (network.down) throw new TypeError('Failed to fetch');
    const headers = new Headers(init.headers);
    if (cookie) headers.set('cookie', cookie);
    const res = await t.app.request(input, { ...init, headers });
    network.statuses.push(res.status);
    return res;
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
  t.database.close();
});

const remember = (login: string) =>
  localStorage.setItem('huaxiang.user', JSON.stringify({ id: t.users[login].id, login, name: login, role: t.users[login].role, lang: 'zh', telegramUserId: null }));

test('a remembered user is signed in before any request; the server confirms it and gives the CSRF token', async () => {
  remember('field1');
  cookie = (await loginAs(t, 'field1')).cookie;
  const s = await freshSession();
  expect(s.getSession()).toMatchObject({ status: 'signed-in', user: { login: 'field1' }, offline: false });
  expect(network.calls).toEqual([]);
  const settled = await s.loadSession();
  expect(settled).toMatchObject({ status: 'signed-in', user: { login: 'field1', role: 'field' }, offline: false });
  expect(network.calls).toEqual(['GET /api/auth/me']);
  const { getCsrfToken } = await import('../../../web/src/api/client');
  expect(getCsrfToken()).toMatch(/\S{8,}/);
});

test('a remembered user whose session is gone is signed out and forgotten', async () => {
  remember('sales1');
  const s = await freshSession();
  expect(s.getSession().status).toBe('signed-in');
  expect((await s.loadSession()).status).toBe('anonymous');
  expect(localStorage.getItem('huaxiang.user')).toBeNull();
});

test('a remembered user without a connection stays signed in, marked offline', async () => {
  remember('field1');
  network.down = true;
  const s = await freshSession();
  expect(await s.loadSession()).toMatchObject({ status: 'signed-in', user: { login: 'field1' }, offline: true });
});

test('nobody remembered: anonymous at once; a live session cookie still signs in after the check', async () => {
  cookie = (await loginAs(t, 'manager1')).cookie;
  const s = await freshSession();
  expect(s.getSession()).toEqual({ status: 'anonymous', user: null });
  expect(await s.loadSession()).toMatchObject({ status: 'signed-in', user: { login: 'manager1' } });
  expect(JSON.parse(localStorage.getItem('huaxiang.user')!)).toMatchObject({ login: 'manager1' });
});

test('nobody remembered and no session: stays anonymous, without a failed request (a console error in the browser)', async () => {
  const s = await freshSession();
  expect((await s.loadSession()).status).toBe('anonymous');
  expect(s.getSession()).toEqual({ status: 'anonymous', user: null });
  expect(network.calls).toEqual(['GET /api/auth/me']);
  expect(network.statuses).toEqual([200]);
});

test('a write after an offline start finds the session gone: signed out, no token, the user forgotten', async () => {
  remember('sales1');
  const s = await freshSession();
  expect(await s.ensureCsrfToken()).toBe(false);
  expect(s.getSession()).toEqual({ status: 'anonymous', user: null });
  expect(localStorage.getItem('huaxiang.user')).toBeNull();
});
