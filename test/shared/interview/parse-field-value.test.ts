import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_TEMPLATE as T } from '../../../shared/interview/default-template/index';
import { findField } from '../../../shared/interview/field-path';
import { matchOptions } from '../../../shared/interview/match-options';
import { validateFieldValue } from '../../../shared/interview/parse-field-value';

const field = (path: string) => {
  const f = findField(T, path);
  if (!f) throw new Error(path);
  return f;
};
const parse = (path: string, raw: string) => validateFieldValue(field(path), raw);
const value = (path: string, raw: string) => {
  const r = parse(path, raw);
  return r.ok ? r.value : `error:${r.code}`;
};

describe('validateFieldValue (what the bot receives)', () => {
  it('parses numbers with or without the unit, full-width digits and thousands separators', () => {
    expect(value('basic.age', '35')).toBe(35);
    expect(value('basic.age', '35岁')).toBe(35);
    expect(value('basic.age', '３５')).toBe(35); // full-width, NFKC
    expect(value('basic.age', '大概35岁左右')).toBe(35);
    expect(value('vehicle_use.daily_km', '150 km')).toBe(150);
    expect(value('vehicle_use.daily_km', '150公里')).toBe(150);
    expect(value('occupation.revenue', '3.5万')).toBe(3.5); // a prefix of 万元/月
    expect(value('occupation.floor_area', '1,200平')).toBe(1200);
  });

  it('rejects what is not a number of this field', () => {
    expect(value('basic.age', 'thirty')).toBe('error:unparseable');
    expect(value('vehicle_use.daily_km', '150吨')).toBe('error:unparseable'); // wrong unit
    expect(value('occupation.floor_area', '1,2')).toBe('error:unparseable');
    expect(value('basic.age', '12')).toBe('error:below_min');
    expect(value('basic.household_size', '2.5')).toBe('error:not_integer');
  });

  it('reads percentages as fractions: "60%" and "0.6" are both 0.6', () => {
    expect(value('vehicle_use.cargo_share', '60%')).toBe(0.6);
    expect(value('vehicle_use.cargo_share', '0.6')).toBe(0.6);
    expect(value('vehicle_use.cargo_share', '60')).toBe(0.6); // above 1 → percentage points
    expect(value('vehicle_use.cargo_share', '６０％')).toBe(0.6);
    expect(value('vehicle_use.cargo_share', '7成')).toBe(0.7);
    expect(value('vehicle_use.cargo_share', '1')).toBe(1); // a bare 1 is 100 %
    expect(value('vehicle_use.cargo_share', '1%')).toBe(0.01);
    expect(value('vehicle_use.cargo_share', '150%')).toBe('error:above_max');
    expect(value('vehicle_use.cargo_share', '-5%')).toBe('error:below_min');
    expect(value('vehicle_use.cargo_share', 'most')).toBe('error:unparseable');
  });

  it('reads yes/no in Chinese and English', () => {
    for (const yes of ['是', '是的', '有', '对', 'yes', 'Yes', 'Y', 'true', '有的。']) expect(value('interests.self_drive', yes), yes).toBe(true);
    for (const no of ['否', '不是', '没有', '无', 'no', 'NO', 'n', 'false']) expect(value('interests.self_drive', no), no).toBe(false);
    expect(value('interests.self_drive', '也许')).toBe('error:unparseable');
  });

  it('finds a single option by value, zh label, en label, listed number or unique prefix', () => {
    expect(value('occupation.shop_type', 'franchise')).toBe('franchise');
    expect(value('occupation.shop_type', '加盟店')).toBe('franchise');
    expect(value('occupation.shop_type', 'FRANCHISE')).toBe('franchise');
    expect(value('occupation.shop_type', 'Exclusive dealer')).toBe('exclusive');
    expect(value('occupation.shop_type', '2')).toBe('franchise'); // 1 独立店, 2 加盟店
    expect(value('occupation.shop_type', '加盟')).toBe('franchise');
    expect(value('occupation.shop_type', '5')).toBe('error:unparseable'); // only 4 options
    expect(value('purchase.purchase_type', '增购')).toBe('additional');
  });

  it('splits multi answers on 、 , ; and spaces between numbers, in option order without repeats', () => {
    expect(value('vehicle_use.cargo_types', '工具设备、商品')).toEqual(['goods', 'tools']);
    expect(value('vehicle_use.cargo_types', 'goods, samples；goods')).toEqual(['goods', 'samples']);
    expect(value('vehicle_use.cargo_types', '1 3')).toEqual(['goods', 'tools']);
    expect(value('vehicle_use.cargo_types', 'Tools and equipment')).toEqual(['tools']); // a label with spaces
    expect(value('vehicle_use.cargo_types', '商品、飞机')).toBe('error:unparseable');
  });

  it('trims text and enforces its length', () => {
    expect(value('basic.hometown', '  河南周口  ')).toBe('河南周口');
    expect(value('basic.hometown', '家'.repeat(101))).toBe('error:too_long');
  });

  it('answers an empty reply with "required" and gives zh/en hints', () => {
    expect(parse('basic.age', '   ')).toEqual({ ok: false, code: 'required', message: { zh: '请填写「年龄」', en: '"Age" is required' } });
    const r = parse('interests.self_drive', 'maybe');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toEqual({ zh: '没看懂这个答案:「有无自驾游」请回复“是”或“否”', en: 'Could not read that answer: for "Goes on self-drive trips", please reply "yes" or "no"' });
  });

  it('leaves an ambiguous prefix unresolved', () => {
    const opts = [{ value: 'a', label: { zh: '市区', en: 'City' } }, { value: 'b', label: { zh: '市郊', en: 'Suburb' } }];
    expect(matchOptions(opts, '市')).toBeNull();
  });
});
