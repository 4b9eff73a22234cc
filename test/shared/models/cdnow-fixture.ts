import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { calibrationSummary } from '../../../shared/models';
import { dayNumber } from '../../../shared/time/calendar';

const dir = fileURLToPath(new URL('../../fixtures/cdnow/', import.meta.url));

/** CDNOW_sample.txt as order columns; customer index = sample id − 1 (README: column 2). */
export function cdnowOrders() {
  const lines = readFileSync(`${dir}CDNOW_sample.txt`, 'utf8').trim().split(/\r?\n/);
  const customerIndex = new Int32Array(lines.length);
  const day = new Int32Array(lines.length);
  const amount = new Float64Array(lines.length);
  lines.forEach((line, i) => {
    const [, sampleId, date, , dollars] = line.trim().split(/\s+/);
    customerIndex[i] = Number(sampleId) - 1;
    day[i] = dayNumber(`${date!.slice(0, 4)}-${date!.slice(4, 6)}-${date!.slice(6, 8)}`);
    amount[i] = Number(dollars);
  });
  return { customerIndex, day, amount };
}

/** Calibration summary of the CDNOW sample: weeks, calibration end 1997-09-30 (README). */
export function cdnowSummary() {
  return calibrationSummary(cdnowOrders(), { customerCount: 2357, calibrationEndDay: dayNumber('1997-09-30'), unit: 'week' });
}

/** Hardie's summary (cdnow_customers_summary_with_transactions.csv): ID,x,t_x,T,zbar. */
export function hardieSummary(): { id: number; x: number; tx: number; T: number; zbar: number }[] {
  const lines = readFileSync(`${dir}cdnow_customers_summary_with_transactions.csv`, 'utf8').trim().split(/\r?\n/);
  return lines.slice(1).map((line) => {
    const [id, x, tx, T, zbar] = line.split(',').map(Number);
    return { id: id!, x: x!, tx: tx!, T: T!, zbar: zbar! };
  });
}
