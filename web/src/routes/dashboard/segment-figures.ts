import type { SegmentCounts } from '../../../../shared/api/types';
import { tx, type Lang } from '../../i18n/i18n';
import { PALETTE, type ChartSpec } from './chart-spec';
import { T } from './dashboard-text';

type Scheme = SegmentCounts['schemes'][number];

export interface DistributionRow {
  id: string;
  label: string;
  count: number;
  previous: number | null;
  /** count − previous; null when there is no previous week. */
  delta: number | null;
  /** count / total of this week (0–1; 0 when the total is 0). */
  share: number;
}

/** One row per label of a scheme in the server's order, with the week-over-week change and share. */
export function distributionRows(scheme: Scheme, lang: Lang): { rows: DistributionRow[]; total: number; previousTotal: number | null } {
  const total = scheme.counts.reduce((s, c) => s + c.count, 0);
  const hasPrevious = scheme.counts.some((c) => c.previous !== null);
  const previousTotal = hasPrevious ? scheme.counts.reduce((s, c) => s + (c.previous ?? 0), 0) : null;
  const rows = scheme.counts.map((c) => ({
    id: c.id,
    label: tx(c.label, lang),
    count: c.count,
    previous: c.previous,
    delta: c.previous === null ? null : c.count - c.previous,
    share: total ? c.count / total : 0,
  }));
  return { rows, total, previousTotal };
}

export function distributionChart(scheme: Scheme, lang: Lang): ChartSpec {
  const { rows } = distributionRows(scheme, lang);
  const series = [{ label: tx(T.thisWeek, lang), values: rows.map((r) => r.count), color: PALETTE.primary }];
  if (rows.some((r) => r.previous !== null)) {
    series.unshift({ label: tx(T.lastWeek, lang), values: rows.map((r) => r.previous ?? 0), color: PALETTE.muted });
  }
  return { kind: 'bars', categories: rows.map((r) => r.label), series, height: 220 };
}

export interface MigrationRow { from: string; to: string; count: number }

/**
 * The scheme's migrations with labels instead of ids, largest first (ties keep
 * the server's order; Array.prototype.sort is stable). A null side is a customer without a label that week
 * (new, or not scored).
 */
export function migrationRows(data: SegmentCounts, scheme: Scheme, lang: Lang): MigrationRow[] {
  const labels = new Map(scheme.counts.map((c) => [c.id, tx(c.label, lang)]));
  const name = (id: string | null, fallback: string) => (id === null ? fallback : labels.get(id) ?? id);
  return data.migrations
    .filter((m) => m.scheme === scheme.scheme)
    .map((m) => ({
      from: name(m.from as string | null, tx(T.newCustomer, lang)),
      to: name(m.to as string | null, tx(T.unlabelled, lang)),
      count: m.count,
    }))
    .sort((a, b) => b.count - a.count);
}
