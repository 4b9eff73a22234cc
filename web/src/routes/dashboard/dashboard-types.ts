/**
 * Response of `GET /api/dashboard` (proposed; the server does not serve it yet).
 * One document for the manager dashboard besides `GET /api/segments`, over the
 * customers the caller may see. Field names are snake_case as on the wire.
 */
export interface DashboardSummary {
  /** The as-of date (YYYY-MM-DD) of the latest refresh, or null when none has run. */
  as_of: string | null;
  /**
   * Churn levels per ISO week from the weekly snapshots, oldest first (up to 12
   * weeks): how many scored customers were at each level that week.
   */
  churn_trend: { week: string; high: number; medium: number; low: number }[];
  /**
   * Per owner (sales user login; null = unassigned): customers at high churn
   * risk in the latest snapshot and their summed value at risk (expected
   * 12-month CLV × churn_score, deployment currency). Largest value first.
   */
  at_risk_by_owner: { owner: string | null; name: string | null; high: number; value_at_risk: number }[];
  /**
   * Per rep (sales and field users): customers owned or assigned, how many of
   * them have at least one interview, coverage = interviewed / customers (0–1,
   * null when customers = 0), completeness = mean portrait completeness of
   * those customers (0–1, SPEC §5; null when unknown).
   */
  reps: { login: string; name: string; customers: number; interviewed: number; coverage: number | null; completeness: number | null }[];
  /** Tags used in the last 30 days / active tags defined (SPEC §5); rate null when no tag is defined. */
  tag_usage: { rate: number | null; used: number; defined: number };
}
