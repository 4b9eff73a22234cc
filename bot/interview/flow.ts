import { validateAnswers, visiblePaths, type Answers, type AnswerValue, type InterviewTemplate, type TemplateField, type Text } from '../../shared/interview';
import type { InterviewState } from '../bot-services';

/**
 * The interview conversation as a state machine over the template: no I/O,
 * so every step can be persisted and replayed. Positions are (section, field)
 * indexes in template order; only fields visible for the answers so far
 * (`showIf`) are asked. Every answer goes through `validateAnswers`, the same
 * validator as the PWA form, so cross-field rules (`sumAtMost`) apply too.
 */

export interface Position { section: number; field: number }

/** Outcome of a step: the next state, and the reason to show when an answer was refused. */
export interface Step { state: InterviewState; refused?: Text }

export function fieldAt(template: InterviewTemplate, p: Position): { sectionKey: string; field: TemplateField } {
  const s = template.sections[p.section];
  return { sectionKey: s.key, field: s.fields[p.field] };
}

/**
 * The first visible field strictly after `from` in template order (or from the
 * start when `from` is null); with `nextSection`, from the first field of the
 * following section. Null when none is left.
 */
export function nextPosition(template: InterviewTemplate, answers: Answers, from: Position | null, nextSection = false): Position | null {
  const visible = visiblePaths(template, answers);
  let si = from ? (nextSection ? from.section + 1 : from.section) : 0;
  let fi = from && !nextSection ? from.field + 1 : 0;
  for (; si < template.sections.length; si++, fi = 0) {
    const s = template.sections[si];
    for (; fi < s.fields.length; fi++) {
      if (visible.has(`${s.key}.${s.fields[fi].key}`)) return { section: si, field: fi };
    }
  }
  return null;
}

/** A fresh interview at the first visible field. */
export function startInterview(template: InterviewTemplate, init: { interviewId: string; customerId: string; customerName: string }): InterviewState {
  const first = nextPosition(template, {}, null) ?? { section: 0, field: 0 };
  return {
    kind: 'interview', ...init, templateId: template.id, templateVersion: template.version,
    section: first.section, field: first.field, phase: 'ask', step: 1, paused: false, answers: {},
  };
}

function withAnswer(answers: Answers, section: string, key: string, value: AnswerValue | undefined): Answers {
  const next: Answers = { ...answers, [section]: { ...(answers[section] ?? {}) } };
  if (value === undefined) delete next[section][key];
  else next[section][key] = value;
  if (Object.keys(next[section]).length === 0) delete next[section];
  return next;
}

/**
 * After the last question (or a fix): validate everything; the first error
 * sends the conversation back to that field (phase `fix`) with its reason,
 * otherwise the summary is next.
 */
function finish(template: InterviewTemplate, state: InterviewState): Step {
  const v = validateAnswers(template, state.answers);
  const err = v.errors[0];
  if (!err) return { state: { ...state, phase: 'summary', picking: undefined, step: state.step + 1 } };
  const si = template.sections.findIndex((s) => s.key === err.section);
  const fi = si < 0 ? -1 : template.sections[si].fields.findIndex((f) => f.key === err.field);
  if (fi < 0) return { state: { ...state, answers: v.answers, phase: 'summary', picking: undefined, step: state.step + 1 } };
  return { state: { ...state, phase: 'fix', section: si, field: fi, picking: undefined, step: state.step + 1 }, refused: err.message };
}

function advance(template: InterviewTemplate, state: InterviewState, nextSection = false): Step {
  if (state.phase === 'fix') return finish(template, state);
  const next = nextPosition(template, state.answers, state, nextSection);
  if (!next) return finish(template, state);
  return { state: { ...state, ...next, picking: undefined, step: state.step + 1 } };
}

/**
 * Records an answer for the current field if the validator accepts it in
 * context (type, range, options, and section rules such as shares adding up
 * to at most 100 %); otherwise the state is unchanged and the reason returned.
 */
export function answerCurrent(template: InterviewTemplate, state: InterviewState, value: AnswerValue): Step {
  const { sectionKey, field } = fieldAt(template, state);
  const answers = withAnswer(state.answers, sectionKey, field.key, value);
  const problem = validateAnswers(template, answers).errors.find((e) => e.section === sectionKey && e.field === field.key && e.code !== 'required');
  if (problem) return { state, refused: problem.message };
  return advance(template, { ...state, answers, paused: false });
}

/** Skips the current field; a required field cannot be skipped (the reason is returned). */
export function skipCurrent(template: InterviewTemplate, state: InterviewState, requiredText: (field: TemplateField) => Text): Step {
  const { sectionKey, field } = fieldAt(template, state);
  if (field.required) return { state, refused: requiredText(field) };
  return advance(template, { ...state, answers: withAnswer(state.answers, sectionKey, field.key, undefined), paused: false });
}

/** Skips the rest of the section; required fields left empty are asked again before the summary. */
export function skipSection(template: InterviewTemplate, state: InterviewState): Step {
  if (state.phase === 'fix') return finish(template, state);
  return advance(template, { ...state, paused: false }, true);
}

/** The answers to store: what `validateAnswers` keeps (visible, trimmed, non-empty). Null while invalid. */
export function answersToSave(template: InterviewTemplate, state: InterviewState): Answers | null {
  const v = validateAnswers(template, state.answers);
  return v.ok ? v.answers : null;
}
