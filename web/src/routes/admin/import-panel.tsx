import { useState } from 'preact/hooks';
import { ApiError, apiSend } from '../../api/client';
import { tx, useLang } from '../../i18n/i18n';
import { A, fill } from './admin-text';
import { csvRecords, decodeCsv, type CsvEncoding } from './csv-head';
import { CANONICAL_COLUMNS, guessMapping, IMPORT_KINDS, importUrl, missingColumns, type ColumnMap, type ImportKind } from './import-columns';
import { ImportReport } from './import-report';
import { asImportReport, type ImportReportView } from './import-report-types';

const PREVIEW_ROWS = 5;
const DATE_FORMATS = ['YYYY-MM-DD', 'YYYY-MM-DD HH:mm:ss', 'YYYYMMDD', 'YYYY/M/D', 'M/D/YYYY H:mm', 'DD/MM/YYYY'];

interface LoadedFile { name: string; text: string; encoding: CsvEncoding; records: { line: number; fields: string[] }[] }

/**
 * CSV import: the file is read in the browser, its header and first rows shown,
 * the standard columns mapped (guessed from the header, then editable), and the
 * decoded text posted to `POST /api/import/:kind` with the mapping and options.
 */
export function ImportPanel() {
  const lang = useLang();
  const [kind, setKind] = useState<ImportKind>('customers');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [map, setMap] = useState<ColumnMap>({});
  const [dateFormat, setDateFormat] = useState('');
  const [skipBad, setSkipBad] = useState(false);
  const [dryRun, setDryRun] = useState(true);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReportView | null>(null);
  const [error, setError] = useState<string | null>(null);

  const header = file?.records[0]?.fields ?? [];
  const missing = file ? missingColumns(kind, map) : [];

  const chooseKind = (k: ImportKind) => {
    setKind(k);
    setMap(guessMapping(k, header));
    setReport(null);
  };

  const chooseFile = async (input: HTMLInputElement) => {
    setReport(null);
    setError(null);
    const f = input.files?.[0];
    if (!f) return setFile(null);
    const { text, encoding } = decodeCsv(await f.arrayBuffer());
    const records = csvRecords(text, PREVIEW_ROWS + 1);
    if (!records.length) {
      setFile(null);
      return setError(tx(A.emptyFile, lang));
    }
    setFile({ name: f.name, text, encoding, records });
    setMap(guessMapping(kind, records[0].fields));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!file || missing.length) return;
    setBusy(true);
    setReport(null);
    setError(null);
    try {
      const body = await apiSend<unknown>('POST', importUrl(kind, map, { dateFormat, skipBad, dryRun }), file.text, { contentType: 'text/csv' });
      const r = asImportReport(body);
      if (r) setReport(r);
      else setError(tx(A.failed, lang));
    } catch (err) {
      const r = err instanceof ApiError ? asImportReport(err.details) : null;
      if (r) setReport(r);
      else setError(err instanceof ApiError && err.status === 404 ? tx(A.notServed, lang) : `${tx(A.failed, lang)}: ${(err as Error).message}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="adm-form" onSubmit={submit} aria-busy={busy}>
      <div class="adm-row">
        <label class="adm-field">
          <span>{tx(A.kind, lang)}</span>
          <select value={kind} onChange={(e) => chooseKind((e.currentTarget as HTMLSelectElement).value as ImportKind)}>
            {IMPORT_KINDS.map((k) => <option key={k} value={k}>{tx(A.kinds[k], lang)}</option>)}
          </select>
        </label>
        <label class="adm-field">
          <span>{tx(A.file, lang)}</span>
          <input type="file" accept=".csv,text/csv" onChange={(e) => void chooseFile(e.currentTarget as HTMLInputElement)} />
        </label>
      </div>

      {file && (
        <>
          <section class="adm-card" aria-labelledby="adm-preview">
            <h3 id="adm-preview">{fill(tx(A.preview, lang), { n: file.records.length - 1 })}</h3>
            <p class="adm-note">{file.name} · {tx(A.encoding, lang)} {file.encoding.toUpperCase()}</p>
            <div class="adm-scroll">
              <table class="adm-table">
                <thead>
                  <tr><th scope="col">{tx(A.line, lang)}</th>{header.map((h, i) => <th key={i} scope="col">{h}</th>)}</tr>
                </thead>
                <tbody>
                  {file.records.slice(1).map((r) => (
                    <tr key={r.line}><td class="num">{r.line}</td>{header.map((_, i) => <td key={i}>{r.fields[i] ?? ''}</td>)}</tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>

          <fieldset class="adm-card">
            <legend>{tx(A.mapping, lang)}</legend>
            <p class="adm-note">{tx(A.mappingHelp, lang)}</p>
            <div class="adm-grid">
              {CANONICAL_COLUMNS[kind].map((target) => (
                <label key={target} class="adm-field">
                  <span><code>{target}</code>{missingColumns(kind, {}).includes(target) && <> <small>({tx(A.required, lang)})</small></>}</span>
                  <select value={map[target] ?? ''} onChange={(e) => setMap({ ...map, [target]: (e.currentTarget as HTMLSelectElement).value })}>
                    <option value="">{tx(A.notImported, lang)}</option>
                    {header.map((h) => <option key={h} value={h}>{h}</option>)}
                  </select>
                </label>
              ))}
            </div>
            {kind === 'orders' && <p class="adm-note">{tx(A.amountRule, lang)}</p>}
            {missing.length > 0 && <p class="adm-bad" role="alert">{fill(tx(A.missing, lang), { cols: missing.join(', ') })}</p>}
          </fieldset>

          <div class="adm-card">
            <label class="adm-field">
              <span>{tx(A.dateFormat, lang)}</span>
              <input value={dateFormat} list="adm-date-formats" placeholder="ISO 8601" aria-describedby="adm-date-help"
                onInput={(e) => setDateFormat((e.currentTarget as HTMLInputElement).value)} />
            </label>
            <datalist id="adm-date-formats">{DATE_FORMATS.map((f) => <option key={f} value={f} />)}</datalist>
            <p id="adm-date-help" class="adm-note">{tx(A.dateFormatHelp, lang)}</p>
            <label class="adm-check">
              <input type="checkbox" checked={skipBad} onChange={(e) => setSkipBad((e.currentTarget as HTMLInputElement).checked)} />
              {tx(A.skipBad, lang)}
            </label>
            <label class="adm-check">
              <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun((e.currentTarget as HTMLInputElement).checked)} />
              {tx(A.dryRun, lang)}
            </label>
            <button type="submit" class="adm-button" disabled={busy || missing.length > 0}>
              {busy ? tx(A.importing, lang) : tx(dryRun ? A.submitCheck : A.submitImport, lang)}
            </button>
          </div>
        </>
      )}

      {error && <p class="adm-bad" role="alert">{error}</p>}
      {report && <ImportReport report={report} />}
    </form>
  );
}
