import { isEmptyAnswer } from '../interview/field-path';
import type { PortraitFacts, PortraitItem, PortraitSource } from './portrait-item-types';
import { PORTRAIT_ITEMS } from './portrait-items';

/**
 * Which portrait items are known for one customer: 1 per known item, 0
 * otherwise, in `items` order. Pass `out` to reuse one buffer across many
 * customers (no allocation per customer). An item is known when any of its
 * sources is (see PortraitSource); empty strings, empty arrays, null and
 * non-finite numbers count as unknown.
 * Example: `{ profile: { birth_year: 1991 } }` → 1 for 年龄 only.
 */
export function knownPortraitItems(facts: PortraitFacts, items: readonly PortraitItem[] = PORTRAIT_ITEMS, out = new Uint8Array(items.length)): Uint8Array {
  if (out.length !== items.length) throw new RangeError(`out has ${out.length} slots for ${items.length} items`);
  for (let i = 0; i < items.length; i++) out[i] = items[i].sources.some((s) => sourceKnown(s, facts)) ? 1 : 0;
  return out;
}

/** Is one source known for these facts? (`all` needs every part, `any` one.) Example: `sourceKnown({ kind: 'aggregate', name: 'frequency', atLeast: 2 }, { aggregates: { frequency: 1 } })` → false. */
export function sourceKnown(source: PortraitSource, facts: PortraitFacts): boolean {
  switch (source.kind) {
    case 'profile': {
      const profile = facts.profile ?? {};
      if (!source.field.startsWith('attributes.')) return !isEmptyAnswer(profile[source.field]);
      const attrs = profile.attributes;
      return attrs !== null && typeof attrs === 'object' && !isEmptyAnswer((attrs as Record<string, unknown>)[source.field.slice(11)]);
    }
    case 'aggregate': {
      const v = facts.aggregates?.[source.name];
      return typeof v === 'number' && Number.isFinite(v) && v >= source.atLeast;
    }
    case 'interview': {
      const dot = source.path.indexOf('.');
      const section = facts.answers?.[source.path.slice(0, dot)];
      return !!section && typeof section === 'object' && !isEmptyAnswer(section[source.path.slice(dot + 1)]);
    }
    case 'any': return source.of.some((s) => sourceKnown(s, facts));
    case 'all': return source.of.every((s) => sourceKnown(s, facts));
  }
}

/** What the items' non-interview sources read: profile fields (attribute keys apart) and each aggregate's highest threshold. */
function inputsOf(items: readonly PortraitItem[]): { fields: string[]; attributes: string[]; aggregates: [string, number][] } {
  const fields = new Set<string>();
  const attributes = new Set<string>();
  const caps = new Map<string, number>();
  const visit = (s: PortraitSource) => {
    if (s.kind === 'profile') {
      if (s.field.startsWith('attributes.')) attributes.add(s.field.slice(11));
      else fields.add(s.field);
    } else if (s.kind === 'aggregate') caps.set(s.name, Math.max(caps.get(s.name) ?? -Infinity, s.atLeast));
    else if (s.kind === 'any' || s.kind === 'all') s.of.forEach(visit);
  };
  items.forEach((item) => item.sources.forEach(visit));
  return { fields: [...fields], attributes: [...attributes], aggregates: [...caps] };
}
const inputsCache = new WeakMap<readonly PortraitItem[], ReturnType<typeof inputsOf>>();

/**
 * A key that is equal for two customers without interview answers exactly
 * when {@link knownPortraitItems} gives them the same flags: per profile
 * field an item reads, whether it is empty (the value does not matter), and
 * per aggregate, whether it is known and which thresholds it reaches. A
 * caller scoring many customers computes the flags once per key.
 * Example: `{ profile: { region: '江苏' }, aggregates: { frequency: 9 } }` and
 * `{ profile: { region: '四川' }, aggregates: { frequency: 3 } }` share a key
 * (frequency counts up to 2).
 */
export function knownItemsKey(facts: Omit<PortraitFacts, 'answers'>, items: readonly PortraitItem[] = PORTRAIT_ITEMS): string {
  let inputs = inputsCache.get(items);
  if (!inputs) inputsCache.set(items, (inputs = inputsOf(items)));
  const profile = facts.profile ?? {};
  const attrs = profile.attributes;
  const attributes = attrs !== null && typeof attrs === 'object' ? (attrs as Record<string, unknown>) : null;
  let key = '';
  for (const field of inputs.fields) key += isEmptyAnswer(profile[field]) ? '0' : '1';
  for (const name of inputs.attributes) key += attributes && !isEmptyAnswer(attributes[name]) ? '1' : '0';
  for (const [name, cap] of inputs.aggregates) {
    const v = facts.aggregates?.[name];
    key += typeof v === 'number' && Number.isFinite(v) ? `|${Math.min(v, cap)}` : '|-';
  }
  return key;
}
