/** Portrait completeness (画像完整度, SPEC §5): the portrait items of seed 002 (53 named under a “43项” heading) and how they are counted. */
export type * from './portrait-item-types';
export { PORTRAIT_CATEGORIES } from './portrait-item-types';
export { PORTRAIT_ITEMS } from './portrait-items';
export { knownItemsKey, knownPortraitItems, sourceKnown } from './known-items';
export { portraitCompleteness, customerCompleteness, completenessShares, type PortraitCompleteness } from './completeness';
export { averageCompleteness, ownerIndexOf, type TeamCompleteness } from './team-completeness';
