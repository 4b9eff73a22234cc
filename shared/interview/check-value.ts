import type { AnswerErrorCode } from './error-messages';
import type { TemplateField } from './template-types';

/** Characters allowed in a text answer when the field sets no `max`. */
export const DEFAULT_TEXT_MAX = 2000;

export interface ValueProblem { code: AnswerErrorCode; detail?: string }

/**
 * Checks a non-empty typed value against its field: type (see FieldType),
 * whole numbers, range (`min`/`max` inclusive; for text, trimmed length in
 * characters, default max 2000), options exist, no option twice. Returns the
 * first problem or null. Percent values are fractions, so 60 for a percent
 * field is `above_max` (max 1 = 100 %) unless the field sets a larger `max`.
 * Example: `checkFieldValue(ageField, 12)` → `{ code: 'below_min' }` when min is 16.
 */
export function checkFieldValue(field: TemplateField, value: unknown): ValueProblem | null {
  switch (field.type) {
    case 'text': {
      if (typeof value !== 'string') return { code: 'wrong_type' };
      const n = [...value.trim()].length;
      if (field.min !== undefined && n < field.min) return { code: 'too_short' };
      if (n > (field.max ?? DEFAULT_TEXT_MAX)) return { code: 'too_long' };
      return null;
    }
    case 'number':
    case 'percent': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'wrong_type' };
      if (field.integer && !Number.isInteger(value)) return { code: 'not_integer' };
      const min = fieldMin(field);
      const max = fieldMax(field);
      if (min !== undefined && value < min) return { code: 'below_min' };
      if (max !== undefined && value > max) return { code: 'above_max' };
      return null;
    }
    case 'yesno':
      return typeof value === 'boolean' ? null : { code: 'wrong_type' };
    case 'single':
      if (typeof value !== 'string') return { code: 'wrong_type' };
      return hasOption(field, value) ? null : { code: 'bad_option', detail: value };
    case 'multi': {
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) return { code: 'wrong_type' };
      const seen = new Set<string>();
      for (const v of value as string[]) {
        if (!hasOption(field, v)) return { code: 'bad_option', detail: v };
        if (seen.has(v)) return { code: 'duplicate_option', detail: v };
        seen.add(v);
      }
      return null;
    }
  }
}

/** Lower bound of a number/percent field; percent fields default to 0. Example: `fieldMin({ type: 'percent', … })` → 0. */
export function fieldMin(field: TemplateField): number | undefined {
  return field.min ?? (field.type === 'percent' ? 0 : undefined);
}

/** Upper bound of a number/percent field; percent fields default to 1 (= 100 %). Example: `fieldMax({ type: 'number', max: 5, … })` → 5. */
export function fieldMax(field: TemplateField): number | undefined {
  return field.max ?? (field.type === 'percent' ? 1 : undefined);
}

function hasOption(field: TemplateField, value: string): boolean {
  return (field.options ?? []).some((o) => o.value === value);
}
