import { isEmptyAnswer } from './field-path';
import type { AnswerCondition, ShowIf } from './template-types';

/**
 * Does an answer meet a tag-rule condition? Every given part must hold:
 * `equals` (for an array: includes), `in` (for an array: any overlap),
 * `includes` (array contains), `gte`/`lte` (numbers, inclusive). An empty
 * answer never matches. Example: `answerMatches(0.6, { gte: 0.5 })` → true.
 */
export function answerMatches(value: unknown, cond: AnswerCondition): boolean {
  if (isEmptyAnswer(value)) return false;
  if (cond.equals !== undefined && !matchesEquals(value, cond.equals)) return false;
  if (cond.in !== undefined && !matchesIn(value, cond.in)) return false;
  if (cond.includes !== undefined && !(Array.isArray(value) && value.includes(cond.includes))) return false;
  if (cond.gte !== undefined && !(typeof value === 'number' && value >= cond.gte)) return false;
  if (cond.lte !== undefined && !(typeof value === 'number' && value <= cond.lte)) return false;
  return true;
}

/**
 * Does the controlling answer satisfy a `showIf`? Same semantics as
 * `answerMatches` for `equals`/`in`, plus `gt` (strictly greater).
 * Example: `showIfHolds('additional', { field: 'purchase.purchase_type', equals: 'additional' })` → true.
 */
export function showIfHolds(value: unknown, cond: ShowIf): boolean {
  if (isEmptyAnswer(value)) return false;
  if (cond.equals !== undefined && !matchesEquals(value, cond.equals)) return false;
  if (cond.in !== undefined && !matchesIn(value, cond.in)) return false;
  if (cond.gt !== undefined && !(typeof value === 'number' && value > cond.gt)) return false;
  return true;
}

function matchesEquals(value: unknown, expected: string | number | boolean): boolean {
  return Array.isArray(value) ? value.includes(expected) : value === expected;
}

function matchesIn(value: unknown, set: readonly (string | number)[]): boolean {
  return Array.isArray(value) ? value.some((v) => set.includes(v)) : set.includes(value as string | number);
}
