import type { FeatureValue } from '../../shared/tags/index';

/**
 * Feature columns a caller already holds (the refresh: every score and
 * kept-current fact it just computed), index-aligned with `pk` (ascending).
 * Those fields are taken from here instead of being read back from the
 * database; customers missing from `pk` (created meanwhile) get unknown.
 */
export interface KnownColumns {
  pk: Int32Array;
  columns: Map<string, ArrayLike<FeatureValue>>;
}

/** A held column re-indexed to the loaded customers (both in ascending pk order: one merge walk). */
export function alignKnown(known: KnownColumns, key: string, pk: Int32Array): ArrayLike<FeatureValue> {
  const from = known.columns.get(key)!;
  const numeric = from instanceof Float64Array;
  const out: Float64Array | FeatureValue[] = numeric ? new Float64Array(pk.length).fill(NaN) : new Array<FeatureValue>(pk.length).fill(null);
  let j = 0;
  for (let i = 0; i < pk.length; i++) {
    while (j < known.pk.length && known.pk[j] < pk[i]) j++;
    if (j < known.pk.length && known.pk[j] === pk[i]) out[i] = from[j] as never;
  }
  return out;
}
