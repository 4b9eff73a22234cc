import { describe, expect, it } from 'vitest';
import { churnTrendChart } from '../../../web/src/routes/dashboard/churn-trend';
import { distributionChart, distributionRows, migrationRows } from '../../../web/src/routes/dashboard/segment-figures';
import { dashboardSummary, segmentCounts } from './dashboard-fixtures';

const clv = segmentCounts.schemes[0];

describe('segment figures', () => {
  it('computes share of this week and the change against last week', () => {
    const { rows, total, previousTotal } = distributionRows(clv, 'en');
    expect(total).toBe(1000);
    expect(previousTotal).toBe(990);
    expect(rows.map((r) => [r.id, r.delta, r.share])).toEqual([['whale', 12, 0.05], ['dolphin', -12, 0.25], ['small_fish', 10, 0.7]]);
  });

  it('draws last week beside this week only when last week exists', () => {
    const chart = distributionChart(clv, 'zh');
    expect(chart.kind).toBe('bars');
    expect(chart.categories).toEqual(['鲸鱼客户', '海豚客户', '小鱼客户']);
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([['上周', [38, 262, 690]], ['本周', [50, 250, 700]]]);
    const first = { ...clv, counts: clv.counts.map((c) => ({ ...c, previous: null })) };
    expect(distributionChart(first, 'zh').series.map((s) => s.label)).toEqual(['本周']);
  });

  it('labels migrations and names a missing side', () => {
    const data = { ...segmentCounts, migrations: [...segmentCounts.migrations, { scheme: 'clv_tier', from: null as unknown as string, to: 'small_fish', count: 40 }] };
    expect(migrationRows(data, clv, 'en').slice(0, 2)).toEqual([
      { from: '(new)', to: 'Small fish', count: 40 },
      { from: 'Dolphins', to: 'Whales', count: 12 },
    ]);
  });

  it('plots the churn levels week by week', () => {
    const chart = churnTrendChart(dashboardSummary.churn_trend, 'en');
    expect(chart.categories).toEqual(['2024-W21', '2024-W22', '2024-W23']);
    expect(chart.series.map((s) => [s.label, s.values])).toEqual([['High', [61, 66, 74]], ['Medium', [140, 151, 149]], ['Low', [719, 713, 717]]]);
  });
});
