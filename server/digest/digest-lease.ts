import type { Client } from '@libsql/client';

/**
 * Claims the digest of an ISO week for one process. A conditional upsert:
 * the first claim inserts the row; a later claim only takes it over when the
 * digest is not sent yet and the previous claimant's lease has expired (it
 * died mid-send). SQLite serialises writers, so of several replicas exactly
 * one sees `rowsAffected = 1`.
 */
export async function claimDigestWeek(client: Client, week: string, claimant: string, now: Date, leaseMs = 10 * 60_000): Promise<boolean> {
  const at = now.toISOString();
  const until = new Date(now.getTime() + leaseMs).toISOString();
  const rs = await client.execute({
    sql: `INSERT INTO digest_runs (week, claimed_by, claimed_at, lease_until) VALUES (?, ?, ?, ?)
          ON CONFLICT(week) DO UPDATE SET claimed_by = excluded.claimed_by, claimed_at = excluded.claimed_at, lease_until = excluded.lease_until
          WHERE digest_runs.sent_at IS NULL AND digest_runs.lease_until < excluded.claimed_at`,
    args: [week, claimant, at, until],
  });
  return rs.rowsAffected === 1;
}

export async function markDigestSent(client: Client, week: string, claimant: string, now: Date, report: unknown) {
  await client.execute({
    sql: 'UPDATE digest_runs SET sent_at = ?, report = ? WHERE week = ? AND claimed_by = ?',
    args: [now.toISOString(), JSON.stringify(report), week, claimant],
  });
}
