import type { Text } from '../interview/template-types';

/** The seeds' four categories of portrait items (客户画像四类43项, seed 002 — which in fact names 53, see README.md). */
export type PortraitCategory = 'demographic' | 'consumption' | 'psychological' | 'social';

/**
 * How an item becomes known for a customer:
 * - `profile`: a profile column (`birth_year`, `region`, `platform`, …) or a
 *   free attribute (`attributes.religion`) is non-empty;
 * - `aggregate`: a number computed from orders/events is finite and ≥ `atLeast`
 *   (e.g. `frequency` ≥ 2: a purchase cycle needs two orders);
 * - `interview`: the latest interview has a non-empty answer at `section.field`;
 * - `any` / `all`: combinations (e.g. 家庭生命周期 needs age AND marital status AND children).
 * An item lists alternatives: it is known when ANY of its sources is.
 */
export type PortraitSource =
  | { kind: 'profile'; field: string }
  | { kind: 'aggregate'; name: string; atLeast: number }
  | { kind: 'interview'; path: string }
  | { kind: 'any'; of: PortraitSource[] }
  | { kind: 'all'; of: PortraitSource[] };

export interface PortraitItem {
  key: string;
  category: PortraitCategory;
  label: Text;
  sources: PortraitSource[];
  /** True when the sources only indicate the item indirectly (documented in README.md). */
  proxy?: boolean;
}

/**
 * The four categories in the seed's order, with their labels and item counts.
 * The seed's heading says 43 items, but its own counts and lists give
 * 13 + 16 + 14 + 10 = 53; we keep every named item (README.md).
 */
export const PORTRAIT_CATEGORIES: readonly { key: PortraitCategory; label: Text; size: number }[] = [
  { key: 'demographic', label: { zh: '人口统计学特征', en: 'Demographics' }, size: 13 },
  { key: 'consumption', label: { zh: '消费行为特征', en: 'Consumption behaviour' }, size: 16 },
  { key: 'psychological', label: { zh: '心理特征', en: 'Psychological traits' }, size: 14 },
  { key: 'social', label: { zh: '社会关系特征', en: 'Social relationships' }, size: 10 },
];

/** What is known about one customer, as the completeness check reads it. */
export interface PortraitFacts {
  /** Profile columns by their API names, free attributes under `attributes`. */
  profile?: Record<string, unknown> | null;
  /** Numbers such as `frequency` (orders, SPEC §3.1) and `channel_count`; missing = unknown. */
  aggregates?: Record<string, number | null | undefined> | null;
  /** Answers of the customer's latest interview. */
  answers?: Record<string, Record<string, unknown>> | null;
}
