import { describe, expect, it } from 'vitest';
import {
  churnLevelAt, churnRisk, churnRiskAt, churnRiskBatch, churnRiskReader, orderValueMeans, orderValueTrend, populationGapDays,
  resolveChurnContext, type ChurnColumns, type ChurnInput,
} from '../../../shared/churn';
import { createPrng } from '../../../shared/random/prng';

/** 500 varied customers (prospects, single and repeat buyers, nulls everywhere) from a fixed seed. */
function sample(): ChurnInput[] {
  const prng = createPrng(20260101);
  const u = () => prng.nextFloat();
  return Array.from({ length: 500 }, () => {
    const occasions = u() < 0.1 ? 0 : 1 + prng.nextInt(12);
    const span = occasions > 1 ? 1 + prng.nextInt(700) : 0;
    const amounts = Array.from({ length: Math.min(occasions, 1 + prng.nextInt(7)) }, () => 10 + Math.round(u() * 300));
    return {
      recencyDays: prng.nextInt(800), orders: occasions, occasions, firstDay: 18000, lastDay: 18000 + span, recentAmounts: amounts,
      daysSinceContact: u() < 0.5 ? null : prng.nextInt(200), pAlive: u() < 0.2 ? null : u(), expected90d: u() < 0.2 ? null : 3 * u(),
      clv12m: u() < 0.3 ? null : 2000 * u(), monetary: amounts.reduce((a, b) => a + b, 0),
    };
  });
}

function columnsOf(rows: ChurnInput[]): ChurnColumns {
  const nan = (x: number | null) => (x === null ? Number.NaN : x);
  return {
    recencyDays: Int32Array.from(rows, (r) => r.recencyDays),
    orders: Int32Array.from(rows, (r) => r.orders),
    occasions: Int32Array.from(rows, (r) => r.occasions),
    firstDay: Int32Array.from(rows, (r) => r.firstDay),
    lastDay: Int32Array.from(rows, (r) => r.lastDay),
    aovRecent: Float64Array.from(rows, (r) => orderValueMeans(r.recentAmounts).recent),
    aovPrior: Float64Array.from(rows, (r) => orderValueMeans(r.recentAmounts).prior),
    daysSinceContact: Float64Array.from(rows, (r) => nan(r.daysSinceContact)),
    pAlive: Float64Array.from(rows, (r) => nan(r.pAlive)),
    expected90d: Float64Array.from(rows, (r) => nan(r.expected90d)),
    clv12m: Float64Array.from(rows, (r) => nan(r.clv12m)),
    monetary: Float64Array.from(rows, (r) => r.monetary),
  };
}

describe('churnRiskBatch', () => {
  it('gives exactly what churnRisk gives, customer by customer', () => {
    const rows = sample();
    const cols = columnsOf(rows);
    for (const informative of [true, false]) {
      const ctx = resolveChurnContext({ modelInformative: informative, populationGapDays: populationGapDays(cols) });
      const batch = churnRiskBatch(cols, ctx);
      const at = churnRiskReader(cols, ctx);
      let prospects = 0;
      rows.forEach((row, i) => {
        const one = churnRisk(row, ctx);
        if (one === null) {
          prospects++;
          expect(batch.score[i]).toBeNaN();
          expect(batch.valueAtRisk[i]).toBeNaN();
          expect(churnLevelAt(batch, i)).toBeNull();
          expect(churnRiskAt(cols, i, ctx)).toBeNull();
          return;
        }
        expect(batch.score[i]).toBe(one.score);
        expect(churnLevelAt(batch, i)).toBe(one.level);
        expect(batch.valueAtRisk[i]).toBe(one.valueAtRisk);
        expect(churnRiskAt(cols, i, ctx)).toEqual(one);
        expect(at(i)).toEqual(one);
        expect(one.score).toBeGreaterThanOrEqual(0);
        expect(one.score).toBeLessThan(1);
      });
      expect(prospects).toBeGreaterThan(20);
      expect(new Set(Array.from(batch.level)).size).toBe(4);
    }
  });

  it('treats omitted model columns as unknown', () => {
    const cols = columnsOf(sample());
    const { pAlive: _p, expected90d: _e, clv12m: _c, ...plain } = cols;
    const a = churnRiskBatch(plain, { modelInformative: true, populationGapDays: 60 });
    const b = churnRiskBatch(cols, { modelInformative: false, populationGapDays: 60 });
    expect(a.score).toEqual(b.score);
  });
});

describe('order values and the population gap', () => {
  it('averages the newest 3 and the 3 before', () => {
    expect(orderValueMeans([60, 60, 60, 100, 100])).toEqual({ recent: 60, prior: 100 });
    expect(orderValueMeans([1, 2, 3, 4, 5, 6, 1000])).toEqual({ recent: 2, prior: 5 });
    const few = orderValueMeans([5, 7]);
    expect(few.recent).toBe(6);
    expect(few.prior).toBeNaN();
    expect(orderValueMeans([]).recent).toBeNaN();
    expect(orderValueTrend([60, 60, 60, 100, 100])).toBeCloseTo(-0.4, 12);
    expect(orderValueTrend([60])).toBeNaN();
  });

  it('takes the median own gap of repeat customers', () => {
    // gaps: 10/1, 60/2 = 30, 120/3 = 40 → median 30; the single buyer is left out
    const cols = { occasions: [1, 2, 3, 4], firstDay: [0, 0, 0, 0], lastDay: [0, 10, 60, 120] };
    expect(populationGapDays(cols)).toBe(30);
    expect(populationGapDays({ occasions: [2, 2], firstDay: [0, 0], lastDay: [10, 20] })).toBe(15);
    expect(populationGapDays({ occasions: [1, 0], firstDay: [0, 0], lastDay: [0, 0] })).toBeNaN();
  });
});
