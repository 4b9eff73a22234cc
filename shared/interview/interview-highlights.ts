import { answerAt, findField, splitFieldPath } from './field-path';
import { formatAnswer } from './format-answer';
import type { Answers, InterviewTemplate, Text } from './template-types';
import { visiblePaths } from './visible-fields';

/**
 * Short zh/en lines for the portrait card, one per `template.highlights`
 * entry: `{label}：{short label} {answer}，…` (full-width Chinese punctuation) (en: `{label} — {short label}: {answer}; …`),
 * listing the entry's answered, visible fields in the order the entry names
 * them. An entry with no such answers gives no line. Which answers matter is
 * template data, so the card knows nothing about vehicles.
 * Example (default template): `{ zh: '车辆用途：拉货 60%，每日里程 150公里',
 * en: 'Vehicle use — Cargo: 60%; Daily mileage: 150 km' }`.
 */
export function interviewHighlights(template: InterviewTemplate, answers: Answers | null | undefined): Text[] {
  const visible = visiblePaths(template, answers);
  const lines: Text[] = [];
  for (const h of template.highlights ?? []) {
    const zh: string[] = [];
    const en: string[] = [];
    for (const path of h.fields) {
      const field = findField(template, path);
      const p = splitFieldPath(path);
      if (!field || !p || !visible.has(path)) continue;
      const shown = formatAnswer(field, answerAt(answers, p[0], p[1]));
      if (!shown) continue;
      const label = field.short ?? field.label;
      zh.push(`${label.zh} ${shown.zh}`);
      en.push(`${label.en}: ${shown.en}`);
    }
    if (zh.length > 0) lines.push({ zh: `${h.label.zh}：${zh.join('，')}`, en: `${h.label.en} — ${en.join('; ')}` });
  }
  return lines;
}
