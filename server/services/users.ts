import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { apiTokens, linkCodes, users } from '../db/schema';
import { DomainError } from '../errors';
import { hashPassword, newSecret, sha256 } from '../auth/secrets';

export type Role = 'sales' | 'field' | 'manager' | 'admin';
export const ROLES: readonly Role[] = ['sales', 'field', 'manager', 'admin'];

export interface User {
  id: number;
  login: string;
  name: string;
  role: Role;
  lang: string;
  telegramUserId: number | null;
}

const publicUser = (u: typeof users.$inferSelect): User => ({
  id: u.id, login: u.login, name: u.name, role: u.role, lang: u.lang, telegramUserId: u.telegramUserId,
});

const LOGIN_RE = /^[a-z0-9][a-z0-9._-]{1,39}$/;

export async function addUser(db: Db, input: { login: string; role: Role; name?: string; password?: string }): Promise<User> {
  const login = input.login.trim().toLowerCase();
  if (!LOGIN_RE.test(login)) throw new DomainError('validation', 'login must be 2–40 chars of a-z, 0-9, . _ -', { field: 'login' });
  if (!ROLES.includes(input.role)) throw new DomainError('validation', `role must be one of ${ROLES.join(', ')}`, { field: 'role' });
  if (input.password !== undefined && input.password.length < 8) {
    throw new DomainError('validation', 'password must have at least 8 characters', { field: 'password' });
  }
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.login, login)).get();
  if (existing) throw new DomainError('conflict', `user ${login} exists`);
  const passwordHash = input.password ? await hashPassword(input.password) : null;
  const row = await db.insert(users).values({ login, role: input.role, name: input.name ?? login, passwordHash }).returning().get();
  return publicUser(row);
}

export async function findUserByLogin(db: Db, login: string) {
  return db.select().from(users).where(eq(users.login, login.trim().toLowerCase())).get();
}

export async function getUser(db: Db, id: number): Promise<User | undefined> {
  const row = await db.select().from(users).where(and(eq(users.id, id), eq(users.active, true))).get();
  return row ? publicUser(row) : undefined;
}

export async function listUsers(db: Db): Promise<User[]> {
  return (await db.select().from(users).orderBy(users.login).all()).map(publicUser);
}

export async function setPassword(db: Db, login: string, password: string) {
  if (password.length < 8) throw new DomainError('validation', 'password must have at least 8 characters');
  const passwordHash = await hashPassword(password);
  const done = await db.update(users).set({ passwordHash }).where(eq(users.login, login)).returning({ id: users.id }).get();
  if (!done) throw new DomainError('not_found', `no user ${login}`);
}

/** Creates an API token; the clear text is returned once and only its hash is stored. */
export async function createApiToken(db: Db, login: string, label?: string): Promise<string> {
  const user = await findUserByLogin(db, login);
  if (!user) throw new DomainError('not_found', `no user ${login}`);
  const token = `hxt_${newSecret()}`;
  await db.insert(apiTokens).values({ userId: user.id, tokenHash: sha256(token), label });
  return token;
}

export async function userForApiToken(db: Db, token: string): Promise<User | undefined> {
  const row = await db.select({ userId: apiTokens.userId }).from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, sha256(token)), isNull(apiTokens.revokedAt))).get();
  return row ? getUser(db, row.userId) : undefined;
}

/** One-time code for `/start CODE` in the Telegram bot, valid for 24 hours. */
export async function createLinkCode(db: Db, login: string, now: Date): Promise<string> {
  const user = await findUserByLogin(db, login);
  if (!user) throw new DomainError('not_found', `no user ${login}`);
  const code = newSecret(6).replace(/[-_]/g, 'x').slice(0, 8).toUpperCase();
  const expiresAt = new Date(now.getTime() + 24 * 3600_000).toISOString();
  await db.insert(linkCodes).values({ codeHash: sha256(code), userId: user.id, expiresAt });
  return code;
}

/** Binds a Telegram user id to the user of a valid, unused code; the code is spent. */
export async function redeemLinkCode(db: Db, code: string, telegramUserId: number, now: Date): Promise<User | undefined> {
  const nowIso = now.toISOString();
  const row = await db.update(linkCodes).set({ usedAt: nowIso })
    .where(and(eq(linkCodes.codeHash, sha256(code.trim().toUpperCase())), isNull(linkCodes.usedAt), gt(linkCodes.expiresAt, nowIso)))
    .returning({ userId: linkCodes.userId }).get();
  if (!row) return undefined;
  await db.update(users).set({ telegramUserId: null }).where(eq(users.telegramUserId, telegramUserId));
  await db.update(users).set({ telegramUserId }).where(eq(users.id, row.userId));
  return getUser(db, row.userId);
}

export async function userForTelegram(db: Db, telegramUserId: number): Promise<User | undefined> {
  const row = await db.select().from(users).where(and(eq(users.telegramUserId, telegramUserId), eq(users.active, true))).get();
  return row ? publicUser(row) : undefined;
}
