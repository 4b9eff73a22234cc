import type { Text } from '../api/types';

/**
 * A real-time event rule (SPEC §5, kind `event`), stored as data: within the
 * last `windowDays` calendar days (today included), the events of
 * `eventType` (optionally of one `product`) reach `atLeast` — measured as
 * total `duration_s` or as a count, per product or across products.
 * Example (seed 001): a product viewed ≥ 300 s within a day →
 * `{ eventType: 'view', measure: 'duration_s', perProduct: true, atLeast: 300, windowDays: 1 }`.
 */
export interface EventRule {
  eventType: string;
  product?: string | null;
  measure: 'duration_s' | 'count';
  perProduct: boolean;
  atLeast: number;
  windowDays: number;
}

/** One behaviour event of a customer: local calendar day number (see shared/time/calendar.ts). */
export interface EventFact {
  type: string;
  day: number;
  product: string | null;
  durationS: number | null;
}

/** Why a rule fired: the measured value, the product it was reached on, and a zh/en reason. */
export interface EventMatch { value: number; product: string | null; reason: Text }

/**
 * Checks one rule against a customer's events as of `today` (a day number).
 * Events outside `[today − windowDays + 1, today]` or of another type are
 * ignored; a missing duration counts as 0 s. With `perProduct`, the best
 * product wins (ties: the product name first in string order). Returns null when the rule does not fire.
 * Example: two views of "X3" today of 200 s and 150 s → `{ value: 350, product: 'X3', … }`.
 */
export function matchEventRule(rule: EventRule, events: readonly EventFact[], today: number): EventMatch | null {
  const from = today - rule.windowDays + 1;
  const totals = new Map<string, number>();
  for (const e of events) {
    if (e.type !== rule.eventType || e.day < from || e.day > today) continue;
    if (rule.product != null && e.product !== rule.product) continue;
    const key = rule.perProduct ? (e.product ?? '') : '';
    const add = rule.measure === 'count' ? 1 : Math.max(0, e.durationS ?? 0);
    totals.set(key, (totals.get(key) ?? 0) + add);
  }
  let best: [string, number] | null = null;
  for (const entry of [...totals].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    if (!best || entry[1] > best[1]) best = entry;
  }
  if (!best || best[1] < rule.atLeast) return null;
  const product = rule.perProduct && best[0] !== '' ? best[0] : rule.product ?? null;
  return { value: best[1], product, reason: describeMatch(rule, best[1], product) };
}

/** Every rule that fires for the customer, with its tag id. */
export function matchEventRules(rules: readonly { tagId: string; rule: EventRule }[], events: readonly EventFact[], today: number) {
  const out: { tagId: string; match: EventMatch }[] = [];
  for (const r of rules) {
    const match = matchEventRule(r.rule, events, today);
    if (match) out.push({ tagId: r.tagId, match });
  }
  return out;
}

function describeMatch(rule: EventRule, value: number, product: string | null): Text {
  const span = rule.windowDays === 1 ? { zh: '当天', en: 'today' } : { zh: `近 ${rule.windowDays} 天`, en: `in the last ${rule.windowDays} days` };
  const what = product ? { zh: `「${product}」`, en: ` "${product}"` } : { zh: '', en: '' };
  if (rule.measure === 'duration_s') {
    const minutes = Math.round(value / 6) / 10;
    return {
      zh: `${span.zh}${eventZh(rule.eventType)}${what.zh}共 ${minutes} 分钟（≥ ${rule.atLeast / 60} 分钟）`,
      en: `${rule.eventType}${what.en} for ${minutes} min ${span.en} (≥ ${rule.atLeast / 60} min)`,
    };
  }
  return {
    zh: `${span.zh}${eventZh(rule.eventType)}${what.zh} ${value} 次（≥ ${rule.atLeast} 次）`,
    en: `${value} × ${rule.eventType}${what.en} ${span.en} (≥ ${rule.atLeast})`,
  };
}

const EVENT_ZH: Record<string, string> = {
  view: '浏览', click: '点击', cart: '加购', visit: '到店', test_drive: '试驾', call: '通话', service: '服务', message: '消息',
};
const eventZh = (type: string) => EVENT_ZH[type] ?? type;

/** Reads a stored rule (JSON text), or null when it is not a valid rule. */
export function parseEventRule(text: string | null | undefined): EventRule | null {
  if (!text) return null;
  try {
    const r = JSON.parse(text) as Partial<EventRule>;
    if (typeof r.eventType !== 'string' || (r.measure !== 'duration_s' && r.measure !== 'count')) return null;
    if (typeof r.atLeast !== 'number' || typeof r.windowDays !== 'number' || r.windowDays < 1) return null;
    return { eventType: r.eventType, product: typeof r.product === 'string' ? r.product : null, measure: r.measure,
      perProduct: Boolean(r.perProduct), atLeast: r.atLeast, windowDays: Math.floor(r.windowDays) };
  } catch {
    return null;
  }
}
