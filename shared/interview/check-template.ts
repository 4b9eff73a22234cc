import { findField } from './field-path';
import type { AnswerCondition, InterviewTemplate, TemplateField, TemplateSection, Text } from './template-types';

/** A defect in a template, for admins and tests (English, developer-facing). */
export interface TemplateProblem { path: string; problem: string }

/** Stable snake_case ASCII keys: `cargo_share`, `q1`. */
const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;
/** Option values may start with a digit (`1_2_people`) but are otherwise snake_case. */
const OPTION_VALUE = /^[a-z0-9]+(_[a-z0-9]+)*$/;
const TYPES = new Set(['text', 'number', 'single', 'multi', 'yesno', 'percent']);
const PROFILE_TARGET = /^(attributes\.)?[a-z][a-z0-9_]*$/;

/**
 * Checks that a template is well-formed so forms, the bot and the validator
 * can rely on it: id/version/titles; unique snake_case section and field keys;
 * choices only and always on single/multi fields, with unique values and
 * unique zh and en labels that are not bare numbers and contain no list
 * separators (replies may be option numbers or comma lists); min ≤ max;
 * `showIf` pointing at an EARLIER field with a condition valid for it (so one
 * pass in order decides visibility); tag-rule conditions, profile targets,
 * sum constraints and highlights referring to real fields and options.
 * Returns [] for a good template. Example: a `showIf` on `'purchase.nope'` →
 * `[{ path: 'purchase.fleet_size', problem: 'showIf refers to unknown or later field purchase.nope' }]`.
 */
export function checkTemplate(template: InterviewTemplate): TemplateProblem[] {
  const out: TemplateProblem[] = [];
  const bad = (path: string, problem: string) => out.push({ path, problem });
  if (!template.id) bad('', 'missing id');
  if (!Number.isInteger(template.version) || template.version < 1) bad('', 'version must be a positive integer');
  if (!textOk(template.title)) bad('', 'title needs zh and en');
  if (template.sections.length === 0) bad('', 'no sections');
  const earlier = new Set<string>();
  const sectionKeys = new Set<string>();
  for (const s of template.sections) {
    if (!SNAKE.test(s.key)) bad(s.key, 'section key is not snake_case ASCII');
    if (sectionKeys.has(s.key)) bad(s.key, 'duplicate section key');
    sectionKeys.add(s.key);
    if (!textOk(s.title)) bad(s.key, 'section title needs zh and en');
    const fieldKeys = new Set<string>();
    for (const f of s.fields) {
      const path = `${s.key}.${f.key}`;
      if (!SNAKE.test(f.key)) bad(path, 'field key is not snake_case ASCII');
      if (fieldKeys.has(f.key)) bad(path, 'duplicate field key');
      fieldKeys.add(f.key);
      for (const p of fieldProblems(template, f, earlier)) bad(path, p);
      earlier.add(path);
    }
    for (const p of sumProblems(s)) bad(s.key, p);
  }
  for (const h of template.highlights ?? []) {
    if (!textOk(h.label)) bad('highlights', 'highlight label needs zh and en');
    for (const p of h.fields) if (!findField(template, p)) bad('highlights', `unknown field ${p}`);
  }
  return out;
}

function fieldProblems(template: InterviewTemplate, f: TemplateField, earlier: Set<string>): string[] {
  const out: string[] = [];
  if (!TYPES.has(f.type)) out.push(`unknown type ${f.type}`);
  if (!textOk(f.label)) out.push('label needs zh and en');
  if (f.short && !textOk(f.short)) out.push('short label needs zh and en');
  if (f.unit && (f.type !== 'number' || !textOk(f.unit))) out.push('unit only on number fields, with zh and en');
  const choice = f.type === 'single' || f.type === 'multi';
  if (choice !== (f.options !== undefined && f.options.length > 0)) out.push(choice ? 'choice field without options' : 'options on a non-choice field');
  out.push(...optionProblems(f));
  if (f.min !== undefined && f.max !== undefined && f.min > f.max) out.push('min > max');
  if (f.integer && f.type !== 'number') out.push('integer only on number fields');
  if (f.showIf) {
    const target = findField(template, f.showIf.field);
    const given = [f.showIf.equals, f.showIf.in, f.showIf.gt].filter((x) => x !== undefined).length;
    if (!target || !earlier.has(f.showIf.field)) out.push(`showIf refers to unknown or later field ${f.showIf.field}`);
    else if (given !== 1) out.push('showIf needs exactly one of equals, in, gt');
    else if (!conditionFits(target, { equals: f.showIf.equals, in: f.showIf.in, gte: f.showIf.gt })) out.push('showIf condition does not fit the target field');
  }
  for (const r of f.tagRules ?? []) {
    if (!textOk(r.tag) || !textOk(r.category) || !textOk(r.group)) out.push('tag rule needs zh/en tag, category and group');
    if (!conditionFits(f, r.when)) out.push(`tag rule ${r.tag.zh} has a condition that does not fit the field`);
  }
  if (f.profileField) {
    if (!PROFILE_TARGET.test(f.profileField.target)) out.push(`bad profile target ${f.profileField.target}`);
    if (f.profileField.via === 'age_to_birth_year' && f.type !== 'number') out.push('age_to_birth_year needs a number field');
  }
  return out;
}

function optionProblems(f: TemplateField): string[] {
  const out: string[] = [];
  const values = new Set<string>();
  const zh = new Set<string>();
  const en = new Set<string>();
  for (const o of f.options ?? []) {
    if (!OPTION_VALUE.test(o.value)) out.push(`option value ${o.value} is not snake_case ASCII`);
    if (!textOk(o.label)) out.push(`option ${o.value} needs zh and en labels`);
    if (values.has(o.value) || zh.has(o.label.zh) || en.has(o.label.en.toLowerCase())) out.push(`duplicate option ${o.value}`);
    if ([o.label.zh, o.label.en].some((l) => /^\d+$/.test(l) || /[,;、,;]/u.test(l))) out.push(`option ${o.value} label is a bare number or contains a list separator`);
    values.add(o.value); zh.add(o.label.zh); en.add(o.label.en.toLowerCase());
  }
  return out;
}

/** A condition fits a field when it has at least one part and each part suits the field's type and options. */
function conditionFits(f: TemplateField, c: AnswerCondition): boolean {
  const parts = [c.equals, c.in, c.includes, c.gte, c.lte].filter((x) => x !== undefined);
  if (parts.length === 0) return false;
  const isOption = (v: unknown) => (f.options ?? []).some((o) => o.value === v);
  const numeric = f.type === 'number' || f.type === 'percent';
  if (c.equals !== undefined && !(f.type === 'yesno' ? typeof c.equals === 'boolean' : numeric ? typeof c.equals === 'number' : f.type === 'text' ? typeof c.equals === 'string' : isOption(c.equals))) return false;
  if (c.in !== undefined && !(c.in.length > 0 && c.in.every((v) => (numeric ? typeof v === 'number' : isOption(v))))) return false;
  if (c.includes !== undefined && !(f.type === 'multi' && isOption(c.includes))) return false;
  if ((c.gte !== undefined || c.lte !== undefined) && !numeric) return false;
  return true;
}

function sumProblems(s: TemplateSection): string[] {
  const out: string[] = [];
  for (const c of s.sumAtMost ?? []) {
    for (const k of c.fields) {
      const f = s.fields.find((x) => x.key === k);
      if (!f || (f.type !== 'number' && f.type !== 'percent')) out.push(`sumAtMost field ${k} is not a number/percent field of this section`);
    }
  }
  return out;
}

function textOk(t: Text | undefined): boolean {
  return !!t && typeof t.zh === 'string' && typeof t.en === 'string' && t.zh.trim() !== '' && t.en.trim() !== '';
}
