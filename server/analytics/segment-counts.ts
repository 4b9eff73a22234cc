import type { Client } from '@libsql/client';
import { SEGMENT_TAG_FIELDS, type SegmentTagField } from '../../shared/tags/index';
import type { User } from '../services/users';
import { visibleSql } from '../services/customer-access';

/** Segment schemes with a column in customer_scores and segment_snapshots (the column is named as the scheme). */
export const SCHEME_COLUMNS = Object.fromEntries(SEGMENT_TAG_FIELDS.map((f) => [f, f])) as { readonly [K in SegmentTagField]: K };
export type Scheme = SegmentTagField;

/** The two latest snapshot weeks (the current one and the one before it). */
export async function latestWeeks(client: Client): Promise<{ week: string | null; previous: string | null; asOf: string | null }> {
  // max() over the (week, customer_pk) index: O(log n), where GROUP BY week would scan every snapshot row.
  const top = await client.execute('SELECT max(week) FROM segment_snapshots');
  const week = (top.rows[0]?.[0] as string | null | undefined) ?? null;
  if (!week) return { week: null, previous: null, asOf: null };
  const prev = await client.execute({ sql: 'SELECT max(week) FROM segment_snapshots WHERE week < ?', args: [week] });
  const run = await client.execute({ sql: 'SELECT as_of FROM refresh_runs WHERE week = ? ORDER BY id DESC LIMIT 1', args: [week] });
  const asOf = run.rows.length
    ? String(run.rows[0][0])
    : ((await client.execute({ sql: 'SELECT as_of FROM segment_snapshots WHERE week = ? LIMIT 1', args: [week] })).rows[0]?.[0] as string | undefined) ?? null;
  return { week, previous: (prev.rows[0]?.[0] as string | null | undefined) ?? null, asOf };
}

/** Counts per label for one scheme in one snapshot week, over the customers the user may see. */
export async function countsByLabel(client: Client, user: User, scheme: Scheme, week: string) {
  const col = SCHEME_COLUMNS[scheme];
  const v = visibleSql(user);
  const rs = await client.execute({
    sql: `SELECT s.${col}, count(*) FROM segment_snapshots s JOIN customers c ON c.pk = s.customer_pk
          WHERE s.week = ? AND s.${col} IS NOT NULL AND ${v.where} GROUP BY s.${col}`,
    args: [week, ...v.args],
  });
  return new Map(rs.rows.map((r) => [String(r[0]), Number(r[1])]));
}

/**
 * Week-over-week migrations of one scheme: how many customers moved from
 * label A last week to label B this week (A ≠ B), largest first.
 */
export async function migrations(client: Client, user: User, scheme: Scheme, week: string, previous: string) {
  const col = SCHEME_COLUMNS[scheme];
  const v = visibleSql(user);
  const rs = await client.execute({
    sql: `SELECT p.${col}, s.${col}, count(*) n FROM segment_snapshots s
          JOIN segment_snapshots p ON p.customer_pk = s.customer_pk AND p.week = ?
          JOIN customers c ON c.pk = s.customer_pk
          WHERE s.week = ? AND coalesce(p.${col}, '') <> coalesce(s.${col}, '') AND ${v.where}
          GROUP BY 1, 2 ORDER BY n DESC LIMIT 50`,
    args: [previous, week, ...v.args],
  });
  return rs.rows.map((r) => ({ scheme, from: r[0] === null ? null : String(r[0]), to: r[1] === null ? null : String(r[1]), count: Number(r[2]) }));
}
