/**
 * Coded domain errors. Services throw them; each transport maps the code to its
 * own answer (HTTP status here, a chat reply in the bot).
 */
export type ErrorCode =
  | 'bad_request'
  | 'validation'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited'
  | 'payload_too_large';

const statusByCode: Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 429> = {
  bad_request: 400,
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
  payload_too_large: 413,
};

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'DomainError';
  }

  get status() {
    return statusByCode[this.code];
  }
}

export const notFound = (what = 'not found') => new DomainError('not_found', what);
export const forbidden = (what = 'forbidden') => new DomainError('forbidden', what);
export const badRequest = (message: string, details?: unknown) => new DomainError('bad_request', message, details);
