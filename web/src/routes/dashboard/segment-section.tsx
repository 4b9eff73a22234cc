import { useMemo, useState } from 'preact/hooks';
import type { SegmentCounts } from '../../../../shared/api/types';
import { tx, useLang } from '../../i18n/i18n';
import { T } from './dashboard-text';
import { formatCount, formatDelta, formatShare } from './format';
import { distributionChart, distributionRows, migrationRows } from './segment-figures';
import { UplotChart } from './uplot-chart';

const MIGRATIONS_SHOWN = 8;

/** Segment distribution of one scheme (picked by the user) and its week-over-week migrations. */
export function SegmentSection({ data }: { data: SegmentCounts }) {
  const lang = useLang();
  const [schemeId, setSchemeId] = useState(data.schemes[0]?.scheme ?? '');
  const [allMigrations, setAllMigrations] = useState(false);
  const scheme = data.schemes.find((s) => s.scheme === schemeId) ?? data.schemes[0];
  const chart = useMemo(() => (scheme ? distributionChart(scheme, lang) : null), [scheme, lang]);
  if (!scheme || !chart) return <p class="dash-empty">{tx(T.noRefresh, lang)}</p>;
  const { rows, total, previousTotal } = distributionRows(scheme, lang);
  const moves = migrationRows(data, scheme, lang);
  const shown = allMigrations ? moves : moves.slice(0, MIGRATIONS_SHOWN);

  return (
    <>
      <section class="dash-card" aria-labelledby="dash-dist">
        <div class="dash-card-head">
          <h2 id="dash-dist">{tx(T.distribution, lang)}</h2>
          <label class="dash-select">
            <span>{tx(T.scheme, lang)}</span>
            <select value={scheme.scheme} onChange={(e) => setSchemeId((e.currentTarget as HTMLSelectElement).value)}>
              {data.schemes.map((s) => <option key={s.scheme} value={s.scheme}>{tx(s.label, lang)}</option>)}
            </select>
          </label>
        </div>
        <UplotChart spec={chart} />
        <table class="dash-table">
          <caption class="sr-only">{tx(scheme.label, lang)}</caption>
          <thead>
            <tr>
              <th scope="col">{tx(T.segment, lang)}</th>
              <th scope="col" class="num">{tx(T.thisWeek, lang)}</th>
              <th scope="col" class="num">{tx(T.share, lang)}</th>
              {previousTotal !== null && <th scope="col" class="num">{tx(T.change, lang)}</th>}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-segment={r.id}>
                <th scope="row">{r.label}</th>
                <td class="num">{formatCount(r.count, lang)}</td>
                <td class="num">{formatShare(r.share, lang)}</td>
                {previousTotal !== null && (
                  <td class={`num ${r.delta && r.delta > 0 ? 'up' : r.delta && r.delta < 0 ? 'down' : ''}`}>
                    {r.delta === null ? '—' : formatDelta(r.delta, lang)}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{tx(T.total, lang)}</th>
              <td class="num">{formatCount(total, lang)}</td>
              <td class="num">{total ? formatShare(1, lang) : '—'}</td>
              {previousTotal !== null && <td class="num">{formatDelta(total - previousTotal, lang)}</td>}
            </tr>
          </tfoot>
        </table>
      </section>

      <section class="dash-card" aria-labelledby="dash-mig">
        <h2 id="dash-mig">{tx(T.migration, lang)}</h2>
        {data.previous_week === null ? (
          <p class="dash-empty">{tx(T.noPrevious, lang)}</p>
        ) : moves.length === 0 ? (
          <p class="dash-empty">{tx(T.noMigration, lang)}</p>
        ) : (
          <>
            <p class="dash-note">{data.previous_week} → {data.week}</p>
            <table class="dash-table">
              <thead>
                <tr>
                  <th scope="col">{tx(T.from, lang)}</th>
                  <th scope="col">{tx(T.to, lang)}</th>
                  <th scope="col" class="num">{tx(T.customers, lang)}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((m) => (
                  <tr key={`${m.from}>${m.to}`}>
                    <td>{m.from}</td>
                    <td><span aria-hidden="true">→ </span>{m.to}</td>
                    <td class="num">{formatCount(m.count, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {moves.length > shown.length && (
              <button type="button" class="dash-link" onClick={() => setAllMigrations(true)}>
                {tx(T.showAll, lang)} ({moves.length})
              </button>
            )}
          </>
        )}
      </section>
    </>
  );
}
