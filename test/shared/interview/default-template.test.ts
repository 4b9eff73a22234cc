import { describe, expect, it } from 'vitest';
import { checkTemplate } from '../../../shared/interview/check-template';
import { DEFAULT_INTERVIEW_TEMPLATE as T } from '../../../shared/interview/default-template/index';
import { allFields, findField, splitFieldPath } from '../../../shared/interview/field-path';

describe('default interview template (seed 002, SPEC §6)', () => {
  it('passes the template checker', () => {
    expect(checkTemplate(T)).toEqual([]);
  });

  it('has the seven sections of SPEC §6 in order, with the seed headings', () => {
    expect(T.sections.map((s) => s.key)).toEqual(['basic', 'occupation', 'interests', 'media', 'purchase', 'vehicle_use', 'evaluation']);
    expect(T.sections.map((s) => s.title.zh)).toEqual(['基本信息', '职业信息', '兴趣爱好', '媒介习惯', '车辆购买', '车辆用途', '车辆评价']);
  });

  it('uses unique snake_case keys', () => {
    const keys = T.sections.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const s of T.sections) {
      const fk = s.fields.map((f) => f.key);
      expect(new Set(fk).size, s.key).toBe(fk.length);
      for (const k of fk) expect(k, `${s.key}.${k}`).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    }
  });

  it('has unique option values and labels, and options only on choice fields', () => {
    for (const { section, field } of allFields(T)) {
      const choice = field.type === 'single' || field.type === 'multi';
      expect(field.options !== undefined, `${section}.${field.key}`).toBe(choice);
      const opts = field.options ?? [];
      expect(new Set(opts.map((o) => o.value)).size).toBe(opts.length);
      expect(new Set(opts.map((o) => o.label.zh)).size).toBe(opts.length);
      expect(new Set(opts.map((o) => o.label.en)).size).toBe(opts.length);
    }
  });

  it('points every showIf at an existing earlier field', () => {
    const order = allFields(T).map((r) => `${r.section}.${r.field.key}`);
    const conditional = allFields(T).filter((r) => r.field.showIf);
    expect(conditional.length).toBeGreaterThan(10);
    for (const r of conditional) {
      const target = r.field.showIf!.field;
      expect(findField(T, target), target).toBeDefined();
      expect(order.indexOf(target)).toBeLessThan(order.indexOf(`${r.section}.${r.field.key}`));
    }
  });

  it('carries the seed details: shop types, purchase types, shares, units', () => {
    expect(findField(T, 'occupation.shop_type')!.options!.map((o) => o.label.zh)).toEqual(['独立店', '加盟店', '专营店', '品牌店']);
    expect(findField(T, 'purchase.purchase_type')!.options!.map((o) => o.value)).toEqual(['first', 'additional', 'replacement']);
    expect(findField(T, 'purchase.fleet_size')!.showIf).toEqual({ field: 'purchase.purchase_type', equals: 'additional' });
    expect(findField(T, 'purchase.replaced_model')!.showIf).toEqual({ field: 'purchase.purchase_type', equals: 'replacement' });
    expect(findField(T, 'vehicle_use.cargo_share')!.type).toBe('percent');
    expect(findField(T, 'vehicle_use.passenger_share')!.type).toBe('percent');
    expect(findField(T, 'occupation.revenue')!.unit).toEqual({ zh: '万元/月', en: '×10k yuan/month' });
    expect(findField(T, 'occupation.floor_area')!.unit!.zh).toBe('平方米');
    expect(findField(T, 'vehicle_use.daily_km')!.unit!.zh).toBe('公里');
    expect(findField(T, 'vehicle_use.load_per_trip_t')!.unit!.zh).toBe('吨');
    for (const k of ['product_rating', 'manufacturer_rating', 'dealer_rating', 'after_sales_rating']) {
      expect(findField(T, `evaluation.${k}`)).toMatchObject({ type: 'number', min: 1, max: 5, integer: true });
    }
  });

  it('maps age and gender to the profile, and answers to tags, as data', () => {
    expect(findField(T, 'basic.age')!.profileField).toEqual({ target: 'birth_year', via: 'age_to_birth_year' });
    expect(findField(T, 'basic.gender')!.profileField).toEqual({ target: 'gender' });
    expect(findField(T, 'vehicle_use.cargo_share')!.tagRules![0]).toMatchObject({ when: { gte: 0.5 }, tag: { zh: '货运为主' } });
    expect(findField(T, 'interests.self_drive')!.tagRules![0]).toMatchObject({ when: { equals: true }, tag: { zh: '自驾游爱好者' } });
    expect(findField(T, 'media.wechat_use')!.tagRules![0]).toMatchObject({ tag: { zh: '微信活跃' } });
  });

  it('is plain JSON data (survives a JSON round trip unchanged)', () => {
    expect(JSON.parse(JSON.stringify(T))).toEqual(T);
  });

  it('refers in highlights only to real fields', () => {
    for (const h of T.highlights ?? []) for (const p of h.fields) expect(splitFieldPath(p) && findField(T, p), p).toBeTruthy();
  });
});
