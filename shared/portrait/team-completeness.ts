/** Mean completeness per owner and for the whole team. */
export interface TeamCompleteness {
  /** Mean share per owner index; NaN for an owner without customers. */
  perOwner: Float64Array;
  /** Customers counted per owner index. */
  customersPerOwner: Int32Array;
  /** Mean over all counted customers (owned or not); NaN when there are none. */
  team: number;
  customers: number;
}

/**
 * Averages customers' completeness shares (0–1) per owner and over the team
 * (arithmetic mean, each customer weighs the same; the team mean is NOT the
 * mean of owner means). `ownerIndex[c]` is the owner's index in 0..ownerCount−1,
 * or −1 for an unowned customer (counted in the team only). NaN shares (e.g.
 * erased customers) are skipped everywhere. O(n).
 * Example: shares [0.5, 1, 0.2], owners [0, 0, 1] → perOwner [0.75, 0.2], team 1.7/3 = 0.5667.
 */
export function averageCompleteness(shares: Float64Array, ownerIndex: Int32Array, ownerCount: number): TeamCompleteness {
  if (shares.length !== ownerIndex.length) throw new RangeError('shares and ownerIndex differ in length');
  const sum = new Float64Array(ownerCount);
  const count = new Int32Array(ownerCount);
  let total = 0;
  let customers = 0;
  for (let c = 0; c < shares.length; c++) {
    const s = shares[c];
    if (Number.isNaN(s)) continue;
    total += s;
    customers++;
    const o = ownerIndex[c];
    if (o >= 0) {
      if (o >= ownerCount) throw new RangeError(`owner index ${o} ≥ ownerCount ${ownerCount}`);
      sum[o] += s;
      count[o]++;
    }
  }
  const perOwner = new Float64Array(ownerCount);
  for (let o = 0; o < ownerCount; o++) perOwner[o] = count[o] > 0 ? sum[o] / count[o] : NaN;
  return { perOwner, customersPerOwner: count, team: customers > 0 ? total / customers : NaN, customers };
}

/**
 * Turns per-customer owner logins into the columnar form `averageCompleteness`
 * takes: `owners` = distinct logins sorted by code unit (so output order is
 * stable), `index[c]` = position of customer c's owner, −1 when null/empty.
 * O(n + k log k) for k owners. Example: ['b', null, 'a', 'b'] → owners ['a','b'], index [1,−1,0,1].
 */
export function ownerIndexOf(ownerOfCustomer: readonly (string | null | undefined)[]): { owners: string[]; index: Int32Array } {
  const distinct = new Set<string>();
  for (const o of ownerOfCustomer) if (o) distinct.add(o);
  const owners = [...distinct].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const position = new Map(owners.map((o, i) => [o, i]));
  const index = new Int32Array(ownerOfCustomer.length);
  for (let c = 0; c < ownerOfCustomer.length; c++) {
    const o = ownerOfCustomer[c];
    index[c] = o ? (position.get(o) ?? -1) : -1;
  }
  return { owners, index };
}
