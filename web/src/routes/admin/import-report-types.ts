/**
 * `POST /api/import/:kind` report, as built by server/import/run-import.ts
 * (`ImportReport`). Returned with 200; when a rejected file comes back as a 4xx,
 * the report is expected in `error.details` or `error.details.report`.
 */
export interface ImportRowErrorView {
  line: number;
  column: string | null;
  code: string;
  message: { zh: string; en: string };
}

export interface ImportReportView {
  kind?: string;
  rows: number;
  good: number;
  bad: number;
  errors: ImportRowErrorView[];
  bad_by_code?: Record<string, number>;
  written: boolean;
  dry_run?: boolean;
  /** The whole file was refused (header, mapping, date format, malformed CSV); `errors` say why. */
  file_error?: boolean;
  /** Row errors counted but not listed. */
  errors_omitted?: number;
  customers_touched?: number;
  customers_created?: number;
  records?: number | null;
  seconds?: number;
}

/** The report inside a value (a 200 body or an error's details), if there is one. */
export function asImportReport(value: unknown): ImportReportView | null {
  const v = value as Record<string, unknown> | null;
  if (v && typeof v === 'object') {
    if (typeof v.rows === 'number' && Array.isArray(v.errors)) return v as unknown as ImportReportView;
    if (v.report) return asImportReport(v.report);
  }
  return null;
}
