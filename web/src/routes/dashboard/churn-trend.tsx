import { useMemo } from 'preact/hooks';
import { tx, useLang, type Lang } from '../../i18n/i18n';
import { PALETTE, type ChartSpec } from './chart-spec';
import { T } from './dashboard-text';
import type { DashboardSummary } from './dashboard-types';
import { formatCount } from './format';
import { UplotChart } from './uplot-chart';

/** Customers at each churn level per week, oldest week first. */
export function churnTrendChart(trend: DashboardSummary['churn_trend'], lang: Lang): ChartSpec {
  return {
    kind: 'lines',
    categories: trend.map((w) => w.week),
    series: [
      { label: tx(T.high, lang), values: trend.map((w) => w.high), color: PALETTE.high },
      { label: tx(T.medium, lang), values: trend.map((w) => w.medium), color: PALETTE.medium },
      { label: tx(T.low, lang), values: trend.map((w) => w.low), color: PALETTE.low },
    ],
    height: 200,
  };
}

export function ChurnTrend({ trend }: { trend: DashboardSummary['churn_trend'] }) {
  const lang = useLang();
  const chart = useMemo(() => churnTrendChart(trend, lang), [trend, lang]);
  return (
    <section class="dash-card" aria-labelledby="dash-churn">
      <h2 id="dash-churn">{tx(T.churnTrend, lang)}</h2>
      {trend.length === 0 ? (
        <p class="dash-empty">{tx(T.noRefresh, lang)}</p>
      ) : (
        <>
          <UplotChart spec={chart} />
          <details>
            <summary>{tx(T.showData, lang)}</summary>
            <table class="dash-table">
              <thead>
                <tr>
                  <th scope="col">{tx(T.week, lang)}</th>
                  <th scope="col" class="num">{tx(T.high, lang)}</th>
                  <th scope="col" class="num">{tx(T.medium, lang)}</th>
                  <th scope="col" class="num">{tx(T.low, lang)}</th>
                </tr>
              </thead>
              <tbody>
                {trend.map((w) => (
                  <tr key={w.week}>
                    <th scope="row">{w.week}</th>
                    <td class="num">{formatCount(w.high, lang)}</td>
                    <td class="num">{formatCount(w.medium, lang)}</td>
                    <td class="num">{formatCount(w.low, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
