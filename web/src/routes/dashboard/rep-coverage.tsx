import { tx, useLang } from '../../i18n/i18n';
import { T } from './dashboard-text';
import type { DashboardSummary } from './dashboard-types';
import { formatCount, formatShare } from './format';

/**
 * Interview coverage and portrait completeness per rep, lowest coverage first
 * (who needs a nudge; reps without customers last). Meters mark 60 % and 80 %, the seed's industry range.
 */
export function RepCoverage({ reps }: { reps: DashboardSummary['reps'] }) {
  const lang = useLang();
  const rows = [...reps].sort((a, b) => (a.coverage ?? 2) - (b.coverage ?? 2) || a.login.localeCompare(b.login));
  return (
    <section class="dash-card" aria-labelledby="dash-reps">
      <h2 id="dash-reps">{tx(T.reps, lang)}</h2>
      {rows.length === 0 ? (
        <p class="dash-empty">{tx(T.notServed, lang)}</p>
      ) : (
        <>
          <table class="dash-table">
            <thead>
              <tr>
                <th scope="col">{tx(T.rep, lang)}</th>
                <th scope="col" class="num">{tx(T.interviewed, lang)}</th>
                <th scope="col">{tx(T.coverage, lang)}</th>
                <th scope="col">{tx(T.completeness, lang)}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.login} data-rep={r.login}>
                  <th scope="row">{r.name || r.login}</th>
                  <td class="num">{formatCount(r.interviewed, lang)} / {formatCount(r.customers, lang)}</td>
                  <td><Gauge value={r.coverage} label={`${r.name || r.login} ${tx(T.coverage, lang)}`} /></td>
                  <td><Gauge value={r.completeness} label={`${r.name || r.login} ${tx(T.completeness, lang)}`} /></td>
                </tr>
              ))}
            </tbody>
          </table>
          <p class="dash-note">{tx(T.benchmark, lang)}</p>
        </>
      )}
    </section>
  );
}

function Gauge({ value, label }: { value: number | null; label: string }) {
  const lang = useLang();
  if (value === null) return <span aria-label={label}>—</span>;
  return (
    <span class="dash-gauge">
      <meter min={0} max={1} low={0.6} high={0.8} optimum={1} value={value} aria-label={label} />
      <span>{formatShare(value, lang)}</span>
    </span>
  );
}
