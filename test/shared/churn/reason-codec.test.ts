import { describe, expect, it } from 'vitest';
import {
  apiChurnReasons, churnRisk, decodeChurnReasons, encodeChurnReasons, reasonArgs, textOfArgs,
  type ChurnContext, type ChurnInput, type ChurnReasonDetail,
} from '../../../shared/churn';
import { createPrng } from '../../../shared/random/prng';
import { rhythmCustomer } from './customers';

const r = <C extends ChurnReasonDetail['code']>(code: C, params: Extract<ChurnReasonDetail, { code: C }>['params'], weight = 0.5) =>
  ({ code, weight, params }) as ChurnReasonDetail;

/** The stored round trip must give exactly the API's reasons: same values, same key order, same bytes. */
function expectRoundTrip(details: readonly ChurnReasonDetail[]) {
  const decoded = decodeChurnReasons(encodeChurnReasons(details));
  const api = apiChurnReasons(details);
  expect(decoded).toStrictEqual(api);
  expect(JSON.stringify(decoded)).toBe(JSON.stringify(api));
}

/** Random customers scored by the real scorer, with and without the model. */
function scoredDetails(count: number, seed: number): ChurnReasonDetail[][] {
  const rnd = createPrng(seed);
  const u = () => rnd.nextFloat();
  const out: ChurnReasonDetail[][] = [];
  const contexts: ChurnContext[] = [
    { modelInformative: true, populationGapDays: 60 },
    { modelInformative: false, populationGapDays: 45 },
    { modelInformative: true, populationGapDays: null, thresholds: { horizonDays: 60, recencyRuleDays: 120 } },
  ];
  for (let k = 0; k < count; k++) {
    const occasions = 1 + rnd.nextInt(12);
    const amounts = Array.from({ length: Math.min(occasions, 6) }, () => 20 + u() * 200);
    const input: ChurnInput = rhythmCustomer(5 + rnd.nextInt(200), occasions, rnd.nextInt(700) + u(), {
      recentAmounts: amounts,
      monetary: amounts.reduce((a, b) => a + b, 0),
      daysSinceContact: u() < 0.3 ? null : rnd.nextInt(400) + u(),
      pAlive: u() < 0.25 ? null : u(),
      expected90d: u() < 0.25 ? null : u() * 2,
      clv12m: null,
    });
    const result = churnRisk(input, contexts[k % contexts.length]);
    if (result?.reasons.length) out.push(result.reasons);
  }
  return out;
}

describe('encodeChurnReasons / decodeChurnReasons', () => {
  it('stores code, weight (3 decimals) and the displayed values only', () => {
    const details = [
      r('rhythm', { recencyDays: 265.3, gapDays: 71.6, ratio: 3.7053, ownGap: true }, 0.17421),
      r('contact_gap', { daysSinceContact: 183.4, gapDays: 60 }, 0.0994),
    ];
    expect(encodeChurnReasons(details)).toBe('[["rhythm",0.174,265,"3.7",1],["contact_gap",0.099,183]]');
    expect(encodeChurnReasons([])).toBe('[]');
    expect(encodeChurnReasons([r('model', { pAlive: 0.3, expected90d: null, risk: 0.7 }, 0.4)])).toBe('[["model",0.4,"0.30",null,null]]');
    expect(encodeChurnReasons([r('model', { pAlive: null, expected90d: null, risk: 0.004 }, 0.0005)])).toBe('[["model",0.001,null,null,1]]');
    expect(decodeChurnReasons('[["rhythm",0.174,265,"3.7",1],["contact_gap",0.099,183]]')).toStrictEqual([
      { code: 'rhythm', text: { zh: '距上次购买已265天，是其平时间隔的3.7倍', en: 'last purchase 265 days ago, 3.7× their usual gap' }, weight: 0.174 },
      { code: 'contact_gap', text: { zh: '已183天未联系', en: 'no contact for 183 days' }, weight: 0.099 },
    ]);
  });

  it('renders every code and branch exactly as apiChurnReasons does', () => {
    const hand: ChurnReasonDetail[] = [
      // model: P(alive) low with and without expected purchases; P(alive) high (not said) with expected;
      // P(alive) high and no expected (said anyway); P(alive) unknown; nothing known (risk said); risk edges
      r('model', { pAlive: 0.31, expected90d: 0.123, risk: 0.8 }, 0.41349),
      r('model', { pAlive: 0.31, expected90d: null, risk: 0.69 }, 0.1235),
      r('model', { pAlive: 0.9, expected90d: 0.05, risk: 0.95 }, 0.3),
      r('model', { pAlive: 0.9, expected90d: null, risk: 0.1 }, 0.3),
      r('model', { pAlive: null, expected90d: 0.005, risk: 0.99 }, 0.3),
      r('model', { pAlive: null, expected90d: null, risk: 0.004 }, 0.3),
      r('model', { pAlive: null, expected90d: null, risk: 0.996 }, 0.3),
      r('model', { pAlive: null, expected90d: null, risk: 0.5 }, 0.3),
      r('model', { pAlive: 0, expected90d: 0, risk: 1 }, 0.9995),
      // purchase_rate: one occasion vs many, another horizon
      r('purchase_rate', { occasions: 1, tenureDays: 97, paceDays: 157, horizonDays: 90, risk: 0.56 }, 0.2),
      r('purchase_rate', { occasions: 3, tenureDays: 400.5, paceDays: 153, horizonDays: 60, risk: 0.55 }, 0.2),
      // rhythm: own gap and the population's
      r('rhythm', { recencyDays: 97, gapDays: 40, ratio: 97 / 40, ownGap: true }, 0.25),
      r('rhythm', { recencyDays: 150.49, gapDays: 60, ratio: 2.5, ownGap: false }, 0.25),
      r('seed_rule', { recencyDays: 97, ruleDays: 90, dropPct: 35 }, 0.1),
      r('recency_rule', { recencyDays: 96.6, ruleDays: 90 }, 0.1),
      // aov_drop: whole percent, never 0 or 100 for a value strictly between
      r('aov_drop', { dropPct: 35.2, recentOrders: 3, recentAov: 65, priorAov: 100 }, 0.05),
      r('aov_drop', { dropPct: 0.4, recentOrders: 2, recentAov: 99.6, priorAov: 100 }, 0.05),
      r('aov_drop', { dropPct: 99.6, recentOrders: 3, recentAov: 0.4, priorAov: 100 }, 0.05),
      r('aov_drop', { dropPct: 100, recentOrders: 1, recentAov: 0, priorAov: 100 }, 0.05),
      r('contact_gap', { daysSinceContact: 60, gapDays: 60 }, 0.0625),
    ];
    for (const d of hand) expectRoundTrip([d]);
    expectRoundTrip(hand);
    expect(decodeChurnReasons(encodeChurnReasons(hand.slice(5, 7))).map((x) => x.text.en)).toEqual([
      '1 % chance of no purchase in the next 90 days', '99 % chance of no purchase in the next 90 days',
    ]);
    expect(decodeChurnReasons(encodeChurnReasons(hand.slice(16, 18))).map((x) => x.text.zh)).toEqual(['最近2单平均客单价下降1%', '最近3单平均客单价下降99%']);
  });

  it('round-trips what the real scorer produces, for every code and branch', () => {
    const all = scoredDetails(2000, 2026);
    const seen = new Set<string>();
    for (const details of all) {
      expectRoundTrip(details);
      for (const d of details) {
        seen.add(d.code);
        if (d.code === 'rhythm') seen.add(`rhythm own=${d.params.ownGap}`);
        if (d.code === 'purchase_rate') seen.add(`purchase_rate ${d.params.occasions === 1 ? 'one' : 'many'}`);
        if (d.code === 'model') seen.add(`model ${reasonArgs(d).map((a) => (a === null ? '-' : 'x')).join('')}`);
      }
    }
    expect([...seen].sort()).toEqual([
      'aov_drop', 'contact_gap', 'model', 'purchase_rate', 'recency_rule', 'rhythm', 'seed_rule',
      'rhythm own=true', 'rhythm own=false', 'purchase_rate one', 'purchase_rate many',
      'model xx-', 'model x--', 'model -x-',
    ].sort());
  });

  it('passes the format stored before it through unchanged', () => {
    const details = scoredDetails(200, 7).slice(0, 20).flat();
    const old = JSON.stringify(apiChurnReasons(details));
    expect(decodeChurnReasons(old)).toStrictEqual(JSON.parse(old));
    // codes it does not know are kept too: the old entries carry their own text
    const legacy = '[{"code":"recency","text":{"zh":"距上次购买97天","en":"97 days"},"weight":1}]';
    expect(decodeChurnReasons(legacy)).toStrictEqual(JSON.parse(legacy));
  });

  it('gives no reasons for null, empty and [] ', () => {
    expect(decodeChurnReasons(null)).toEqual([]);
    expect(decodeChurnReasons(undefined)).toEqual([]);
    expect(decodeChurnReasons('')).toEqual([]);
    expect(decodeChurnReasons('[]')).toEqual([]);
  });

  it('skips entries it cannot render and keeps the rest', () => {
    const stored = JSON.stringify([
      ['rhythm', 0.2, 97, '2.4', 1],
      ['no_such_code', 0.1, 3],
      ['constructor', 0.1],
      ['contact_gap', 0.1],
      ['contact_gap', 0.1, 60, 61],
      ['contact_gap', '0.1', 60],
      ['contact_gap', null, 60],
      ['rhythm', 0.1, 97, 2.4, 1],
      ['rhythm', 0.1, 97, '2.4', true],
      ['model', 0.1, null, null, null],
      ['aov_drop', 0.1, null, 3],
      42, null, 'x', { code: 'contact_gap' }, { code: 'contact_gap', text: { zh: '已60天未联系' }, weight: 0.1 },
      ['contact_gap', 0.05, 60],
    ]);
    expect(decodeChurnReasons(stored)).toStrictEqual([
      { code: 'rhythm', text: textOfArgs('rhythm', [97, '2.4', 1]), weight: 0.2 },
      { code: 'contact_gap', text: { zh: '已60天未联系', en: 'no contact for 60 days' }, weight: 0.05 },
    ]);
    expect(decodeChurnReasons('not json')).toEqual([]);
    expect(decodeChurnReasons('{"code":"rhythm"}')).toEqual([]);
  });
});
