import { knownPortraitItems } from './known-items';
import type { PortraitCategory, PortraitFacts, PortraitItem } from './portrait-item-types';
import { PORTRAIT_CATEGORIES } from './portrait-item-types';
import { PORTRAIT_ITEMS } from './portrait-items';

/** Portrait completeness of one customer; `overall` is a share in [0, 1]. */
export interface PortraitCompleteness {
  known: number;
  total: number;
  overall: number;
  by_category: Record<PortraitCategory, { known: number; total: number }>;
}

/**
 * Portrait completeness (画像完整度, SPEC §5): overall = items known / items
 * (PORTRAIT_ITEMS: 53, see README.md), plus known/total per category.
 * `known[i]` is truthy when `items[i]` is known (see `knownPortraitItems`).
 * Example: 10 known of 53 → overall = 10/53 = 0.1887 (18.9 %).
 */
export function portraitCompleteness(known: ArrayLike<number | boolean>, items: readonly PortraitItem[] = PORTRAIT_ITEMS): PortraitCompleteness {
  if (known.length !== items.length) throw new RangeError(`${known.length} flags for ${items.length} portrait items`);
  const by = {} as Record<PortraitCategory, { known: number; total: number }>;
  for (const c of PORTRAIT_CATEGORIES) by[c.key] = { known: 0, total: 0 };
  let k = 0;
  for (let i = 0; i < items.length; i++) {
    const cell = by[items[i].category];
    cell.total++;
    if (known[i]) { cell.known++; k++; }
  }
  return { known: k, total: items.length, overall: items.length === 0 ? 0 : k / items.length, by_category: by };
}

/**
 * Completeness shares of a population from a row-major known matrix
 * (`known[c * itemCount + i]` = item i of customer c): share_c = Σ_i known / itemCount.
 * O(n · itemCount), one Float64Array out.
 * Example: itemCount 53, rows with 10 and 53 known → [0.1887, 1].
 */
export function completenessShares(known: Uint8Array, itemCount: number = PORTRAIT_ITEMS.length): Float64Array {
  if (itemCount <= 0 || known.length % itemCount !== 0) throw new RangeError(`known has ${known.length} cells, not a multiple of ${itemCount}`);
  const n = known.length / itemCount;
  const out = new Float64Array(n);
  for (let c = 0, at = 0; c < n; c++) {
    let s = 0;
    for (let i = 0; i < itemCount; i++, at++) s += known[at] ? 1 : 0;
    out[c] = s / itemCount;
  }
  return out;
}

/**
 * Completeness of one customer straight from their facts:
 * `portraitCompleteness(knownPortraitItems(facts))`.
 * Example: a profile with birth_year, gender and region only → 3/53 = 0.0566.
 */
export function customerCompleteness(facts: PortraitFacts): PortraitCompleteness {
  return portraitCompleteness(knownPortraitItems(facts));
}
