import { tx, useLang } from '../../i18n/i18n';
import { T } from './dashboard-text';
import type { DashboardSummary } from './dashboard-types';
import { formatCount } from './format';

/** High-risk customers and their value at risk per owner, largest value first. */
export function AtRiskByOwner({ owners }: { owners: DashboardSummary['at_risk_by_owner'] }) {
  const lang = useLang();
  const rows = [...owners].sort((a, b) => b.value_at_risk - a.value_at_risk || b.high - a.high);
  return (
    <section class="dash-card" aria-labelledby="dash-owners">
      <h2 id="dash-owners">{tx(T.atRisk, lang)}</h2>
      {rows.length === 0 ? (
        <p class="dash-empty">{tx(T.notServed, lang)}</p>
      ) : (
        <table class="dash-table">
          <thead>
            <tr>
              <th scope="col">{tx(T.owner, lang)}</th>
              <th scope="col" class="num">{tx(T.highCount, lang)}</th>
              <th scope="col" class="num">{tx(T.valueAtRisk, lang)}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((o) => (
              <tr key={o.owner ?? ''}>
                <th scope="row">{o.owner === null ? tx(T.unassigned, lang) : o.name ?? o.owner}</th>
                <td class="num">{formatCount(o.high, lang)}</td>
                <td class="num">{formatCount(o.value_at_risk, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
