/**
 * Timing of the churn batch at 1M customers; prints figures, asserts nothing. Run:
 *   node --import tsx test/shared/churn/churn-batch-bench.ts [customers]
 */
import {
  apiChurnReasons, churnRiskBatch, churnRiskReader, populationGapDays, resolveChurnContext, rocAuc, topDecileLift, type ChurnColumns,
} from '../../../shared/churn';
import { createPrng } from '../../../shared/random/prng';

const n = Number(process.argv[2] ?? 1_000_000);
const prng = createPrng(42);
const u = () => prng.nextFloat();
const f64 = () => new Float64Array(n);
const cols = {
  recencyDays: new Int32Array(n), orders: new Int32Array(n), occasions: new Int32Array(n), firstDay: new Int32Array(n), lastDay: new Int32Array(n),
  aovRecent: f64(), aovPrior: f64(), daysSinceContact: f64(), pAlive: f64(), expected90d: f64(), clv12m: f64(), monetary: f64(),
} satisfies ChurnColumns;
const labels = new Uint8Array(n);
for (let i = 0; i < n; i++) {
  const occ = u() < 0.05 ? 0 : 1 + Math.floor(-Math.log(1 - u()) * 2);
  const span = occ > 1 ? 1 + prng.nextInt(700) : 0;
  cols.orders[i] = occ; cols.occasions[i] = occ;
  cols.recencyDays[i] = prng.nextInt(900); cols.firstDay[i] = 19000; cols.lastDay[i] = 19000 + span;
  cols.aovRecent[i] = occ ? 50 + 200 * u() : Number.NaN;
  cols.aovPrior[i] = occ >= 4 ? 50 + 200 * u() : Number.NaN;
  cols.daysSinceContact[i] = u() < 0.5 ? Number.NaN : prng.nextInt(200);
  cols.pAlive[i] = u(); cols.expected90d[i] = 2 * u(); cols.clv12m[i] = u() < 0.1 ? Number.NaN : 1000 * u();
  cols.monetary[i] = occ * 120;
  labels[i] = u() < cols.recencyDays[i] / 900 ? 1 : 0;
}

const time = <T>(label: string, fn: () => T): T => {
  const t0 = performance.now();
  const out = fn();
  console.log(`${label.padEnd(52)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms`);
  return out;
};

console.log(`${n.toLocaleString('en')} customers (Node ${process.version})`);
const ctx = resolveChurnContext({ modelInformative: true, populationGapDays: time('populationGapDays', () => populationGapDays(cols)) });
churnRiskBatch(cols, ctx); // warm-up
const batch = time('churnRiskBatch (score, level, value at risk)', () => churnRiskBatch(cols, ctx));
time('churnRiskBatch, model not informative', () => churnRiskBatch(cols, { ...ctx, modelInformative: false }));
let high = 0;
for (const l of batch.level) if (l === 3) high++;
const at = churnRiskReader(cols, ctx);
time('full results (reasons, no text) for every scored customer', () => {
  let count = 0;
  for (let i = 0; i < n; i++) if (batch.level[i] !== 0) count += at(i)!.reasons.length;
  return count;
});
time(`reasons as API JSON for the ${high.toLocaleString('en')} high-risk customers`, () => {
  let bytes = 0;
  for (let i = 0; i < n; i++) if (batch.level[i] === 3) bytes += JSON.stringify(apiChurnReasons(at(i)!.reasons)).length;
  return bytes;
});
time('rocAuc', () => rocAuc(batch.score, labels));
time('topDecileLift', () => topDecileLift(batch.score, labels));
