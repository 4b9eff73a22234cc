import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_TEMPLATE } from '../../../shared/interview/default-template/index';
import { completenessShares, customerCompleteness, portraitCompleteness } from '../../../shared/portrait/completeness';
import { knownPortraitItems } from '../../../shared/portrait/known-items';
import { PORTRAIT_ITEMS } from '../../../shared/portrait/portrait-items';

const N = PORTRAIT_ITEMS.length; // 53
const keysKnown = (k: Uint8Array) => PORTRAIT_ITEMS.filter((_, i) => k[i]).map((i) => i.key);

describe('portraitCompleteness', () => {
  it('is 0 for a customer about whom nothing is known', () => {
    const r = customerCompleteness({});
    expect(r).toEqual({
      known: 0, total: 53, overall: 0,
      by_category: { demographic: { known: 0, total: 13 }, consumption: { known: 0, total: 16 }, psychological: { known: 0, total: 14 }, social: { known: 0, total: 10 } },
    });
  });

  it('counts a customer with 10 known items: 10/53 = 18.9 %, 3/13 · 6/16 · 1/14 · 0/10', () => {
    // Profile: 年龄, 性别, 地域 (3 demographic).
    // 3 orders: 消费习惯, 消费频次, 消费金额, 购买时间, 购买周期, 品牌忠诚度 (6 consumption).
    // Interview: 业余爱好 answered → 兴趣爱好 (1 psychological). 3 + 6 + 1 = 10.
    const known = knownPortraitItems({
      profile: { birth_year: 1988, gender: 'female', region: '河南', email: null },
      aggregates: { frequency: 3 },
      answers: { interests: { hobby_types: ['fishing'] } },
    });
    expect(keysKnown(known)).toEqual(['age', 'gender', 'region', 'consumption_habits', 'purchase_frequency', 'monetary', 'purchase_time', 'purchase_cycle',
      'brand_loyalty', 'interests']);
    const r = portraitCompleteness(known);
    expect(r.known).toBe(10);
    expect(r.overall).toBeCloseTo(10 / 53, 12); // 0.188679…
    expect(Math.round(r.overall * 1000) / 10).toBe(18.9);
    expect(r.by_category).toEqual({ demographic: { known: 3, total: 13 }, consumption: { known: 6, total: 16 }, psychological: { known: 1, total: 14 }, social: { known: 0, total: 10 } });
  });

  it('needs two orders for cycle, habit and loyalty, one for amount, count and timing', () => {
    expect(keysKnown(knownPortraitItems({ aggregates: { frequency: 1 } }))).toEqual(['purchase_frequency', 'monetary', 'purchase_time']);
    expect(keysKnown(knownPortraitItems({ aggregates: { frequency: 0 } }))).toEqual([]);
    expect(keysKnown(knownPortraitItems({ aggregates: { frequency: Number.NaN } }))).toEqual([]);
  });

  it('knows 家庭生命周期 only from age AND marital status AND children together', () => {
    const some = { profile: { birth_year: 1980 }, answers: { basic: { marital_status: 'married' } } };
    expect(keysKnown(knownPortraitItems(some))).toEqual(['age', 'marital_status']);
    const all = { profile: { birth_year: 1980 }, answers: { basic: { marital_status: 'married', has_children: false } } };
    expect(keysKnown(knownPortraitItems(all))).toEqual(['age', 'marital_status', 'children', 'family_lifecycle']);
  });

  it('reads free attributes, and treats empty values as unknown', () => {
    expect(keysKnown(knownPortraitItems({ profile: { attributes: { religion: '无', ethnicity: '  ', nationality: null } } }))).toEqual(['religion']);
    expect(keysKnown(knownPortraitItems({ profile: { gender: '' }, answers: { basic: { household_members: [] } } }))).toEqual([]);
  });

  it('reaches 37/53 (69.8 %) with a full profile, orders and every interview question answered', () => {
    const answers: Record<string, Record<string, unknown>> = {};
    for (const s of DEFAULT_INTERVIEW_TEMPLATE.sections) answers[s.key] = Object.fromEntries(s.fields.map((f) => [f.key, 'x']));
    const r = customerCompleteness({
      profile: { birth_year: 1980, gender: 'male', region: '河南', source: '门店', platform: 'store' },
      aggregates: { frequency: 2, product_count: 1, channel_count: 1 }, answers,
    });
    // Missing 16 (README): 民族 宗教信仰 国籍 | 支付方式 购物同伴 购物环境偏好 购物决策周期 |
    // 个性 价值观 信仰 心理安全感 心理压力 心理承受力 心理适应力 | 人际关系 社会认同感. 53 − 16 = 37.
    expect(r.by_category).toEqual({ demographic: { known: 10, total: 13 }, consumption: { known: 12, total: 16 }, psychological: { known: 7, total: 14 }, social: { known: 8, total: 10 } });
    expect(r.known).toBe(37);
  });

  it('accepts booleans, rejects a flag list of the wrong length, and can reuse a buffer', () => {
    const flags = PORTRAIT_ITEMS.map((_, i) => i < 13); // all demographics
    expect(portraitCompleteness(flags).by_category.demographic).toEqual({ known: 13, total: 13 });
    expect(portraitCompleteness(flags).overall).toBeCloseTo(13 / 53, 12);
    expect(() => portraitCompleteness([true, false])).toThrow(RangeError);
    const buf = new Uint8Array(N).fill(1);
    expect(knownPortraitItems({ profile: { gender: 'male' } }, PORTRAIT_ITEMS, buf)).toBe(buf);
    expect(Array.from(buf).reduce((a, b) => a + b, 0)).toBe(1); // stale ones were cleared
  });
});

describe('completenessShares (columnar)', () => {
  it('gives each row its share of known items', () => {
    const m = new Uint8Array(3 * N);
    m.fill(1, 0, 10); // customer 0: 10 known → 10/53
    m.fill(1, N, 2 * N); // customer 1: all known → 1
    const s = completenessShares(m);
    expect(s.length).toBe(3);
    expect(s[0]).toBeCloseTo(10 / 53, 12);
    expect(s[1]).toBe(1);
    expect(s[2]).toBe(0);
    expect(completenessShares(new Uint8Array(0))).toEqual(new Float64Array(0));
    expect(() => completenessShares(new Uint8Array(N + 1))).toThrow(RangeError);
  });
});
