import { beforeEach, describe, expect, it } from 'vitest';
import { bearerFor, json, loginAs, makeTestApp, PASSWORD, type TestApp } from '../support/test-app';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});

describe('auth', () => {
  it('health needs no login; everything else does', async () => {
    expect((await t.app.request('/api/health')).status).toBe(200);
    const res = await t.app.request('/api/customers');
    expect(res.status).toBe(401);
    expect(await res.json()).toEqual({ error: { code: 'unauthenticated', message: 'log in first' } });
  });

  it('logs in with a session cookie that is HttpOnly and SameSite=Lax', async () => {
    const res = await t.app.request('/api/auth/login', { method: 'POST', ...json({ login: 'sales1', password: PASSWORD }) });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^hx_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const body = await res.json();
    expect(body.user).toMatchObject({ login: 'sales1', role: 'sales' });
    expect(JSON.stringify(body)).not.toMatch(/scrypt|password/);
  });

  it('refuses a wrong password without saying which part was wrong', async () => {
    const res = await t.app.request('/api/auth/login', { method: 'POST', ...json({ login: 'sales1', password: 'nope-nope' }) });
    expect(res.status).toBe(401);
    expect((await res.json()).error.message).toBe('wrong login or password');
  });

  it('rate-limits repeated failures with 429 and Retry-After, and lets go after the window', async () => {
    for (let i = 0; i < 5; i++) {
      await t.app.request('/api/auth/login', { method: 'POST', ...json({ login: 'sales1', password: 'bad-password' }) });
    }
    const blocked = await t.app.request('/api/auth/login', { method: 'POST', ...json({ login: 'sales1', password: PASSWORD }) });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    t.clock.now = new Date(t.clock.now.getTime() + 16 * 60_000);
    const ok = await t.app.request('/api/auth/login', { method: 'POST', ...json({ login: 'sales1', password: PASSWORD }) });
    expect(ok.status).toBe(200);
  });

  it('logout ends the session', async () => {
    const h = await loginAs(t, 'sales1');
    const before = await t.app.request('/api/auth/me', { headers: h });
    expect(before.status).toBe(200);
    expect(await before.json()).toMatchObject({ user: { login: 'sales1' }, csrf_token: h['x-csrf-token'] });
    expect((await t.app.request('/api/auth/logout', { method: 'POST', headers: h })).status).toBe(200);
    const after = await t.app.request('/api/auth/me', { headers: h });
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ user: null, csrf_token: null });
    expect((await t.app.request('/api/customers', { headers: h })).status).toBe(401);
  });

  it('"who am I" answers nobody with 200 and no data when there is no session, and still refuses a wrong bearer token', async () => {
    for (const headers of [{}, { cookie: 'hx_session=forged-session-id' }] as Record<string, string>[]) {
      const res = await t.app.request('/api/auth/me', { headers });
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ user: null, csrf_token: null });
    }
    expect((await t.app.request('/api/auth/me', { headers: { authorization: 'Bearer hxt_forged' } })).status).toBe(401);
    const bearer = await t.app.request('/api/auth/me', { headers: await bearerFor(t, 'manager1') });
    expect(await bearer.json()).toMatchObject({ user: { login: 'manager1' }, csrf_token: null });
  });

  it('an expired session is nobody', async () => {
    const h = await loginAs(t, 'field1');
    t.clock.now = new Date(t.clock.now.getTime() + 400 * 86_400_000);
    expect(await (await t.app.request('/api/auth/me', { headers: h })).json()).toEqual({ user: null, csrf_token: null });
  });

  it('requires the CSRF token for cookie requests that change data', async () => {
    const h = await loginAs(t, 'admin1');
    const noCsrf = await t.app.request('/api/customers', { method: 'POST', ...json({ name: 'x' }, { cookie: h.cookie }) });
    expect(noCsrf.status).toBe(403);
    expect((await noCsrf.json()).error.details).toEqual({ reason: 'csrf' });
    const withCsrf = await t.app.request('/api/customers', { method: 'POST', ...json({ name: 'x' }, h) });
    expect(withCsrf.status).toBe(201);
  });

  it('accepts bearer API tokens and refuses unknown ones', async () => {
    const h = await bearerFor(t, 'manager1');
    expect((await t.app.request('/api/customers', { headers: h })).status).toBe(200);
    expect((await t.app.request('/api/customers', { headers: { authorization: 'Bearer hxt_forged' } })).status).toBe(401);
  });

  it('answers malformed JSON with a 400 JSON error', async () => {
    const res = await t.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"login":' });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('bad_request');
  });
});
