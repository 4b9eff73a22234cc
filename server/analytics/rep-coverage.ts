import type { Client } from '@libsql/client';

export interface RepCoverage { login: string; name: string; customers: number; interviewed: number; coverage: number | null; completeness: number | null }

/**
 * Per active sales or field rep: customers they own or are assigned, how many
 * of them were interviewed in the 90 days before `now` (coverage = share),
 * and their mean portrait completeness from the latest refresh. `onlyUserId`
 * limits it to one rep. The digest and the dashboard both read this.
 */
export async function repCoverage(client: Client, now: Date, onlyUserId?: number): Promise<RepCoverage[]> {
  const since = new Date(now.getTime() - 90 * 86_400_000).toISOString();
  const scope = onlyUserId === undefined ? '' : 'AND u.id = ?';
  const rs = await client.execute({
    sql: `SELECT u.login, u.name, count(c.pk),
            coalesce(sum(EXISTS (SELECT 1 FROM interviews i WHERE i.customer_pk = c.pk AND i.conducted_at >= ?)), 0),
            avg(s.completeness)
          FROM users u LEFT JOIN customers c ON (c.owner_id = u.id OR c.field_id = u.id) AND c.erased_at IS NULL
          LEFT JOIN customer_scores s ON s.customer_pk = c.pk
          WHERE u.role IN ('sales', 'field') AND u.active = 1 ${scope} GROUP BY u.id ORDER BY u.login`,
    args: onlyUserId === undefined ? [since] : [since, onlyUserId],
  });
  return rs.rows.map((r) => {
    const customers = Number(r[2]);
    const interviewed = Number(r[3]);
    return {
      login: String(r[0]), name: String(r[1]), customers, interviewed,
      coverage: customers ? interviewed / customers : null, completeness: r[4] === null ? null : Number(r[4]),
    };
  });
}
