/**
 * Timing of the purchase/value models on a synthetic 1M-customer weekly summary (BG/NBD
 * process r 0.5, α 8, a 0.7, b 3 over two years). Prints JSON seconds; asserts nothing.
 * Run: node --import tsx test/bench/models-bench.ts [customers]
 */
import { clvBatch, fitBgNbd, fitGammaGamma, compressSummary } from '../../shared/models';
import { simulateBgNbdSummary } from '../shared/models/simulate-bgnbd';

const customers = Number(process.argv[2] ?? 1_000_000);
const truth = { r: 0.5, alpha: 8, a: 0.7, b: 3 };
let t = performance.now();
const summary = simulateBgNbdSummary(truth, customers, 2026);
const simulate = (performance.now() - t) / 1000;
t = performance.now();
const distinctRows = compressSummary(summary).x.length;
const compress = (performance.now() - t) / 1000;
t = performance.now();
const bg = fitBgNbd(summary);
const bgFit = (performance.now() - t) / 1000;
t = performance.now();
const gg = fitGammaGamma(summary.x, summary.mbar);
const ggFit = (performance.now() - t) / 1000;
t = performance.now();
const clv = clvBatch(summary, bg.params, gg.params);
const clv12 = (performance.now() - t) / 1000;
let clvSum = 0;
for (const v of clv) clvSum += v;
const round = (v: number) => Math.round(v * 1000) / 1000;
console.log(
  JSON.stringify({
    customers,
    distinctRows,
    seconds: { simulate: round(simulate), compress: round(compress), bgnbdFit: round(bgFit), gammaGammaFit: round(ggFit), fitsTotal: round(bgFit + ggFit), clv12Months: round(clv12) },
    bgnbd: { ...bg.params, loglik: bg.loglik, warnings: bg.warnings },
    gammaGamma: { ...gg.params, n: gg.n, warnings: gg.warnings },
    meanClv: clvSum / customers,
  }),
);
