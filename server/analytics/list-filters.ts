import { sql, type SQL } from 'drizzle-orm';
import type { Client } from '@libsql/client';
import { customers } from '../db/schema';
import { DomainError } from '../errors';
import { SCHEME_COLUMNS, type Scheme } from './segment-counts';

/**
 * Segment filters of `GET /api/customers`: `segment=scheme:id` (e.g.
 * `clv_tier:whale`, `churn_level:high`) or a bare RFM segment id
 * (`segment=champions`), and `lifecycle=id`. They read the latest scores
 * through the primary key, so a page costs the same with or without them.
 */
export function segmentConditions(q: { segment?: string; lifecycle?: string }): SQL[] {
  const out: SQL[] = [];
  if (q.segment) {
    const [scheme, id] = q.segment.includes(':') ? q.segment.split(':', 2) : ['rfm_segment', q.segment];
    if (!(scheme in SCHEME_COLUMNS)) {
      throw new DomainError('validation', `unknown segment scheme ${scheme}; one of ${Object.keys(SCHEME_COLUMNS).join(', ')}`, { field: 'segment' });
    }
    const col = sql.raw(SCHEME_COLUMNS[scheme as Scheme]);
    out.push(sql`${customers.pk} IN (SELECT customer_pk FROM customer_scores WHERE ${col} = ${id})`);
  }
  if (q.lifecycle) out.push(sql`${customers.pk} IN (SELECT customer_pk FROM customer_scores WHERE lifecycle = ${q.lifecycle})`);
  return out;
}

/** The latest scores of a page of customers, for the list rows. */
export async function listScores(client: Client, customerIds: string[]) {
  if (!customerIds.length) return new Map<string, { rfm_segment: string | null; lifecycle: string; churn_level: string | null; clv_tier: string | null; monetary: number }>();
  const rs = await client.execute({
    sql: `SELECT c.customer_id, s.rfm_segment, s.lifecycle, s.churn_level, s.clv_tier, s.monetary FROM customer_scores s
          JOIN customers c ON c.pk = s.customer_pk WHERE c.customer_id IN (SELECT value FROM json_each(?))`,
    args: [JSON.stringify(customerIds)],
  });
  return new Map(rs.rows.map((r) => [String(r[0]), {
    rfm_segment: (r[1] as string | null) ?? null, lifecycle: String(r[2]), churn_level: (r[3] as string | null) ?? null,
    clv_tier: (r[4] as string | null) ?? null, monetary: Number(r[5]),
  }]));
}
