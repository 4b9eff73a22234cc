import { checkFieldValue } from './check-value';
import { fieldErrorMessage, type AnswerErrorCode } from './error-messages';
import { matchOption, matchOptions } from './match-options';
import type { AnswerValue, TemplateField, Text } from './template-types';

export type ParsedFieldValue =
  | { ok: true; value: AnswerValue }
  | { ok: false; code: AnswerErrorCode; message: Text };

const YES = new Set(['是', '是的', '有', '有的', '对', '对的', '会', '用', '要', '在', 'y', 'yes', 'yeah', 'yep', 'true', '1', '✓']);
const NO = new Set(['否', '不是', '没有', '没', '无', '不', '不会', '不用', '不要', '不在', 'n', 'no', 'nope', 'false', '0', '✗']);
/** Hedges people put before numbers in chat ("大概 35", "about 150"). */
const HEDGE = /^(大概|大约|约|差不多|about|around|approx\.?|~)\s*/i;

/**
 * Parses what a user typed (e.g. in the bot) into the field's typed value,
 * then applies the same checks as `validateAnswers` (range, options, length).
 * Input is NFKC-normalised first, so full-width digits and ％ work.
 * - number: `35`, `35岁`, `约150公里`, `1,200`, `3.5万` — a trailing unit must be
 *   (a prefix of) the field's zh or en unit.
 * - percent → fraction: `60%` → 0.6; `6成` → 0.6; a bare number in [0, 1] is a
 *   fraction (`0.6` → 0.6, `1` → 1 = 100 %), above 1 it is percentage points
 *   (`60` → 0.6). Type `1%` for one per cent.
 * - yesno: 是/是的/有/对/yes/y/true/1 → true; 否/不是/没有/无/no/n/false/0 → false.
 * - single/multi: option value, zh or en label, a unique label prefix, or the
 *   1-based option number as listed; multi splits on , ; 、 and new lines.
 * - text: trimmed.
 * Example: `validateFieldValue(cargoShare, '60%')` → `{ ok: true, value: 0.6 }`.
 */
export function validateFieldValue(field: TemplateField, raw: string): ParsedFieldValue {
  const text = raw.normalize('NFKC').trim();
  if (text === '') return fail(field, 'required');
  const value = parseTyped(field, text);
  if (value === null) return fail(field, 'unparseable');
  const problem = checkFieldValue(field, value);
  return problem ? fail(field, problem.code, problem.detail) : { ok: true, value };
}

function parseTyped(field: TemplateField, text: string): AnswerValue | null {
  switch (field.type) {
    case 'text': return text;
    case 'number': return parseNumberWithUnit(field, text);
    case 'percent': return parsePercent(text);
    case 'yesno': {
      const t = text.toLowerCase().replace(/[。.!!~]+$/u, '');
      return YES.has(t) ? true : NO.has(t) ? false : null;
    }
    case 'single': return matchOption(field.options ?? [], text);
    case 'multi': return matchOptions(field.options ?? [], text);
  }
}

function parseNumberWithUnit(field: TemplateField, text: string): number | null {
  const m = /^(-?\d[\d,]*(?:\.\d+)?|-?\.\d+)\s*(.*)$/u.exec(text.replace(HEDGE, ''));
  if (!m) return null;
  // Commas only as thousands separators: "1,200" yes, "1,2" no.
  if (m[1].includes(',') && !/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(m[1])) return null;
  const n = Number(m[1].replace(/,/g, ''));
  const rest = m[2].replace(/\s*(左右|上下)$/u, '').trim().toLowerCase();
  if (!Number.isFinite(n)) return null;
  if (rest === '') return n;
  const units = field.unit ? [field.unit.zh, field.unit.en].map((u) => u.normalize('NFKC').toLowerCase()) : [];
  return units.some((u) => u.startsWith(rest)) ? n : null;
}

function parsePercent(text: string): number | null {
  const t = text.replace(HEDGE, '').replace(/\s+/g, '');
  let m = /^(-?\d+(?:\.\d+)?)%$/.exec(t);
  if (m) return round6(Number(m[1]) / 100);
  m = /^(\d+(?:\.\d+)?)成$/u.exec(t);
  if (m) return round6(Number(m[1]) / 10);
  m = /^(-?\d+(?:\.\d+)?|-?\.\d+)$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  return n <= 1 ? n : round6(n / 100);
}

/** Keeps 60/100 from becoming 0.6000000000000001 in stored answers. */
function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function fail(field: TemplateField, code: AnswerErrorCode, detail?: string): ParsedFieldValue {
  return { ok: false, code, message: fieldErrorMessage(code, field, detail) };
}
