import { describe, expect, it } from 'vitest';
import { bgnbdLogLikelihood, compressSummary } from '../../../shared/models';
import { bgnbdObjective } from '../../../shared/models/bgnbd-likelihood';
import { simulateBgNbdSummary } from './simulate-bgnbd';

const columns = (rows: [number, number, number][]) => ({
  x: Float64Array.from(rows.map((r) => r[0])),
  tx: Float64Array.from(rows.map((r) => r[1])),
  T: Float64Array.from(rows.map((r) => r[2])),
});

describe('compressSummary', () => {
  it('groups equal (x, t_x, T) with weights, by ascending x, and maps customers to rows', () => {
    const c = compressSummary(columns([[2, 3, 5], [0, 0, 5], [2, 3, 5], [NaN, NaN, NaN], [1, 3, 4], [0, 0, 5]]));
    expect(c.total).toBe(5);
    expect(Array.from(c.times)).toEqual([0, 3, 4, 5]);
    expect(Array.from(c.groupX)).toEqual([0, 1, 2]);
    expect(Array.from(c.groupStart)).toEqual([0, 1, 2, 3]);
    expect(Array.from(c.x)).toEqual([0, 1, 2]);
    expect(Array.from(c.weight)).toEqual([2, 1, 2]);
    expect(Array.from(c.txIndex)).toEqual([0, 1, 1]);
    expect(Array.from(c.TIndex)).toEqual([3, 2, 3]);
    expect(Array.from(c.rowOfCustomer)).toEqual([2, 0, 2, -1, 1, 0]);
  });

  it('rejects impossible summaries', () => {
    expect(() => compressSummary(columns([[1.5, 1, 2]]))).toThrow(RangeError);
    expect(() => compressSummary(columns([[1, 3, 2]]))).toThrow(RangeError);
    expect(() => compressSummary(columns([[0, 1, 2]]))).toThrow(RangeError);
  });
});

describe('bgnbdObjective', () => {
  const sim = simulateBgNbdSummary({ r: 0.6, alpha: 5, a: 0.9, b: 2.5 }, 3000, 11);
  const data = compressSummary(sim);
  const f = bgnbdObjective(data);

  it('equals minus the mean of the individual log-likelihoods', () => {
    const theta = Float64Array.from([Math.log(0.5), Math.log(4), Math.log(0.8), Math.log(3)]);
    let total = 0;
    for (let i = 0; i < sim.x.length; i++) total += bgnbdLogLikelihood({ r: 0.5, alpha: 4, a: 0.8, b: 3 }, sim.x[i]!, sim.tx[i]!, sim.T[i]!);
    expect(Math.abs(f(theta, new Float64Array(4)) - -total / 3000)).toBeLessThan(1e-12);
  });

  it('has an analytic gradient that agrees with central differences', () => {
    for (const point of [
      [Math.log(0.5), Math.log(4), Math.log(0.8), Math.log(3)],
      [Math.log(3), Math.log(30), Math.log(0.1), Math.log(200)],
      [Math.log(0.2), Math.log(1), Math.log(5), Math.log(0.5)],
    ]) {
      const theta = Float64Array.from(point);
      const grad = new Float64Array(4);
      f(theta, grad);
      for (let k = 0; k < 4; k++) {
        const h = 1e-5;
        const up = theta.slice();
        const down = theta.slice();
        up[k]! += h;
        down[k]! -= h;
        const numeric = (f(up, new Float64Array(4)) - f(down, new Float64Array(4))) / (2 * h);
        expect(Math.abs(grad[k]! - numeric)).toBeLessThan(1e-7 * Math.max(1, Math.abs(numeric)));
      }
    }
  });
});
