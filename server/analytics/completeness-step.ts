import type { Client } from '@libsql/client';
import { readRows } from '../db/bulk-read';
import { knownPortraitItems, PORTRAIT_ITEMS } from '../../shared/portrait';
import type { CustomerFacts } from './customer-facts';

const CHUNK = 20_000;

/**
 * Portrait completeness (SPEC §5) of every customer: the share of the seed's
 * portrait items known from the profile, attributes, order aggregates and
 * the customer's latest interview. Reads customers in primary-key chunks;
 * one reusable flag buffer, no object kept per customer.
 */
export async function completenessColumn(client: Client, f: CustomerFacts): Promise<Float64Array> {
  const out = new Float64Array(f.n);
  const index = new Map<number, number>();
  for (let i = 0; i < f.n; i++) index.set(f.pk[i], i);
  const flags = new Uint8Array(PORTRAIT_ITEMS.length);
  let lastPk = 0;
  for (;;) {
    const rows = await readRows(client, ['c.pk', 'c.gender', 'c.birth_year', 'c.region', 'c.city', 'c.source', 'c.platform', "json(coalesce(c.attributes, '{}'))",
      '(SELECT json(answers) FROM interviews i WHERE i.customer_pk = c.pk ORDER BY conducted_at DESC, created_at DESC LIMIT 1)'],
    `(SELECT * FROM customers WHERE pk > ? ORDER BY pk LIMIT ${CHUNK}) c`, [lastPk]);
    if (!rows.length) break;
    for (const row of rows) {
      const pk = Number(row[0]);
      if (pk > lastPk) lastPk = pk;
      const i = index.get(pk);
      if (i === undefined) continue;
      const attributes = (row[7] ?? {}) as Record<string, unknown>;
      const profile = { gender: row[1], birth_year: row[2], region: row[3], city: row[4], source: row[5], platform: row[6], attributes };
      const answers = (row[8] ?? null) as Record<string, Record<string, unknown>> | null;
      knownPortraitItems({ profile, aggregates: { frequency: f.frequency[i] }, answers }, PORTRAIT_ITEMS, flags);
      let known = 0;
      for (let k = 0; k < flags.length; k++) known += flags[k];
      out[i] = known / flags.length;
    }
  }
  return out;
}
