import type { NumericColumn } from '../segments/types';

/**
 * Scores split by label and sorted ascending; entries whose score is NaN (e.g.
 * prospects, who are not scored) are left out of every metric.
 */
function splitSorted(scores: Float64Array, labels: Uint8Array): { pos: Float64Array; neg: Float64Array } {
  if (scores.length !== labels.length) throw new RangeError(`scores and labels differ in length: ${scores.length} vs ${labels.length}`);
  let nPos = 0;
  let nNeg = 0;
  for (let i = 0; i < scores.length; i++) {
    if (scores[i] !== scores[i]) continue;
    if (labels[i] !== 0) nPos++;
    else nNeg++;
  }
  const pos = new Float64Array(nPos);
  const neg = new Float64Array(nNeg);
  nPos = 0;
  nNeg = 0;
  for (let i = 0; i < scores.length; i++) {
    const s = scores[i];
    if (s !== s) continue;
    if (labels[i] !== 0) pos[nPos++] = s;
    else neg[nNeg++] = s;
  }
  // Typed-array sort is numeric; +0 and −0 compare equal in the walks below.
  return { pos: pos.sort(), neg: neg.sort() };
}

/**
 * ROC AUC of `scores` for `labels` (1 = positive, e.g. "made no purchase in the
 * holdout"; any non-zero counts as 1): the Mann–Whitney statistic
 * AUC = (R₊ − n₊(n₊ + 1)/2) ÷ (n₊·n₋), where R₊ is the sum of the positives' ranks in
 * the ascending order of all scores and tied scores get the average of their ranks.
 * Computed equivalently as the share of (positive, negative) pairs where the positive
 * scores higher, ties counting ½ — by sorting each class and merging, O(n log n).
 * NaN scores are left out. Null when either class is empty.
 * Example: scores [0.9, 0.8, 0.8, 0.3], labels [1, 0, 1, 0] → (2 + 1.5)/4 = 0.875.
 */
export function rocAuc(scores: Float64Array, labels: Uint8Array): number | null {
  const { pos, neg } = splitSorted(scores, labels);
  if (pos.length === 0 || neg.length === 0) return null;
  let below = 0; // negatives with score < current positive score
  let pairs = 0;
  for (let i = 0; i < pos.length; ) {
    const s = pos[i];
    let j = i;
    while (j < pos.length && pos[j] === s) j++;
    while (below < neg.length && neg[below] < s) below++;
    let tied = 0;
    while (below + tied < neg.length && neg[below + tied] === s) tied++;
    pairs += (j - i) * (below + tied / 2);
    i = j;
  }
  return pairs / (pos.length * neg.length);
}

/**
 * Top-decile lift: the positive rate among the top `fraction` (10 %) of customers by
 * score ÷ the overall positive rate. The top holds exactly k = fraction × n customers
 * (n = scored customers; k need not be whole). Walking score groups from the highest,
 * whole groups are taken while they fit; of the group that straddles the cut-off a
 * share (k − taken) ÷ size is taken, with its positives in proportion — the expected
 * lift under a random order of ties, so the answer never depends on input order.
 * Null when there are no scored customers or no positives.
 * Example: 10 customers, top score 0.9 (positive) alone → k = 1, rate 1 ÷ (4/10) = 2.5 with 4 positives.
 */
export function topDecileLift(scores: Float64Array, labels: Uint8Array, fraction = 0.1): number | null {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`fraction must be in (0, 1]: ${fraction}`);
  const { pos, neg } = splitSorted(scores, labels);
  const n = pos.length + neg.length;
  if (n === 0 || pos.length === 0) return null;
  const k = fraction * n;
  let p = pos.length - 1;
  let q = neg.length - 1;
  let taken = 0;
  let positivesTaken = 0;
  while (taken < k && (p >= 0 || q >= 0)) {
    const s = p >= 0 && (q < 0 || pos[p] >= neg[q]) ? pos[p] : neg[q];
    let gp = 0;
    let gn = 0;
    while (p >= 0 && pos[p] === s) { gp++; p--; }
    while (q >= 0 && neg[q] === s) { gn++; q--; }
    const size = gp + gn;
    const share = Math.min(1, (k - taken) / size);
    taken += size * share;
    positivesTaken += gp * share;
  }
  return positivesTaken / k / (pos.length / n);
}

/**
 * The recency-only baseline of the backtest: r ÷ (r + ruleDays), r = days since the
 * last purchase — a monotone map of recency into [0, 1), so its AUC and lift are those
 * of plain recency; comparing with it shows what rhythm, rules and model add.
 * NaN stays NaN. Example: 90 → 0.5.
 */
export function recencyBaselineScore(recencyDays: number, ruleDays = 90): number {
  const r = recencyDays > 0 ? recencyDays : recencyDays === recencyDays ? 0 : NaN;
  return r / (r + ruleDays);
}

/** {@link recencyBaselineScore} of a column; NaN where `include(i)` is false (e.g. prospects). */
export function recencyBaselineScores(recencyDays: NumericColumn, include: (i: number) => boolean = () => true, ruleDays = 90): Float64Array {
  const out = new Float64Array(recencyDays.length);
  for (let i = 0; i < out.length; i++) out[i] = include(i) ? recencyBaselineScore(recencyDays[i], ruleDays) : NaN;
  return out;
}

/**
 * The classic calibration table of a backtest (Fader, Hardie & Lee 2005, fig. 4):
 * customers with orders grouped by calibration repeat count x = occasions − 1
 * (0…6, and "7+" together), with the mean predicted (`expected`, null when no
 * model) and actual holdout purchases per customer. Empty groups are left out.
 */
export function holdoutByFrequency(occasions: ArrayLike<number>, expected: ArrayLike<number> | null, actual: ArrayLike<number>) {
  const rows = Array.from({ length: 8 }, (_, x) => ({ x: x === 7 ? '7+' : String(x), customers: 0, predicted: 0, actual: 0 }));
  for (let i = 0; i < occasions.length; i++) {
    if (!(occasions[i] > 0)) continue;
    const row = rows[Math.min(occasions[i] - 1, 7)];
    row.customers++;
    row.predicted += expected ? expected[i] : 0;
    row.actual += actual[i];
  }
  return rows.filter((r) => r.customers > 0).map((r) => ({
    x: r.x, customers: r.customers,
    predicted: expected ? r.predicted / r.customers : null,
    actual: r.actual / r.customers,
  }));
}
