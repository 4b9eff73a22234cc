import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_TEMPLATE as T } from '../../../shared/interview/default-template/index';
import { validateAnswers } from '../../../shared/interview/validate-answers';
import { visibleFields } from '../../../shared/interview/visible-fields';

const codes = (answers: Parameters<typeof validateAnswers>[1]) =>
  validateAnswers(T, answers).errors.map((e) => `${e.section}.${e.field}:${e.code}`);

/** A plausible, complete-enough interview of a van owner. */
const good = {
  basic: { age: 38, gender: 'male', education: 'senior_high', has_children: true, children_count: 2, children_school: 'local' },
  occupation: { industry: 'wholesale_retail', has_shop: true, shop_count: 2, shop_type: 'franchise', floor_area: 80 },
  interests: { self_drive: true, self_drive_party_size: 4 },
  media: { wechat_use: 'daily', mobile_internet: true, mobile_data_gb: 20 },
  purchase: { purchase_type: 'replacement', replaced_model: '五菱之光', replacement_reason: ['too_old'] },
  vehicle_use: { passenger_share: 0.3, cargo_share: 0.7, cargo_types: ['goods'], daily_km: 120 },
  evaluation: { product_rating: 4, dealer_rating: 5 },
};

describe('validateAnswers', () => {
  it('accepts good answers and returns them unchanged (0.3 + 0.7 within the 100 % sum)', () => {
    const r = validateAnswers(T, good);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.answers).toEqual(good);
    expect(r.dropped).toEqual([]);
  });

  it('requires only the required visible fields: age, gender, purchase type', () => {
    expect(codes({})).toEqual(['basic.age:required', 'basic.gender:required', 'purchase.purchase_type:required']);
    expect(codes(null)).toEqual(['basic.age:required', 'basic.gender:required', 'purchase.purchase_type:required']);
  });

  it('reports wrong types', () => {
    expect(codes({ ...good, basic: { ...good.basic, age: '38' } })).toEqual(['basic.age:wrong_type']);
    expect(codes({ ...good, interests: { self_drive: '是' } })).toEqual(['interests.self_drive:wrong_type']);
    expect(codes({ ...good, vehicle_use: { ...good.vehicle_use, cargo_types: 'goods' } })).toEqual(['vehicle_use.cargo_types:wrong_type']);
    expect(codes({ ...good, evaluation: { product_rating: Number.NaN } })).toEqual(['evaluation.product_rating:wrong_type']);
  });

  it('reports out-of-range numbers and non-integers, with zh/en messages', () => {
    const r = validateAnswers(T, { ...good, basic: { ...good.basic, age: 12 } });
    expect(r.errors).toEqual([{ section: 'basic', field: 'age', code: 'below_min', message: { zh: '「年龄」不能小于16岁', en: '"Age" must be at least 16 years' } }]);
    expect(codes({ ...good, evaluation: { product_rating: 6 } })).toEqual(['evaluation.product_rating:above_max']);
    expect(codes({ ...good, evaluation: { product_rating: 3.5 } })).toEqual(['evaluation.product_rating:not_integer']);
  });

  it('treats percentages as fractions: 60 is above 100 %', () => {
    const r = validateAnswers(T, { ...good, vehicle_use: { cargo_share: 60 } });
    expect(r.errors.map((e) => e.code)).toEqual(['above_max']);
    expect(r.errors[0].message.zh).toBe('「拉货比例」不能大于100%');
  });

  it('rejects shares that add up to more than 100 % (0.5 + 0.6 = 1.1)', () => {
    const r = validateAnswers(T, { ...good, vehicle_use: { passenger_share: 0.5, cargo_share: 0.6 } });
    expect(r.errors.map((e) => `${e.field}:${e.code}`)).toEqual(['cargo_share:sum_exceeded']);
    expect(r.errors[0].message.zh).toBe('「载人比例」与「拉货比例」之和不能超过100%');
  });

  it('reports a bad option, a repeated option and unknown keys', () => {
    expect(codes({ ...good, occupation: { ...good.occupation, shop_type: 'kiosk' } })).toEqual(['occupation.shop_type:bad_option']);
    expect(codes({ ...good, vehicle_use: { cargo_share: 1, cargo_types: ['goods', 'goods'] } })).toEqual(['vehicle_use.cargo_types:duplicate_option']);
    expect(codes({ ...good, basic: { ...good.basic, shoe_size: 42 }, hobbies: {} })).toEqual(['basic.shoe_size:unknown_field', 'hobbies.:unknown_section']);
    const bad = validateAnswers(T, { ...good, occupation: { ...good.occupation, shop_type: 'kiosk' } });
    expect(bad.errors[0].message).toEqual({ zh: '「店铺类型」没有“kiosk”这个选项', en: '"Shop type" has no option "kiosk"' });
  });

  it('requires a conditional field only while it is visible', () => {
    const base = { basic: { age: 40, gender: 'female' } };
    // 增购 shows 汽车总量 (required), 换购 shows 替换车型 (required), 首购 shows neither.
    expect(codes({ ...base, purchase: { purchase_type: 'additional' } })).toEqual(['purchase.fleet_size:required']);
    expect(codes({ ...base, purchase: { purchase_type: 'replacement' } })).toEqual(['purchase.replaced_model:required']);
    expect(codes({ ...base, purchase: { purchase_type: 'first' } })).toEqual([]);
    // 店铺数量 is required only when the customer has a shop.
    expect(codes({ ...base, purchase: { purchase_type: 'first' }, occupation: { has_shop: true } })).toEqual(['occupation.shop_count:required']);
    expect(codes({ ...base, purchase: { purchase_type: 'first' }, occupation: { has_shop: false } })).toEqual([]);
  });

  it('drops answers of hidden fields instead of failing (an earlier answer changed)', () => {
    const r = validateAnswers(T, { basic: { age: 40, gender: 'female' }, purchase: { purchase_type: 'first', fleet_size: 'lots', first_model: 'X' } });
    expect(r.ok).toBe(true);
    expect(r.dropped).toEqual(['purchase.first_model', 'purchase.fleet_size']); // template order
    expect(r.answers.purchase).toEqual({ purchase_type: 'first' });
  });

  it('trims text, leaves out empty answers, keeps 0 and false', () => {
    const r = validateAnswers(T, {
      basic: { age: 40, gender: 'female', hometown: '  河南周口 ', hukou: '  ', household_members: [] },
      purchase: { purchase_type: 'first' }, interests: { self_drive: false }, vehicle_use: { passenger_share: 0 },
    });
    expect(r.ok).toBe(true);
    expect(r.answers.basic).toEqual({ age: 40, gender: 'female', hometown: '河南周口' });
    expect(r.answers.interests).toEqual({ self_drive: false });
    expect(r.answers.vehicle_use).toEqual({ passenger_share: 0 });
  });

  it('enforces text length', () => {
    expect(codes({ ...good, basic: { ...good.basic, hometown: '家'.repeat(101) } })).toEqual(['basic.hometown:too_long']);
  });
});

describe('visibleFields', () => {
  const paths = (answers: Parameters<typeof visibleFields>[1]) => visibleFields(T, answers).map((r) => `${r.section}.${r.field.key}`);

  it('shows the additional-purchase block only for 增购 and the replacement block only for 换购', () => {
    const additional = paths({ purchase: { purchase_type: 'additional' } });
    expect(additional).toEqual(expect.arrayContaining(['purchase.first_model', 'purchase.current_models', 'purchase.additional_reason', 'purchase.fleet_size']));
    expect(additional).not.toContain('purchase.replaced_model');
    const replacement = paths({ purchase: { purchase_type: 'replacement' } });
    expect(replacement).toEqual(expect.arrayContaining(['purchase.replaced_model', 'purchase.replacement_reason']));
    expect(replacement).not.toContain('purchase.fleet_size');
  });

  it('shows cargo details only when the cargo share is above 0', () => {
    expect(paths({ vehicle_use: { cargo_share: 0 } })).not.toContain('vehicle_use.cargo_types');
    expect(paths({ vehicle_use: { cargo_share: 0.1 } })).toContain('vehicle_use.cargo_types');
    expect(paths({})).not.toContain('vehicle_use.load_per_trip_t');
  });

  it('hides nothing unconditional: an empty interview shows every field without showIf', () => {
    const unconditional = T.sections.flatMap((s) => s.fields.filter((f) => !f.showIf).map((f) => `${s.key}.${f.key}`));
    expect(paths({})).toEqual(unconditional);
  });
});
