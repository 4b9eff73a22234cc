import { zValidator } from '@hono/zod-validator';
import type { ValidationTargets } from 'hono';
import type { ZodType } from 'zod';
import { DomainError } from '../errors';

/** zValidator whose failures become `{error:{code:'validation',message,details:{issues}}}` with 400. */
export function validate<T extends ZodType, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return zValidator(target, schema, (result) => {
    if (!result.success) {
      const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      const first = issues[0];
      throw new DomainError('validation', first ? `${first.path || target}: ${first.message}` : 'invalid input', { issues });
    }
  });
}
