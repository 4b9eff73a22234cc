/**
 * Who is logged in. The server session (an httpOnly cookie) is the truth; the
 * user's public profile is also kept in localStorage so the app can open
 * offline, where `GET /api/auth/me` cannot be asked, and so that it opens
 * without waiting for that request. The CSRF token is kept in memory only and
 * fetched again when the app is back online.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ApiUser, LoginResponse, Role } from '../../../shared/api/types';
import { apiGet, apiPost, getCsrfToken, isNetworkError, onUnauthorized, setCsrfToken, ApiError } from '../api/client';

export type SessionState =
  | { status: 'loading'; user: null }
  | { status: 'anonymous'; user: null }
  | { status: 'signed-in'; user: ApiUser; offline: boolean };

const USER_KEY = 'huaxiang.user';
/** Runtime caches of the service worker that hold a user's API answers; emptied at logout. */
const USER_CACHES = ['api-customers', 'api-lists'];

/**
 * The first state comes from what this device remembers, so the first paint
 * needs no round trip: a remembered user opens the app at once (their pages
 * start loading in parallel with `GET /api/auth/me`), nobody remembered opens
 * the login page at once. `loadSession()` then corrects it: no session on the
 * server (`user: null`) signs out (the pages' API calls got a 401 anyway), a
 * live cookie without a remembered user signs in (the shell leaves /login for
 * `next`).
 */
let state: SessionState = initialState();

function initialState(): SessionState {
  const user = storedUser();
  return user ? { status: 'signed-in', user, offline: false } : { status: 'anonymous', user: null };
}
const listeners = new Set<(s: SessionState) => void>();

function set(next: SessionState): void {
  state = next;
  for (const l of listeners) l(next);
}

export function getSession(): SessionState {
  return state;
}

export function useSession(): SessionState {
  const [s, setS] = useState(state);
  useEffect(() => {
    listeners.add(setS);
    setS(state);
    return () => void listeners.delete(setS);
  }, []);
  return s;
}

function storedUser(): ApiUser | null {
  try {
    const raw = localStorage.getItem(USER_KEY);
    return raw ? (JSON.parse(raw) as ApiUser) : null;
  } catch {
    return null;
  }
}

function storeUser(user: ApiUser | null): void {
  try {
    if (user) localStorage.setItem(USER_KEY, JSON.stringify(user));
    else localStorage.removeItem(USER_KEY);
  } catch {
    /* private mode: the session still works online */
  }
}

/** `GET /api/auth/me`: the user and CSRF token of the session, `user: null` when there is none (no cookie, expired, logged out). */
type Me = { user: ApiUser; csrf_token: string | null } | { user: null; csrf_token: null };

/** The server knows no session: forget the remembered user (the outbox keeps its items for after the next login). */
function signedOut(): void {
  setCsrfToken(null);
  storeUser(null);
  if (state.status !== 'anonymous') set({ status: 'anonymous', user: null });
}

/** Asks the server who we are; offline, trusts the user remembered from the last login. */
export async function loadSession(): Promise<SessionState> {
  try {
    const me = await apiGet<Me>('/api/auth/me');
    if (me.user === null) {
      signedOut();
      return state;
    }
    setCsrfToken(me.csrf_token);
    storeUser(me.user);
    set({ status: 'signed-in', user: me.user, offline: false });
  } catch (err) {
    const remembered = storedUser();
    if (isNetworkError(err) && remembered) set({ status: 'signed-in', user: remembered, offline: true });
    else {
      if (err instanceof ApiError && err.status === 401) storeUser(null);
      set({ status: 'anonymous', user: null });
    }
  }
  return state;
}

/** Makes sure a CSRF token is in memory before a write (after an offline start). Returns false when not signed in. */
export async function ensureCsrfToken(force = false): Promise<boolean> {
  if (getCsrfToken() && !force) return true;
  const me = await apiGet<Me>('/api/auth/me');
  if (me.user === null) {
    signedOut();
    return false;
  }
  setCsrfToken(me.csrf_token);
  storeUser(me.user);
  if (state.status !== 'signed-in' || state.offline) set({ status: 'signed-in', user: me.user, offline: false });
  return me.csrf_token !== null;
}

export async function login(loginName: string, password: string): Promise<ApiUser> {
  const res = await apiPost<LoginResponse>('/api/auth/login', { login: loginName, password });
  const previous = storedUser();
  if (previous && previous.login !== res.user.login) await clearUserCaches();
  setCsrfToken(res.csrf_token);
  storeUser(res.user);
  set({ status: 'signed-in', user: res.user, offline: false });
  return res.user;
}

/** Ends the session and forgets the user's cached API answers (cards must not be readable by the next user of the phone). */
export async function logout(): Promise<void> {
  try {
    await apiPost('/api/auth/logout');
  } catch {
    /* offline or already expired: forget locally anyway */
  }
  setCsrfToken(null);
  storeUser(null);
  await clearUserCaches();
  set({ status: 'anonymous', user: null });
}

async function clearUserCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  await Promise.all(USER_CACHES.map((name) => caches.delete(name).catch(() => false)));
}

/** The server said 401: the session is gone; the outbox keeps its items for after the next login. */
onUnauthorized(signedOut);

export const canSeeDashboard = (role: Role | undefined) => role === 'manager' || role === 'admin';
export const canSeeAdmin = (role: Role | undefined) => role === 'admin';

/** For tests: start from a known state. */
export function setSessionForTest(next: SessionState): void {
  set(next);
}
