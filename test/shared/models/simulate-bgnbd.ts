import { createPrng } from '../../../shared/random/prng';
import type { BgNbdParams } from '../../../shared/models';

/**
 * Test helper: simulates the BG/NBD story day by day and returns a weekly calibration summary.
 * Each customer's first purchase is on a uniform day in [0, firstDayMax]; λ ~ Gamma(r, α) per
 * week; p ~ Beta(a, b); repeat purchases follow a Poisson process in continuous time, floored to
 * days (same day merges); after each repeat purchase the customer drops out with probability p.
 * Spend per occasion ~ Gamma(6, ν) with ν ~ Gamma(4, 15) per customer (mbar = repeat mean).
 */
export function simulateBgNbdSummary(params: BgNbdParams, customers: number, seed: number, firstDayMax = 364, endDay = 729) {
  const prng = createPrng(seed);
  const u = () => (prng.nextUint32() + 0.5) / 4294967296;
  const normal = () => Math.sqrt(-2 * Math.log(u())) * Math.cos(2 * Math.PI * u());
  const gamma = (shape: number): number => {
    if (shape < 1) return gamma(shape + 1) * Math.pow(u(), 1 / shape);
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      const z = normal();
      const v = (1 + c * z) ** 3;
      if (v > 0 && Math.log(u()) < 0.5 * z * z + d - d * v + d * Math.log(v)) return d * v;
    }
  };
  const x = new Float64Array(customers);
  const tx = new Float64Array(customers);
  const T = new Float64Array(customers);
  const mbar = new Float64Array(customers);
  for (let c = 0; c < customers; c++) {
    const first = prng.nextInt(firstDayMax + 1);
    const lambdaPerDay = gamma(params.r) / params.alpha / 7;
    const ga = gamma(params.a);
    const p = ga / (ga + gamma(params.b));
    const nu = gamma(4) / 15;
    let t = first;
    let last = first;
    let repeats = 0;
    let spend = 0;
    for (;;) {
      t += -Math.log(u()) / lambdaPerDay;
      const day = Math.floor(t);
      if (day > endDay) break;
      if (day === last) continue;
      last = day;
      repeats++;
      spend += gamma(6) / nu;
      if (u() < p) break;
    }
    x[c] = repeats;
    tx[c] = (last - first) / 7;
    T[c] = (endDay - first) / 7;
    mbar[c] = repeats > 0 ? spend / repeats : 0;
  }
  return { x, tx, T, mbar };
}
