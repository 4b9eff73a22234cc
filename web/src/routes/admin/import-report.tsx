import { tx, useLang } from '../../i18n/i18n';
import { A, fill } from './admin-text';
import type { ImportReportView } from './import-report-types';

const ERRORS_SHOWN = 200;

/** The import report: totals, whether anything was written, and bad lines in a table. */
export function ImportReport({ report }: { report: ImportReportView }) {
  const lang = useLang();
  const outcome = report.file_error ? A.fileRejected : report.written ? A.written : report.dry_run ? A.dryRunDone : A.rejected;
  const shown = report.errors.slice(0, ERRORS_SHOWN);
  const figures: [{ zh: string; en: string }, number | null | undefined][] = report.file_error ? [] : [
    [A.rows, report.rows], [A.good, report.good], [A.bad, report.bad], [A.records, report.records],
    [A.touched, report.customers_touched], [A.created, report.customers_created], [A.seconds, report.seconds],
  ];
  const unlisted = (report.errors.length - shown.length) + (report.errors_omitted ?? 0);
  return (
    <section class="adm-card" aria-labelledby="adm-report">
      <h3 id="adm-report">{tx(A.report, lang)}</h3>
      <p role="status" class={report.written ? 'adm-ok' : report.bad ? 'adm-bad' : ''}>{tx(outcome, lang)}</p>
      <dl class="adm-figures">
        {figures.filter(([, v]) => v !== undefined && v !== null).map(([label, v]) => (
          <div key={label.en}><dt>{tx(label, lang)}</dt><dd>{v}</dd></div>
        ))}
      </dl>
      {shown.length > 0 && (
        <>
          <h4>{tx(A.lineErrors, lang)}</h4>
          {unlisted > 0 && (
            <p class="adm-note">{fill(tx(A.moreErrors, lang), { shown: shown.length, total: shown.length + unlisted })}</p>
          )}
          <div class="adm-scroll">
            <table class="adm-table" aria-label={tx(A.lineErrors, lang)}>
              <thead>
                <tr>
                  <th scope="col">{tx(A.line, lang)}</th>
                  <th scope="col">{tx(A.column, lang)}</th>
                  <th scope="col">{tx(A.code, lang)}</th>
                  <th scope="col">{tx(A.reason, lang)}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((e, i) => (
                  <tr key={`${e.line}:${e.column}:${i}`}>
                    <td class="num">{e.line}</td>
                    <td>{e.column ?? '—'}</td>
                    <td><code>{e.code}</code></td>
                    <td>{tx(e.message, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
