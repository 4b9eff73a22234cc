import { dayNumber, isoDate } from '../time/calendar';
import { answerAt } from './field-path';
import type { Answers, InterviewTemplate } from './template-types';
import { visiblePaths } from './visible-fields';

/** Profile changes an interview implies: profile columns and free attributes. */
export interface ProfileUpdates { profile: Record<string, string | number | boolean | string[]>; attributes: Record<string, string | number | boolean | string[]> }

/**
 * Reads the template's `profileField` mappings from (validated) answers.
 * Targets `attributes.<key>` go to `attributes`, others to `profile`.
 * `age_to_birth_year`: birth_year = calendar year of `interviewDate` − age.
 * Without the birthday this is exact only if the birthday has passed that
 * year; otherwise it is one year late (the usual convention for "age N").
 * Hidden or empty answers are skipped. Example: age 35 on '2026-11-24' →
 * `{ profile: { birth_year: 1991 } }`.
 */
export function profileUpdates(template: InterviewTemplate, answers: Answers | null | undefined, interviewDate: string): ProfileUpdates {
  const year = Number(isoDate(dayNumber(interviewDate)).slice(0, 4));
  const visible = visiblePaths(template, answers);
  const out: ProfileUpdates = { profile: {}, attributes: {} };
  for (const s of template.sections) {
    for (const f of s.fields) {
      const map = f.profileField;
      if (!map || !visible.has(`${s.key}.${f.key}`)) continue;
      let value = answerAt(answers, s.key, f.key);
      if (value === undefined || value === null || value === '') continue;
      if (map.via === 'age_to_birth_year') {
        if (typeof value !== 'number') continue;
        value = year - Math.round(value);
      }
      const v = value as string | number | boolean | string[];
      if (map.target.startsWith('attributes.')) out.attributes[map.target.slice('attributes.'.length)] = v;
      else out.profile[map.target] = v;
    }
  }
  return out;
}
