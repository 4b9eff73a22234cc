import type { Text } from '../api/types';

export type { Text };

/**
 * A numeric column, one entry per customer (Float64Array, Int32Array, … or a plain array).
 * Every scheme reads columns index-aligned with `ids`.
 */
export type NumericColumn = ArrayLike<number>;

/**
 * The per-customer RFM raw values every value scheme starts from (SPEC §3.1), columnar.
 * `frequency[i] = 0` marks a customer without orders (a prospect): such customers are
 * not ranked and get score 0 / label null; their recency and monetary are ignored.
 */
export interface RfmColumns {
  /** Public customer ids; unique, compared in plain string order (`<`) to break ties. */
  ids: readonly string[];
  /** Whole days since the last order as of `as_of` (0 = bought on `as_of`). */
  recencyDays: NumericColumn;
  /** Number of distinct orders (0 = no orders). */
  frequency: NumericColumn;
  /** Sum of order amounts, currency of the deployment. */
  monetary: NumericColumn;
}

/** One label of a scheme, for the UI, the bot and the digest. */
export interface SegmentLabelInfo {
  id: string;
  name: Text;
  /** One line saying why a customer carries this label (portrait card). */
  why: Text;
}

/**
 * Columnar label output of a scheme. `codes[i] = 0` means no label (null);
 * `codes[i] = c ≥ 1` means `labels[c - 1]`.
 */
export interface LabelCodes<Id extends string = string> {
  codes: Uint8Array;
  labelIds: readonly Id[];
}

/** The label id of customer `i` in a columnar result, or null. Example: `labelIdAt(abc, 0)` → `'A'`. */
export function labelIdAt<Id extends string>(result: LabelCodes<Id>, i: number): Id | null {
  const code = result.codes[i];
  return code === 0 ? null : result.labelIds[code - 1];
}

/** True when customer `i` has at least one order (the population every scheme ranks). */
export function hasOrders(frequency: NumericColumn, i: number): boolean {
  return frequency[i] > 0;
}
