import type { Client } from '@libsql/client';
import { readRows } from '../db/bulk-read';
import { knownItemsKey, knownPortraitItems, PORTRAIT_ITEMS } from '../../shared/portrait';
import type { CustomerFacts } from './customer-facts';

const CHUNK = 20_000;
const PROFILE_COLUMNS = ['gender', 'birth_year', 'region', 'city', 'source', 'platform'] as const;

/**
 * Portrait completeness (SPEC §5) of every customer: the share of the seed's
 * portrait items known from the profile, attributes, order aggregates and
 * the customer's latest interview. Reads customers in primary-key chunks.
 *
 * Customers without an interview who share a {@link knownItemsKey} (the
 * same empty and filled fields, the same frequency thresholds reached) have
 * the same result, so the item checks run once per key, not once per
 * customer (1M customers, a few thousand keys). Customers with an interview
 * are checked one by one.
 */
export async function completenessColumn(client: Client, f: CustomerFacts): Promise<Float64Array> {
  const out = new Float64Array(f.n);
  const flags = new Uint8Array(PORTRAIT_ITEMS.length);
  const share = (facts: Parameters<typeof knownPortraitItems>[0]) => {
    knownPortraitItems(facts, PORTRAIT_ITEMS, flags);
    let known = 0;
    for (let k = 0; k < flags.length; k++) known += flags[k];
    return known / flags.length;
  };
  const byPattern = new Map<string, number>();
  let i = 0; // facts and rows are both in ascending pk order
  let lastPk = 0;
  for (;;) {
    const rows = await readRows(client, ['c.pk', ...PROFILE_COLUMNS.map((col) => `c.${col}`), 'c.attributes',
      // Starts with json( so readRows embeds it as a JSON value (an object), not as text.
      'json((SELECT answers FROM interviews i WHERE i.customer_pk = c.pk ORDER BY conducted_at DESC, created_at DESC LIMIT 1))'],
    `(SELECT * FROM customers WHERE pk > ? ORDER BY pk LIMIT ${CHUNK}) c`, [lastPk]);
    if (!rows.length) break;
    for (const row of rows) {
      const pk = Number(row[0]);
      if (pk > lastPk) lastPk = pk;
      while (i < f.n && f.pk[i] < pk) i++;
      if (i >= f.n || f.pk[i] !== pk) continue;
      const profile: Record<string, unknown> = { attributes: row[7] === null || row[7] === undefined ? null : JSON.parse(String(row[7])) };
      PROFILE_COLUMNS.forEach((col, k) => { profile[col] = row[1 + k]; });
      const answers = (row[8] ?? null) as Record<string, Record<string, unknown>> | null;
      const facts = { profile, aggregates: { frequency: f.frequency[i] }, answers };
      if (answers) {
        out[i] = share(facts);
        continue;
      }
      const key = knownItemsKey(facts);
      let value = byPattern.get(key);
      if (value === undefined) byPattern.set(key, (value = share(facts)));
      out[i] = value;
    }
  }
  return out;
}
