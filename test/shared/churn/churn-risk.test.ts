import { describe, expect, it } from 'vitest';
import { churnLevel, churnRisk, resolveChurnContext, type ChurnContext, type ChurnReasonDetail, type ChurnResult } from '../../../shared/churn';
import { customer, rhythmCustomer } from './customers';

const noModel: ChurnContext = { modelInformative: false, populationGapDays: 60 };
const withModel: ChurnContext = { modelInformative: true, populationGapDays: 60 };

const codes = (r: ChurnResult | null) => r!.reasons.map((x) => x.code).sort();
const reason = <C extends ChurnReasonDetail['code']>(r: ChurnResult | null, code: C) =>
  r!.reasons.find((x) => x.code === code) as Extract<ChurnReasonDetail, { code: C }> | undefined;

/** The purchase-rate component by hand: e^(−90 / pace), pace = (tenure + g_pop) / occasions. */
const rateC = (tenure: number, occasions: number, pop = 60) => Math.exp(-90 / ((tenure + pop) / occasions));
/** Contexts with only some components, to check one formula at a time. */
const only = (...keep: string[]) => ({
  ...noModel,
  weights: Object.fromEntries(['model', 'rate', 'rhythm', 'recencyRule', 'aovDrop', 'seedRule', 'contact'].filter((k) => !keep.includes(k)).map((k) => [k, 0])),
});

describe('churnRisk formula', () => {
  it('combines rate, rhythm and the recency rule as a noisy-OR (the doc example)', () => {
    // 11 occasions 30 days apart (span 300); recency 330 → tenure 630, pace 690/11;
    // rhythm q = 11, c = 10/11; rule c = 330/420
    const far = churnRisk(rhythmCustomer(30, 11, 330), noModel)!;
    const expected = 1 - (1 - 0.8 * rateC(630, 11)) * (1 - 0.5 * (10 / 11)) * (1 - 0.4 * (330 / 420));
    expect(far.score).toBeCloseTo(expected, 12);
    expect(far.score).toBeCloseTo(0.697, 3);
    expect(far.level).toBe('high');
    // recency 40 → tenure 340; q = 4/3, rhythm c = (1/3)/(4/3) = 1/4; rule c = 40/130
    const near = churnRisk(rhythmCustomer(30, 11, 40), noModel)!;
    expect(near.score).toBeCloseTo(1 - (1 - 0.8 * rateC(340, 11)) * (1 - 0.5 * 0.25) * (1 - 0.4 * (40 / 130)), 12);
    expect(near.score).toBeCloseTo(0.284, 3);
    expect(near.level).toBe('low');
  });

  it('rate: e^(−90/pace) with one population gap added to the tenure', () => {
    // single purchase 150 days ago: pace = 150 + 60 = 210 days
    expect(churnRisk(customer({ recencyDays: 150 }), only('rate'))!.score).toBeCloseTo(0.8 * Math.exp(-90 / 210), 12);
    // 5 occasions over 200 days, last 20 days ago: pace = (220 + 60)/5 = 56
    expect(churnRisk(rhythmCustomer(50, 5, 20), only('rate'))!.score).toBeCloseTo(0.8 * Math.exp(-90 / 56), 12);
    // horizon is configurable: 30 days ahead
    expect(churnRisk(rhythmCustomer(50, 5, 20), { ...only('rate'), thresholds: { horizonDays: 30 } })!.score).toBeCloseTo(0.8 * Math.exp(-30 / 56), 12);
  });

  it('rhythm and recency rule: nothing while on rhythm and bought today', () => {
    expect(churnRisk(rhythmCustomer(30, 5, 0), only('rhythm', 'recencyRule'))!.score).toBe(0);
    // on rhythm at 30 of 30 days: rhythm c = 0, rule c = 30/120
    expect(churnRisk(rhythmCustomer(30, 5, 30), only('rhythm', 'recencyRule'))!.score).toBeCloseTo(0.4 * 0.25, 12);
    // 90 of 30 days: q = 3, c = 2/3
    expect(churnRisk(rhythmCustomer(30, 5, 90), only('rhythm'))!.score).toBeCloseTo(0.5 * (2 / 3), 12);
  });

  it('model risk = 1 − p(1 − e^(−E/p)) when informative, ignored when not', () => {
    const input = rhythmCustomer(30, 5, 30, { pAlive: 0.31, expected90d: 0.2 });
    const ctx = { ...only('model'), modelInformative: true };
    const risk = 1 - 0.31 * (1 - Math.exp(-0.2 / 0.31));
    expect(churnRisk(input, ctx)!.score).toBeCloseTo(0.8 * risk, 12);
    expect(churnRisk(input, { ...ctx, modelInformative: false })!.score).toBe(0);
    // only P(alive) known → c = 1 − p; only E known → c = e^(−E); p = 0 → c = 1
    expect(churnRisk({ ...input, expected90d: null }, ctx)!.score).toBeCloseTo(0.8 * 0.69, 12);
    expect(churnRisk({ ...input, pAlive: null }, ctx)!.score).toBeCloseTo(0.8 * Math.exp(-0.2), 12);
    expect(churnRisk({ ...input, pAlive: 0 }, ctx)!.score).toBeCloseTo(0.8, 12);
    // combined with the others as a noisy-OR
    const all = churnRisk(input, withModel)!.score;
    const rest = churnRisk(input, noModel)!.score;
    expect(1 - all).toBeCloseTo((1 - rest) * (1 - 0.8 * risk), 12);
  });

  it('uses the population gap for a single-occasion customer, 90 days when none is given', () => {
    const single = customer({ recencyDays: 150 });
    // gap 60: q = 2.5, c = 1.5/2.5 = 0.6
    expect(churnRisk(single, only('rhythm'))!.score).toBeCloseTo(0.5 * 0.6, 12);
    // gap 90: q = 5/3, c = (2/3)/(5/3) = 0.4; the rate's pseudo-gap is 90 too
    const noPop = { ...only('rhythm', 'rate'), populationGapDays: undefined };
    expect(churnRisk(single, noPop)!.score).toBeCloseTo(1 - (1 - 0.5 * 0.4) * (1 - 0.8 * Math.exp(-90 / 240)), 12);
    expect(resolveChurnContext({ modelInformative: false, populationGapDays: Number.NaN }).populationGapDays).toBe(90);
  });

  it('floors a very short own gap at 7 days', () => {
    // two purchases a day apart, last one 14 days ago: gap 1 → 7, q = 2
    const r = churnRisk(rhythmCustomer(1, 2, 14), noModel);
    expect(reason(r, 'rhythm')!.params).toMatchObject({ gapDays: 7, ratio: 2, ownGap: true });
  });

  it('stays below 1 − Π(1 − w_k) at the extremes', () => {
    const worst = churnRisk(rhythmCustomer(7, 2, 100_000, {
      recentAmounts: [0, 0, 0, 100, 100, 100], daysSinceContact: 1e9, pAlive: 0, expected90d: 0,
    }), withModel)!;
    const bound = 1 - 0.2 * 0.2 * 0.5 * 0.6 * 0.7 * 0.7 * 0.7;
    expect(worst.score).toBeLessThanOrEqual(bound);
    expect(worst.score).toBeGreaterThan(0.99);
    // out-of-range inputs are clamped: negative recency counts as 0, P(alive) > 1 as 1
    expect(churnRisk(customer({ recencyDays: -5 }), noModel)!.score).toBe(churnRisk(customer({ recencyDays: 0 }), noModel)!.score);
    expect(churnRisk(customer({ pAlive: 1.5 }), withModel)!.score).toBe(churnRisk(customer({ pAlive: 1 }), withModel)!.score);
  });

  it('does not score prospects', () => {
    expect(churnRisk(customer({ orders: 0, occasions: 0, recentAmounts: [] }), noModel)).toBeNull();
  });

  it('keeps weights as shares of the hazard: all seven fire, sum 1, largest first', () => {
    // 4 occasions 90 days apart, last 200 days ago: pace (470 + 60)/4 = 132.5 → rate risk 0.507
    const r = churnRisk(rhythmCustomer(90, 4, 200, {
      recentAmounts: [50, 50, 50, 100, 100, 100], daysSinceContact: 120, pAlive: 0.1, expected90d: 0.05,
    }), withModel)!;
    expect(codes(r)).toEqual(['aov_drop', 'contact_gap', 'model', 'purchase_rate', 'recency_rule', 'rhythm', 'seed_rule']);
    expect(r.reasons.reduce((a, x) => a + x.weight, 0)).toBeCloseTo(1, 12);
    for (let k = 1; k < r.reasons.length; k++) expect(r.reasons[k - 1].weight).toBeGreaterThanOrEqual(r.reasons[k].weight);
    expect(r.reasons[0].code).toBe('model');
    // contact hazard share: −ln(1 − 0.3·120/180) ÷ total hazard (= −ln(1 − score))
    expect(reason(r, 'contact_gap')!.weight).toBeCloseTo(-Math.log(1 - 0.3 * (120 / 180)) / -Math.log(1 - r.score), 12);
  });
});

describe('churnRisk reasons fire at their thresholds', () => {
  it('rhythm from 1.5× the usual gap', () => {
    expect(codes(churnRisk(rhythmCustomer(30, 4, 45), noModel))).toContain('rhythm');
    expect(codes(churnRisk(rhythmCustomer(30, 4, 44), noModel))).not.toContain('rhythm');
    expect(reason(churnRisk(customer({ recencyDays: 90 }), noModel), 'rhythm')!.params).toEqual({ recencyDays: 90, gapDays: 60, ratio: 1.5, ownGap: false });
  });

  it('recency rule above 90 days only', () => {
    expect(codes(churnRisk(customer({ recencyDays: 91 }), noModel))).toContain('recency_rule');
    expect(codes(churnRisk(customer({ recencyDays: 90 }), noModel))).not.toContain('recency_rule');
  });

  it('order value drop from exactly 20 % (needs 4 orders)', () => {
    const at = (amounts: number[]) => codes(churnRisk(rhythmCustomer(30, 6, 10, { recentAmounts: amounts }), noModel));
    expect(at([80, 80, 80, 100, 100, 100])).toContain('aov_drop');
    expect(at([81, 80, 80, 100, 100, 100])).not.toContain('aov_drop');
    expect(at([10, 10, 10])).not.toContain('aov_drop');
    expect(at([100, 100, 100, 80])).not.toContain('aov_drop');
    const r = churnRisk(rhythmCustomer(30, 6, 10, { recentAmounts: [65, 65, 65, 100, 100, 100, 1] }), noModel);
    expect(reason(r, 'aov_drop')!.params.dropPct).toBeCloseTo(35, 10);
  });

  it('seed rule needs both: over 90 days and falling order value', () => {
    const falling = [80, 80, 80, 100, 100, 100];
    expect(codes(churnRisk(rhythmCustomer(60, 6, 91, { recentAmounts: falling }), noModel))).toContain('seed_rule');
    expect(codes(churnRisk(rhythmCustomer(60, 6, 90, { recentAmounts: falling }), noModel))).not.toContain('seed_rule');
    expect(codes(churnRisk(rhythmCustomer(60, 6, 91, { recentAmounts: [100, 100, 100, 100] }), noModel))).not.toContain('seed_rule');
    // the rule adds its own 0.3 on top of the parts
    const on = churnRisk(rhythmCustomer(60, 6, 91, { recentAmounts: falling }), noModel)!;
    const off = churnRisk(rhythmCustomer(60, 6, 91, { recentAmounts: falling }), { ...noModel, weights: { seedRule: 0 } })!;
    expect(1 - on.score).toBeCloseTo((1 - off.score) * 0.7, 12);
  });

  it('contact gap from 60 days, never for no contact on record', () => {
    expect(codes(churnRisk(customer({ daysSinceContact: 60 }), noModel))).toContain('contact_gap');
    expect(codes(churnRisk(customer({ daysSinceContact: 59 }), noModel))).not.toContain('contact_gap');
    const none = churnRisk(customer({ daysSinceContact: null }), noModel)!;
    expect(codes(none)).not.toContain('contact_gap');
    expect(churnRisk(customer({ daysSinceContact: 59 }), noModel)!.score).toBe(none.score);
  });

  it('purchase rate when the chance of no purchase at their pace is ≥ 0.5', () => {
    // pace ≥ 90/ln 2 = 129.84 days: single buyer 70 days ago → pace 130 fires, 69 → 129 does not
    expect(codes(churnRisk(customer({ recencyDays: 70 }), noModel))).toContain('purchase_rate');
    expect(codes(churnRisk(customer({ recencyDays: 69 }), noModel))).not.toContain('purchase_rate');
    expect(reason(churnRisk(customer({ recencyDays: 70 }), noModel), 'purchase_rate')!.params)
      .toEqual({ occasions: 1, tenureDays: 70, paceDays: 130, horizonDays: 90, risk: Math.exp(-90 / 130) });
  });

  it('model when P(no purchase in 90 days) ≥ 0.5 and the fit is informative', () => {
    expect(codes(churnRisk(customer({ pAlive: 0.31, expected90d: 0.2 }), withModel))).toContain('model');
    expect(codes(churnRisk(customer({ pAlive: 0.31, expected90d: 0.2 }), noModel))).not.toContain('model');
    // 1 − 0.9(1 − e^(−1/0.9)) = 0.396 < 0.5
    expect(codes(churnRisk(customer({ pAlive: 0.9, expected90d: 1 }), withModel))).not.toContain('model');
  });

  it('drops the reason of a component whose weight is 0', () => {
    const input = customer({ recencyDays: 200, daysSinceContact: 90 });
    expect(codes(churnRisk(input, noModel))).toEqual(['contact_gap', 'purchase_rate', 'recency_rule', 'rhythm']);
    expect(codes(churnRisk(input, { ...noModel, weights: { contact: 0, rhythm: 0 } }))).toEqual(['purchase_rate', 'recency_rule']);
  });

  it('honours configured thresholds', () => {
    const ctx: ChurnContext = { ...noModel, thresholds: { recencyRuleDays: 30, contactGapDays: 14 } };
    expect(codes(churnRisk(customer({ recencyDays: 31, daysSinceContact: 14 }), ctx))).toEqual(['contact_gap', 'recency_rule']);
  });
});

describe('levels and value at risk', () => {
  it('cuts at 0.6 and 0.3 by default, configurable', () => {
    const t = resolveChurnContext(noModel).thresholds;
    expect([0.6, 0.5999, 0.3, 0.2999, 0].map((s) => churnLevel(s, t))).toEqual(['high', 'medium', 'medium', 'low', 'low']);
    expect(churnLevel(0.5, { high: 0.5, medium: 0.2 })).toBe('high');
    expect(() => resolveChurnContext({ modelInformative: false, thresholds: { high: 0.2, medium: 0.3 } })).toThrow(RangeError);
    expect(() => resolveChurnContext({ modelInformative: false, weights: { model: 1 } })).toThrow(RangeError);
  });

  it('is clv12m × score, or annualised spend × score without CLV', () => {
    const withClv = churnRisk(rhythmCustomer(30, 11, 330, { clv12m: 1000 }), noModel)!;
    expect(withClv.valueAtRisk).toBeCloseTo(1000 * withClv.score, 12);
    expect(withClv.valueBasis).toBe('clv_12m');
    // tenure = 100 + (1630 − 1000) = 730 days → 730 × 365 / 730 = 365
    const old = churnRisk(customer({ occasions: 2, orders: 2, firstDay: 1000, lastDay: 1630, recencyDays: 100, monetary: 730 }), noModel)!;
    expect(old.valueAtRisk).toBeCloseTo(365 * old.score, 12);
    expect(old.valueBasis).toBe('annualised_spend');
    // younger than a year: the total spend, not extrapolated
    const young = churnRisk(customer({ recencyDays: 100, monetary: 500 }), noModel)!;
    expect(young.valueAtRisk).toBeCloseTo(500 * young.score, 12);
  });
});

describe('degenerate model', () => {
  it('still ranks 300 days past a 30-day rhythm above 10 days past it when P(alive) = 1 for all', () => {
    for (const ctx of [noModel, withModel]) {
      const late = churnRisk(rhythmCustomer(30, 8, 330, { pAlive: 1, expected90d: 2 }), ctx)!;
      const onTime = churnRisk(rhythmCustomer(30, 8, 40, { pAlive: 1, expected90d: 2 }), ctx)!;
      expect(late.score).toBeGreaterThan(onTime.score);
      expect(late.level).toBe('high');
    }
    // flagged degenerate: the model is left out entirely, the on-time customer is low
    expect(churnRisk(rhythmCustomer(30, 8, 40, { pAlive: 1, expected90d: 2 }), noModel)!.level).toBe('low');
  });

  it('at equal recency and purchase count, ranks the one further past their rhythm higher', () => {
    // both 5 occasions, last 100 days ago; A every 20 days (5× overdue), B every 60 (1.7×)
    const a = churnRisk(rhythmCustomer(20, 5, 100), noModel)!;
    const b = churnRisk(rhythmCustomer(60, 5, 100), noModel)!;
    expect(a.score).toBeGreaterThan(b.score);
    expect(codes(a)).toContain('rhythm');
    expect(codes(b)).toContain('rhythm');
    expect(reason(a, 'rhythm')!.params.ratio).toBe(5);
  });
});
