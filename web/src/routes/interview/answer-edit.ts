/**
 * Pure helpers between form inputs and typed answers (SPEC §6 value types).
 * Number and percent inputs keep what was typed; the answer holds the number,
 * or the typed text when it is not a number, so the shared validator reports
 * `wrong_type` instead of the form silently dropping it.
 */
import type { Answers, TemplateField } from '../../../../shared/interview/index';

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

/** Typed text → answer value: '' → undefined; '35' → 35; percent '60' → 0.6 (points → fraction); junk → the text. */
export function parseInput(field: TemplateField, raw: string): unknown {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return undefined;
  if (!NUMBER.test(text)) return text;
  const n = Number(text);
  return field.type === 'percent' ? Math.round((n / 100) * 1e6) / 1e6 : n;
}

/** Answer value → text for the input: 0.6 in a percent field → '60'. */
export function formatInput(field: TemplateField, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number' && field.type === 'percent') return String(Math.round(value * 100 * 1e4) / 1e4);
  return String(value);
}

/** A copy of `answers` with one answer set, or removed when empty (undefined, blank, empty list). */
export function withAnswer(answers: Answers, section: string, key: string, value: unknown): Answers {
  const sectionAnswers = { ...(answers[section] ?? {}) };
  const empty = value === undefined || value === null || (typeof value === 'string' && value === '') || (Array.isArray(value) && value.length === 0);
  if (empty) delete sectionAnswers[key];
  else sectionAnswers[key] = value;
  const next = { ...answers };
  if (Object.keys(sectionAnswers).length === 0) delete next[section];
  else next[section] = sectionAnswers;
  return next;
}

/** Number of answered fields. */
export function answeredCount(answers: Answers): number {
  return Object.values(answers).reduce((n, s) => n + Object.keys(s ?? {}).length, 0);
}

/** DOM id of a field's input (the first option for choice fields). */
export const fieldId = (section: string, key: string) => `f-${section}-${key}`;
