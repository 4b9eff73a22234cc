import { answerMatches } from './answer-condition';
import { answerAt } from './field-path';
import { formatAnswer } from './format-answer';
import type { Answers, InterviewTemplate, Text } from './template-types';
import { visiblePaths } from './visible-fields';

/** A tag earned by an interview answer, with the answer as its reason. */
export interface AnswerTag { tag: Text; category: Text; group: Text; path: string; reason: Text }

/**
 * Applies the template's `tagRules` to (validated) answers: every rule whose
 * condition holds on a visible field's answer yields its tag (kind `manual`,
 * SPEC §5), in template order; the same tag from two rules is kept once
 * (first wins). The reason quotes the answer with the field's short label:
 * `深访:拉货 60%` / `Interview answer — Cargo: 60%`.
 * Example: `{ vehicle_use: { cargo_share: 0.6 } }` → 货运为主.
 */
export function answerTags(template: InterviewTemplate, answers: Answers | null | undefined): AnswerTag[] {
  const visible = visiblePaths(template, answers);
  const out: AnswerTag[] = [];
  const seen = new Set<string>();
  for (const s of template.sections) {
    for (const f of s.fields) {
      const path = `${s.key}.${f.key}`;
      if (!f.tagRules || !visible.has(path)) continue;
      const value = answerAt(answers, s.key, f.key);
      for (const rule of f.tagRules) {
        if (seen.has(rule.tag.zh) || !answerMatches(value, rule.when)) continue;
        seen.add(rule.tag.zh);
        const shown = formatAnswer(f, value) ?? { zh: '', en: '' };
        const label = f.short ?? f.label;
        out.push({
          tag: rule.tag, category: rule.category, group: rule.group, path,
          reason: { zh: `深访:${label.zh} ${shown.zh}`, en: `Interview answer — ${label.en}: ${shown.en}` },
        });
      }
    }
  }
  return out;
}
