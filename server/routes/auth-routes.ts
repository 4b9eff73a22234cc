import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { DomainError } from '../errors';
import { verifyPassword } from '../auth/secrets';
import { endSession, SESSION_COOKIE, SESSION_DAYS, startSession, findSession } from '../auth/sessions';
import { findUserByLogin, getUser } from '../services/users';
import { validate } from '../http/validate';
import { requireAuth } from '../http/auth-middleware';
import type { AppEnv } from '../http/context';

const loginBody = z.object({ login: z.string().min(1).max(80), password: z.string().min(1).max(200) });

export const authRoutes = new Hono<AppEnv>()
  .post('/login', validate('json', loginBody), async (c) => {
    const { database, config, now, limiter } = c.get('deps');
    const { login, password } = c.req.valid('json');
    const ip = c.req.header('x-forwarded-for')?.split(',')[0]?.trim() || 'local';
    const keys = [`login:${login.trim().toLowerCase()}`, `ip:${ip}`];
    const t = now().getTime();
    const wait = limiter.retryAfter(keys, t);
    if (wait > 0) {
      c.header('Retry-After', String(wait));
      throw new DomainError('rate_limited', `too many failed logins; try again in ${wait} s`, { retry_after_s: wait });
    }
    const row = await findUserByLogin(database.db, login);
    const ok = row && row.active && (await verifyPassword(password, row.passwordHash));
    if (!ok || !row) {
      limiter.fail(keys, t);
      throw new DomainError('unauthenticated', 'wrong login or password');
    }
    limiter.succeed(keys);
    const session = await startSession(database.db, row.id, now());
    setCookie(c, SESSION_COOKIE, session.id, {
      httpOnly: true, sameSite: 'Lax', secure: config.secureCookies, path: '/', maxAge: SESSION_DAYS * 86_400,
    });
    const user = await getUser(database.db, row.id);
    return c.json({ user, csrf_token: session.csrfToken });
  })
  .post('/logout', requireAuth, async (c) => {
    const sid = getCookie(c, SESSION_COOKIE);
    if (sid) await endSession(c.get('deps').database.db, sid);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true });
  })
  /**
   * Who is signed in. "Nobody" is an answer here, not an error: a visitor with
   * no session (no cookie, or one that expired or was logged out) gets 200
   * `{user:null, csrf_token:null}` — no data — so the PWA's start is not a
   * failed request. A bearer token is still checked (401 when wrong).
   */
  .get('/me', (c, next) => (c.req.header('authorization') ? requireAuth(c, next) : next()), async (c) => {
    if (c.get('authKind') === 'bearer') return c.json({ user: c.get('user'), csrf_token: null });
    const { database, now } = c.get('deps');
    const sid = getCookie(c, SESSION_COOKIE);
    const session = sid ? await findSession(database.db, sid, now()) : undefined;
    const user = session ? await getUser(database.db, session.userId) : undefined;
    return c.json(session && user ? { user, csrf_token: session.csrfToken } : { user: null, csrf_token: null });
  });
