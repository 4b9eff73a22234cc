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
