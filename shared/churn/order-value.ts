/**
 * Mean order value of the newest up to 3 orders (`recent`) and of the up to 3
 * orders before them (`prior`), from amounts ordered newest first. `recent` is
 * NaN with no orders, `prior` NaN with fewer than 4 (no trend can be read).
 * Orders beyond the 6th are ignored. Same convention as the server's customer facts.
 * Example: [60, 60, 60, 100, 100] → { recent: 60, prior: 100 } (a 40 % drop).
 */
export function orderValueMeans(newestFirst: readonly number[]): { recent: number; prior: number } {
  return { recent: meanOf(newestFirst, 0, 3), prior: meanOf(newestFirst, 3, 6) };
}

/**
 * Relative change of average order value, recent ÷ prior − 1 (the tag language's
 * `aov_trend`); NaN when it cannot be read. Example: [60, 60, 60, 100, 100] → −0.4.
 */
export function orderValueTrend(newestFirst: readonly number[]): number {
  const { recent, prior } = orderValueMeans(newestFirst);
  return prior > 0 ? recent / prior - 1 : NaN;
}

function meanOf(xs: readonly number[], from: number, to: number): number {
  const end = Math.min(to, xs.length);
  if (end <= from) return NaN;
  let sum = 0;
  for (let i = from; i < end; i++) sum += xs[i];
  return sum / (end - from);
}
