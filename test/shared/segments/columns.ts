import type { RfmColumns } from '../../../shared/segments/types';

/** Builds columnar RFM input from readable rows: [id, recency_days, frequency, monetary]. */
export function rfmColumns(rows: readonly (readonly [string, number, number, number])[]): RfmColumns {
  return {
    ids: rows.map((r) => r[0]),
    recencyDays: Int32Array.from(rows, (r) => r[1]),
    frequency: Int32Array.from(rows, (r) => r[2]),
    monetary: Float64Array.from(rows, (r) => r[3]),
  };
}

/** The label id of every customer of a columnar result, null for code 0. */
export function labelsOf(result: { codes: Uint8Array; labelIds: readonly string[] }): (string | null)[] {
  return Array.from(result.codes, (code) => (code === 0 ? null : result.labelIds[code - 1]));
}
