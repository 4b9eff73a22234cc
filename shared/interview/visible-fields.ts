import { showIfHolds } from './answer-condition';
import { answerAt, splitFieldPath } from './field-path';
import type { Answers, FieldRef, InterviewTemplate } from './template-types';

/**
 * The fields to show for the answers given so far, in template order.
 * A field is visible when it has no `showIf`, or when its controlling field is
 * itself visible and its answer satisfies the condition (so hiding a field
 * hides everything that depends on it). One pass in template order suffices
 * because `checkTemplate` requires `showIf` to point at an earlier field; a
 * forward or unknown reference is treated as hidden.
 * Example: with `purchase.purchase_type = 'first'`, `purchase.fleet_size`
 * (shown only for 'additional') is not in the result.
 */
export function visibleFields(template: InterviewTemplate, answers: Answers | null | undefined): FieldRef[] {
  const visible = new Set<string>();
  const out: FieldRef[] = [];
  for (const s of template.sections) {
    for (const f of s.fields) {
      let shown = true;
      if (f.showIf) {
        const p = splitFieldPath(f.showIf.field);
        shown = p !== null && visible.has(f.showIf.field) && showIfHolds(answerAt(answers, p[0], p[1]), f.showIf);
      }
      if (shown) {
        visible.add(`${s.key}.${f.key}`);
        out.push({ section: s.key, field: f });
      }
    }
  }
  return out;
}

/** Set of visible `'section.key'` paths (see `visibleFields`). Example: `visiblePaths(t, {}).has('purchase.fleet_size')` → false. */
export function visiblePaths(template: InterviewTemplate, answers: Answers | null | undefined): Set<string> {
  return new Set(visibleFields(template, answers).map((r) => `${r.section}.${r.field.key}`));
}
