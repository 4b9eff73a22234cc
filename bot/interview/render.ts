import { InlineKeyboard } from 'grammy';
import { formatAnswer, type InterviewTemplate, type TemplateField } from '../../shared/interview';
import { fieldMax, fieldMin } from '../../shared/interview/check-value';
import { formatQuantity } from '../../shared/interview/format-answer';
import type { InterviewState } from '../bot-services';
import type { Lang, Messages } from '../messages';
import { esc } from '../html';
import { fieldAt } from './flow';

/** Telegram caps a message at 4096 characters; the summary stays well below. */
const SUMMARY_MAX = 3800;
const ANSWER_MAX = 80;

/**
 * Callback data of an interview button: `iv:<token>:<step>:<action>[:<n>]`.
 * The token (8 hex digits of the interview id) and the step make a button from
 * an older question or an earlier interview harmless.
 */
export const tokenOf = (state: InterviewState) => state.interviewId.replace(/^iv-/, '').slice(0, 8);
export const button = (state: InterviewState, action: string, n?: number) => `iv:${tokenOf(state)}:${state.step}:${action}${n === undefined ? '' : `:${n}`}`;
export const BUTTON_RE = /^iv:([0-9a-f]{8}):(\d+):([a-z]+)(?::(\d+))?$/;

/** How to answer a free-text field: unit and range, or the percent format. */
function hint(field: TemplateField, t: Messages, lang: Lang): string {
  const min = fieldMin(field);
  const max = fieldMax(field);
  if (field.type === 'percent') return t.interview.hintPercent;
  if (field.type === 'number') {
    const range = min !== undefined && max !== undefined ? `${formatQuantity(field, min)[lang]}–${formatQuantity(field, max)[lang]}` : field.unit?.[lang] ?? '';
    return t.interview.hintNumber(range);
  }
  if (field.type === 'text') return t.interview.hintText;
  if (field.type === 'multi') return t.interview.multiHint;
  return '';
}

/** The question for the current field (with the section title when it starts a section), and its buttons. */
export function renderQuestion(template: InterviewTemplate, state: InterviewState, t: Messages, lang: Lang, opts: { header?: boolean; prefix?: string } = {}) {
  const { field } = fieldAt(template, state);
  const section = template.sections[state.section];
  const lines: string[] = [];
  if (opts.prefix) lines.push(opts.prefix);
  if (opts.header) {
    lines.push(`<b>${esc(t.interview.section(section.title[lang], state.section + 1, template.sections.length))}</b>`);
  }
  lines.push(`${esc(field.label[lang])}${field.required ? ` ${t.interview.required}` : ''}`);
  const h = hint(field, t, lang);
  if (h) lines.push(`<i>${esc(h)}</i>`);

  const kb = new InlineKeyboard();
  const choices = field.options ?? [];
  if (field.type === 'single' || field.type === 'multi') {
    const picked = new Set(state.picking ?? []);
    choices.forEach((o, i) => {
      const label = field.type === 'multi' && picked.has(o.value) ? `✓ ${o.label[lang]}` : o.label[lang];
      kb.text(label, button(state, field.type === 'multi' ? 'm' : 'o', i));
      if (i % 2 === 1) kb.row();
    });
    if (choices.length % 2 === 1) kb.row();
    if (field.type === 'multi') kb.text(t.interview.done, button(state, 'd')).row();
  } else if (field.type === 'yesno') {
    kb.text(t.interview.yes, button(state, 'y')).text(t.interview.no, button(state, 'n')).row();
  }
  kb.text(t.interview.skip, button(state, 's')).text(t.interview.skipSection, button(state, 'ss')).text(t.interview.later, button(state, 'p'));
  return { text: lines.join('\n'), keyboard: kb };
}

/** Every answer, section by section, as people read it; then 保存 / 稍后继续 / 放弃. */
export function renderSummary(template: InterviewTemplate, state: InterviewState, t: Messages, lang: Lang) {
  const lines = [`<b>${esc(t.interview.summaryTitle(state.customerName))}</b>`];
  let n = 0;
  let cut = false;
  for (const s of template.sections) {
    const answered = s.fields.map((f) => ({ f, a: formatAnswer(f, state.answers[s.key]?.[f.key]) })).filter((x) => x.a !== null);
    if (answered.length === 0) continue;
    const block = [`\n<b>${esc(s.title[lang])}</b>`];
    for (const { f, a } of answered) {
      const text = a![lang].length > ANSWER_MAX ? `${a![lang].slice(0, ANSWER_MAX)}…` : a![lang];
      block.push(`${esc(f.label[lang])}: ${esc(text)}`);
      n++;
    }
    if (lines.join('\n').length + block.join('\n').length > SUMMARY_MAX) { cut = true; break; }
    lines.push(...block);
  }
  if (n === 0) lines.push(t.interview.nothingAnswered);
  if (cut) lines.push('…');
  lines.push('', t.interview.confirm);
  const kb = new InlineKeyboard().text(t.interview.save, button(state, 'save')).row()
    .text(t.interview.later, button(state, 'p')).text(t.interview.discard, button(state, 'x'));
  return { text: lines.join('\n'), keyboard: kb };
}
