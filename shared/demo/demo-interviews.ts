/**
 * Filled field interviews (客户深访, SPEC §6) for the demo: field reps visited
 * about 40 of their customers in the last five months and filled the default
 * template. Answers are drawn per field from curated tables that follow the
 * customer's profile and story, and every interview passes the template's
 * validator (the one the PWA and the bot use).
 */
import { DEFAULT_INTERVIEW_TEMPLATE, isEmptyAnswer, validateAnswers, visiblePaths } from '../interview';
import type { Answers, InterviewTemplate } from '../interview';
import { isoDate } from '../time/calendar';
import { DEMO_COHORTS } from './cohorts';
import { pickDistinct, type Draw } from './draw';
import { fallbackAnswer } from './interview-fallback';
import { LIFE_ANSWERS } from './interview-answers-life';
import { PEOPLE_ANSWERS, type CuratedAnswer } from './interview-answers-people';
import { VEHICLE_ANSWERS } from './interview-answers-vehicle';
import { interviewPersona, type InterviewPersona } from './interview-persona';
import { secondOfDay, type DemoStamps } from './time-of-day';
import type { DemoCustomer, DemoInterview, DemoOrder } from './types';

/** Interviews in a demo data set (fewer when fewer customers have a field rep). */
export const DEMO_INTERVIEW_COUNT = 40;

const CURATED: Readonly<Record<string, CuratedAnswer>> = { ...PEOPLE_ANSWERS, ...LIFE_ANSWERS, ...VEHICLE_ANSWERS };

export interface InterviewInputs {
  customers: readonly DemoCustomer[];
  orders: readonly DemoOrder[];
  /** Cohort index per customer (cohorts.ts). */
  cohortOf: Uint8Array;
  lastDay: number;
  stamps: DemoStamps;
}

/**
 * A v4-style UUID from four 32-bit PRNG words (version nibble 4, variant 10xx),
 * stable for a seed. Example shape: `'3f2a9c1e-7b4d-4e21-9a0f-5c6d7e8f9a0b'`.
 */
export function demoUuid(draw: Draw): string {
  let hex = '';
  for (let i = 0; i < 4; i++) hex += Math.floor(draw.u() * 4_294_967_296).toString(16).padStart(8, '0');
  const variant = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * Answers for one interview, field by field in template order: a field is
 * asked only when visible given the answers so far (showIf); optional
 * questions are skipped 15 % of the time (reps run out of time); curated
 * answers where the demo has them, else a plain value of the field's type.
 */
export function fillInterview(draw: Draw, template: InterviewTemplate, persona: InterviewPersona): Answers {
  const answers: Answers = {};
  for (const section of template.sections) {
    for (const field of section.fields) {
      const path = `${section.key}.${field.key}`;
      if (!visiblePaths(template, answers).has(path)) continue;
      if (!field.required && !draw.chance(0.85)) continue;
      const curated = CURATED[path];
      const value = curated ? curated(draw, persona) : fallbackAnswer(draw, field);
      if (!isEmptyAnswer(value)) (answers[section.key] ??= {})[field.key] = value;
    }
  }
  return answers;
}

/**
 * About 40 interviews (DEMO_INTERVIEW_COUNT) of distinct customers who have a
 * field rep (any customers when no field logins were given), by that rep,
 * on a day in the last 150 days. Answers are stored as the validator returns
 * them; an interview that does not validate is left out (none with the
 * default template; the check keeps a changed template from producing bad data).
 */
export function generateDemoInterviews(draw: Draw, inputs: InterviewInputs): DemoInterview[] {
  const template = DEFAULT_INTERVIEW_TEMPLATE;
  const { customers, lastDay } = inputs;
  const withRep = customers.map((_, i) => i).filter((i) => customers[i]!.assigned_field !== null);
  const pool = withRep.length > 0 ? withRep : customers.map((_, i) => i);
  const chosen = pickDistinct(draw, pool, DEMO_INTERVIEW_COUNT).sort((a, b) => a - b);
  const bought = vehiclesOf(inputs.orders, new Set(chosen.map((i) => customers[i]!.customer_id)));
  const interviews: DemoInterview[] = [];
  for (const i of chosen) {
    const customer = customers[i]!;
    const day = lastDay - draw.int(0, 150);
    const year = Number(isoDate(day).slice(0, 4));
    const mine = bought.get(customer.customer_id) ?? { models: [], units: 0 };
    const persona = interviewPersona(draw, customer, DEMO_COHORTS[inputs.cohortOf[i]!]!, year, mine.models, mine.units);
    const id = demoUuid(draw);
    const at = inputs.stamps.format(day, secondOfDay(draw, 'store'));
    const checked = validateAnswers(template, fillInterview(draw, template, persona));
    if (!checked.ok) continue;
    interviews.push({
      id,
      customer_id: customer.customer_id,
      author: customer.assigned_field ?? customer.owner,
      at,
      template_id: template.id,
      template_version: template.version,
      answers: checked.answers,
    });
  }
  return interviews;
}

/** Vehicle models (oldest first) and units bought by the given customers: one pass over the orders. */
function vehiclesOf(orders: readonly DemoOrder[], ids: ReadonlySet<string>): Map<string, { models: string[]; units: number }> {
  const out = new Map<string, { models: string[]; units: number }>();
  for (const o of orders) {
    if (!o.order_id.startsWith('XS') || !ids.has(o.customer_id)) continue;
    const entry = out.get(o.customer_id) ?? { models: [], units: 0 };
    entry.models.push(o.product);
    entry.units += o.quantity;
    out.set(o.customer_id, entry);
  }
  return out;
}
