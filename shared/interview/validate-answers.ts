import { checkFieldValue } from './check-value';
import { fieldErrorMessage, sumExceededMessage, unknownPathMessage, type AnswerErrorCode } from './error-messages';
import { answerAt, isEmptyAnswer } from './field-path';
import type { Answers, InterviewTemplate, Text } from './template-types';
import { visiblePaths } from './visible-fields';

export interface AnswerError { section: string; field: string; code: AnswerErrorCode; message: Text }

export interface AnswersValidation {
  ok: boolean;
  errors: AnswerError[];
  /** The answers to store: valid, visible, non-empty values only (text trimmed). */
  answers: Answers;
  /** `'section.key'` of answers dropped because their field is hidden by `showIf`. */
  dropped: string[];
}

/** Tolerance for `sumAtMost`, so 0.3 + 0.7 (= 0.9999999999999999 or 1.0000000000000002) passes. */
const SUM_EPSILON = 1e-9;

/**
 * The one validator for interview answers (PWA form, bot, API). Checks, in
 * template order: every section and field exists in the template
 * (`unknown_section`/`unknown_field`); a visible required field is answered
 * (`required`); each answered visible field has the right type, range and
 * options (see `checkFieldValue`); `sumAtMost` constraints hold
 * (`sum_exceeded`, reported on the constraint's last answered field).
 * Answers to hidden fields are not errors: they are dropped and listed, so a
 * changed earlier answer (e.g. 增购 → 首购) never blocks saving.
 * Example: `{ purchase: { purchase_type: 'additional' } }` → error `required`
 * on `purchase.fleet_size`; with `'first'` instead → ok.
 */
export function validateAnswers(template: InterviewTemplate, answers: Answers | null | undefined): AnswersValidation {
  const errors: AnswerError[] = [];
  const out: Answers = {};
  const dropped: string[] = [];
  const given: Answers = answers && typeof answers === 'object' && !Array.isArray(answers) ? answers : {};
  reportUnknown(template, given, errors);
  const visible = visiblePaths(template, given);
  for (const s of template.sections) {
    const numbers = new Map<string, number>();
    for (const f of s.fields) {
      const path = `${s.key}.${f.key}`;
      const value = answerAt(given, s.key, f.key);
      if (!visible.has(path)) {
        if (!isEmptyAnswer(value)) dropped.push(path);
        continue;
      }
      if (isEmptyAnswer(value)) {
        if (f.required) errors.push({ section: s.key, field: f.key, code: 'required', message: fieldErrorMessage('required', f) });
        continue;
      }
      const problem = checkFieldValue(f, value);
      if (problem) {
        errors.push({ section: s.key, field: f.key, code: problem.code, message: fieldErrorMessage(problem.code, f, problem.detail) });
        continue;
      }
      (out[s.key] ??= {})[f.key] = typeof value === 'string' ? value.trim() : value;
      if (typeof value === 'number') numbers.set(f.key, value);
    }
    for (const c of s.sumAtMost ?? []) {
      const present = c.fields.filter((k) => numbers.has(k));
      const sum = present.reduce((acc, k) => acc + (numbers.get(k) ?? 0), 0);
      if (present.length > 0 && sum > c.max + SUM_EPSILON) {
        const fields = c.fields.map((k) => s.fields.find((f) => f.key === k)).filter((f) => f !== undefined);
        errors.push({ section: s.key, field: present[present.length - 1], code: 'sum_exceeded', message: sumExceededMessage(fields, c.max) });
      }
    }
  }
  return { ok: errors.length === 0, errors, answers: out, dropped };
}

function reportUnknown(template: InterviewTemplate, answers: Answers, errors: AnswerError[]): void {
  for (const [sectionKey, section] of Object.entries(answers)) {
    const s = template.sections.find((x) => x.key === sectionKey);
    if (!s) {
      errors.push({ section: sectionKey, field: '', code: 'unknown_section', message: unknownPathMessage('unknown_section', sectionKey) });
      continue;
    }
    if (section === null || typeof section !== 'object' || Array.isArray(section)) {
      errors.push({ section: sectionKey, field: '', code: 'wrong_type', message: { zh: `「${s.title.zh}」的答案格式不对`, en: `Answers for "${s.title.en}" must be an object` } });
      continue;
    }
    for (const fieldKey of Object.keys(section)) {
      if (!s.fields.some((f) => f.key === fieldKey)) {
        const path = `${sectionKey}.${fieldKey}`;
        errors.push({ section: sectionKey, field: fieldKey, code: 'unknown_field', message: unknownPathMessage('unknown_field', path) });
      }
    }
  }
}
