import type { Answers, FieldRef, InterviewTemplate, TemplateField } from './template-types';

/** `'vehicle_use.cargo_share'` → `['vehicle_use', 'cargo_share']`; null unless exactly one dot. */
export function splitFieldPath(path: string): [string, string] | null {
  const parts = path.split('.');
  return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : null;
}

/** The field at `'section.key'`, or undefined; a linear scan (templates are small). Example: `findField(t, 'basic.age')?.label.zh` → '年龄'. */
export function findField(template: InterviewTemplate, path: string): TemplateField | undefined {
  const p = splitFieldPath(path);
  if (!p) return undefined;
  return template.sections.find((s) => s.key === p[0])?.fields.find((f) => f.key === p[1]);
}

/** The raw answer at `section.key`, or undefined (tolerates a missing or malformed section). Example: `answerAt({ basic: { age: 35 } }, 'basic', 'age')` → 35. */
export function answerAt(answers: Answers | null | undefined, section: string, key: string): unknown {
  const s = answers?.[section];
  return s && typeof s === 'object' ? (s as Record<string, unknown>)[key] : undefined;
}

/**
 * "Not answered": undefined, null, a blank string or an empty array. Such
 * values count as missing for `required`, visibility and completeness.
 * Example: `isEmptyAnswer('  ')` → true, `isEmptyAnswer(0)` → false, `isEmptyAnswer(false)` → false.
 */
export function isEmptyAnswer(value: unknown): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return false;
}

/** Every field of the template with its section key, in template order. Example: the first entry of the default template is `{ section: 'basic', field: <age> }`. */
export function allFields(template: InterviewTemplate): FieldRef[] {
  const out: FieldRef[] = [];
  for (const s of template.sections) for (const f of s.fields) out.push({ section: s.key, field: f });
  return out;
}
