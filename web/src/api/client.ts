/**
 * The PWA's one way to talk to the server: JSON over fetch with the session
 * cookie, the CSRF token on every state-changing request, and `{error:{…}}`
 * bodies turned into a typed `ApiError`.
 */
import type { ApiError as ApiErrorBody } from '../../../shared/api/types';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;
let unauthorizedHandler: (() => void) | null = null;

/** Remembers the token from `POST /api/auth/login` or `GET /api/auth/me`. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** The CSRF token in memory (null after a start while offline, until `GET /api/auth/me` succeeds). */
export function getCsrfToken(): string | null {
  return csrfToken;
}

/** Called whenever the server answers 401 (session expired or logged out elsewhere), so the app can show the login. */
export function onUnauthorized(handler: (() => void) | null): void {
  unauthorizedHandler = handler;
}

/** True for a fetch that never reached the server (offline, DNS, connection reset), as opposed to an error reply. */
export function isNetworkError(err: unknown): boolean {
  return err instanceof TypeError;
}

export async function apiSend<T>(method: string, path: string, body?: unknown, init: { signal?: AbortSignal; contentType?: string } = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body !== undefined) {
    if (typeof body === 'string') {
      payload = body;
      headers['content-type'] = init.contentType ?? 'text/csv';
    } else {
      payload = JSON.stringify(body);
      headers['content-type'] = 'application/json';
    }
  }
  const res = await fetch(path, { method, headers, body: payload, credentials: 'same-origin', signal: init.signal });
  const text = await res.text();
  const data: unknown = text ? safeJson(text) : null;
  if (!res.ok) {
    if (res.status === 401 && !path.startsWith('/api/auth/login')) unauthorizedHandler?.();
    const err = (data as ApiErrorBody | null)?.error;
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? res.statusText, err?.details);
  }
  return data as T;
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export const apiGet = <T>(path: string, signal?: AbortSignal) => apiSend<T>('GET', path, undefined, { signal });
export const apiPost = <T>(path: string, body?: unknown) => apiSend<T>('POST', path, body ?? {});
export const apiPatch = <T>(path: string, body: unknown) => apiSend<T>('PATCH', path, body);
export const apiDelete = <T>(path: string) => apiSend<T>('DELETE', path);
