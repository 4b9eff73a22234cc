/**
 * Backtest figures of the churn score on the real data sets (SPEC §3.4, seed 004's
 * "model check"); prints, asserts nothing. Run:
 *   node --import tsx test/shared/churn/churn-backtest-figures.ts
 * Label = "made no purchase in the holdout". Compared: plain recency, the model alone,
 * the churn score with the model, and the churn score with the model flagged degenerate.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import {
  churnRiskBatch, orderValueMeans, populationGapDays, recencyBaselineScores, rocAuc, topDecileLift, type ChurnColumns,
} from '../../../shared/churn';
import { bgnbdConditionalExpectedBatch, bgnbdPAliveBatch, fitBgNbd } from '../../../shared/models';
import { dayNumber } from '../../../shared/time/calendar';

type Tx = { customer: string; day: number; amount: number };
const DATA = '/work/shared/data';

function cdnow(): Tx[] {
  return readFileSync(`${DATA}/cdnow/CDNOW_master.txt`, 'utf8').trim().split('\n').slice(1).map((line) => {
    const [id, date, , value] = line.trim().split(/\s+/);
    return { customer: id, day: dayNumber(`${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`), amount: Number(value) };
  });
}

function onlineRetail(): Tx[] {
  const rows: string[][] = parse(gunzipSync(readFileSync(`${DATA}/online-retail/online_retail_2010_2011.csv.gz`)), { from_line: 2 });
  const out: Tx[] = [];
  for (const r of rows) {
    const [invoice, , , qty, date, price, customer] = r;
    if (invoice.startsWith('C') || customer === '' || !(Number(qty) > 0) || !(Number(price) > 0)) continue;
    out.push({ customer, day: dayNumber(date.slice(0, 10)), amount: Number(qty) * Number(price) });
  }
  return out;
}

function backtest(name: string, txs: Tx[], calibrationEnd: string, holdoutEnd: string) {
  const cal = dayNumber(calibrationEnd);
  const end = dayNumber(holdoutEnd);
  // occasions: one per (customer, day), amounts added (SPEC §3.3)
  const byCustomer = new Map<string, Map<number, number>>();
  const holdoutBuyers = new Set<string>();
  for (const t of txs) {
    if (t.day > cal) {
      if (t.day <= end) holdoutBuyers.add(t.customer);
      continue;
    }
    let days = byCustomer.get(t.customer);
    if (!days) byCustomer.set(t.customer, (days = new Map()));
    days.set(t.day, (days.get(t.day) ?? 0) + t.amount);
  }
  const ids = [...byCustomer.keys()];
  const n = ids.length;
  const col = (): Float64Array => new Float64Array(n);
  const c = { recencyDays: col(), orders: col(), occasions: col(), firstDay: col(), lastDay: col(), aovRecent: col(), aovPrior: col(),
    daysSinceContact: col().fill(Number.NaN), pAlive: col(), expected90d: col(), monetary: col() } satisfies ChurnColumns;
  const labels = new Uint8Array(n);
  const x = col(), tx = col(), T = col();
  ids.forEach((id, i) => {
    const days = [...byCustomer.get(id)!.entries()].sort((a, b) => a[0] - b[0]);
    const first = days[0][0], last = days[days.length - 1][0];
    c.recencyDays[i] = cal - last; c.orders[i] = days.length; c.occasions[i] = days.length;
    c.firstDay[i] = first; c.lastDay[i] = last;
    const m = orderValueMeans(days.map((d) => d[1]).reverse());
    c.aovRecent[i] = m.recent; c.aovPrior[i] = m.prior;
    c.monetary[i] = days.reduce((a, d) => a + d[1], 0);
    x[i] = days.length - 1; tx[i] = (last - first) / 7; T[i] = (cal + 1 - first) / 7;
    labels[i] = holdoutBuyers.has(id) ? 0 : 1;
  });
  const fit = fitBgNbd({ x, tx, T });
  c.pAlive = bgnbdPAliveBatch(fit.params, { x, tx, T });
  c.expected90d = bgnbdConditionalExpectedBatch(fit.params, 90 / 7, { x, tx, T });
  const pop = populationGapDays(c);
  const t0 = performance.now();
  const withModel = churnRiskBatch(c, { modelInformative: true, populationGapDays: pop });
  const ms = performance.now() - t0;
  const noModel = churnRiskBatch(c, { modelInformative: false, populationGapDays: pop });
  const modelOnly = Float64Array.from(c.pAlive, (p, i) => 1 - p * (1 - Math.exp(-c.expected90d[i] / p)));
  const rows: [string, Float64Array][] = [
    ['recency baseline', recencyBaselineScores(c.recencyDays)],
    ['model only: P(no purchase 90 d)', modelOnly],
    ['churn score, model informative', withModel.score],
    ['churn score, model ignored', noModel.score],
  ];
  const positives = labels.reduce((a, b) => a + b, 0);
  console.log(`\n${name}: ${n} customers, calibration end ${calibrationEnd}, holdout to ${holdoutEnd}; ${positives} (${(100 * positives / n).toFixed(1)} %) made no holdout purchase`);
  console.log(`  BG/NBD r ${fit.params.r.toFixed(3)} α ${fit.params.alpha.toFixed(3)} a ${fit.params.a.toFixed(3)} b ${fit.params.b.toFixed(3)}; warnings: ${fit.warningCodes.join(', ') || 'none'}; population gap ${pop.toFixed(1)} days`);
  for (const [label, scores] of rows) {
    console.log(`  ${label.padEnd(34)} AUC ${rocAuc(scores, labels)!.toFixed(4)}  top-decile lift ${topDecileLift(scores, labels)!.toFixed(3)}`);
  }
  const levels = [0, 0, 0, 0];
  for (const l of withModel.level) levels[l]++;
  console.log(`  levels (model informative): high ${levels[3]}, medium ${levels[2]}, low ${levels[1]}; batch ${ms.toFixed(1)} ms`);
}

backtest('CDNOW master', cdnow(), '1997-09-30', '1998-06-30');
backtest('Online Retail', onlineRetail(), '2011-06-30', '2011-12-09');
