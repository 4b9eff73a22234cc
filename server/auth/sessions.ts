import { eq, lt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { sessions } from '../db/schema';
import { newSecret, sha256 } from './secrets';

export const SESSION_COOKIE = 'hx_session';
export const SESSION_DAYS = 30;

/** Starts a session; returns the cookie value (clear text, never stored) and its CSRF token. */
export async function startSession(db: Db, userId: number, now: Date) {
  const id = newSecret();
  const csrfToken = newSecret(18);
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000).toISOString();
  await db.insert(sessions).values({ idHash: sha256(id), userId, csrfToken, expiresAt });
  return { id, csrfToken, expiresAt };
}

export async function findSession(db: Db, id: string, now: Date) {
  const row = await db.select().from(sessions).where(eq(sessions.idHash, sha256(id))).get();
  if (!row || row.expiresAt <= now.toISOString()) return undefined;
  return row;
}

export async function endSession(db: Db, id: string) {
  await db.delete(sessions).where(eq(sessions.idHash, sha256(id)));
}

export async function purgeExpiredSessions(db: Db, now: Date) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now.toISOString()));
}
