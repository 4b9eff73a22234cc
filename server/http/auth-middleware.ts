import { getCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { DomainError } from '../errors';
import { findSession, SESSION_COOKIE } from '../auth/sessions';
import { getUser, userForApiToken, type Role } from '../services/users';
import type { AppEnv } from './context';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Authenticates by `Authorization: Bearer TOKEN` or the session cookie. Cookie
 * requests that change data must carry the session's CSRF token in
 * `x-csrf-token` (double-submit): a cross-site form cannot read it.
 */
export const requireAuth = createMiddleware<AppEnv>(async (c, next) => {
  const { database, now } = c.get('deps');
  const header = c.req.header('authorization');
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const user = m ? await userForApiToken(database.db, m[1]) : undefined;
    if (!user) throw new DomainError('unauthenticated', 'invalid or revoked API token');
    c.set('user', user);
    c.set('authKind', 'bearer');
    return next();
  }
  const sid = getCookie(c, SESSION_COOKIE);
  const session = sid ? await findSession(database.db, sid, now()) : undefined;
  const user = session ? await getUser(database.db, session.userId) : undefined;
  if (!session || !user) throw new DomainError('unauthenticated', 'log in first');
  if (UNSAFE.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
    throw new DomainError('forbidden', 'missing or wrong x-csrf-token header', { reason: 'csrf' });
  }
  c.set('user', user);
  c.set('authKind', 'cookie');
  return next();
});

/** Refuses with 403 unless the user has one of the roles. */
export const requireRole = (...roles: Role[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.get('user').role)) throw new DomainError('forbidden', `needs role ${roles.join(' or ')}`);
    return next();
  });
