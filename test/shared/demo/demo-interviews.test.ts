import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_TEMPLATE, validateAnswers } from '../../../shared/interview';
import type { TemplateField } from '../../../shared/interview';
import { demoUuid, fillInterview } from '../../../shared/demo/demo-interviews';
import { drawFrom } from '../../../shared/demo/draw';
import { fallbackAnswer } from '../../../shared/demo/interview-fallback';
import { interviewPersona } from '../../../shared/demo/interview-persona';
import type { DemoCohort, DemoCustomer } from '../../../shared/demo/types';

/** A small deterministic source for these tests only (Weyl sequence of the golden ratio). */
function weyl(start: number) {
  let x = start;
  return drawFrom(() => (x = (x + 0.6180339887498949) % 1));
}

const customer = (over: Partial<DemoCustomer> = {}): DemoCustomer => ({
  customer_id: 'C-000001', name: '王建国', phone: '13800000001', gender: 'male', birth_year: 1980,
  region: '四川省', city: '成都市', source: '线下', platform: 'store', owner: 'wang', assigned_field: 'zhao',
  attributes: { company: '成都顺达物流有限公司', business_type: '物流运输', fleet_size: 6 }, ...over,
});

describe('demoUuid', () => {
  it('formats four 32-bit words as a version-4 UUID', () => {
    // u = 0.5 → each word ⌊0.5·2^32⌋ = 0x80000000, hex = '80000000' × 4 (32 digits);
    // groups: [0,8) '80000000', [8,12) '8000', '4' + [13,16) '000', variant (8 & 3) | 8 = 8 + [17,20) '000',
    // [20,32) = '0000' + '80000000'.
    expect(demoUuid(drawFrom(() => 0.5))).toBe('80000000-8000-4000-8000-000080000000');
  });

  it('always has the version and variant nibbles', () => {
    const d = weyl(0.1);
    for (let i = 0; i < 200; i++) expect(demoUuid(d)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('fillInterview (default template)', () => {
  const cohorts: DemoCohort[] = ['steady', 'drifting', 'growing', 'one_timer', 'prospect'];
  const customers = [
    customer(),
    customer({ gender: 'female', birth_year: 2002, attributes: { fleet_size: 1 } }),
    customer({ region: '重庆市', city: '重庆市', attributes: { company: '张记建材店', business_type: '建材批发', fleet_size: 2 } }),
    customer({ region: '广东省', city: '广州市', birth_year: 1961, attributes: { business_type: '装修工程', fleet_size: 1 } }),
  ];

  it('passes the template validator for many personas', () => {
    const d = weyl(0.3);
    let checked = 0;
    for (let k = 0; k < 100; k++) {
      const c = customers[k % customers.length]!;
      const models = k % 3 === 0 ? [] : k % 3 === 1 ? ['轻卡 K3 3.5吨'] : ['轻卡 K3 3.5吨', '轻卡 K5 4.2米 厢式'];
      const persona = interviewPersona(d, c, cohorts[k % 5]!, 2026, models, models.length);
      const result = validateAnswers(DEFAULT_INTERVIEW_TEMPLATE, fillInterview(d, DEFAULT_INTERVIEW_TEMPLATE, persona));
      expect(result.errors).toEqual([]);
      expect(result.dropped).toEqual([]); // nothing answered for a hidden field
      checked++;
    }
    expect(checked).toBe(100);
  });

  it('agrees with the profile: age, gender, fleet size for repeat buyers', () => {
    const d = weyl(0.7);
    const persona = interviewPersona(d, customer(), 'growing', 2026, ['轻卡 K5 4.2米 厢式', '轻卡 K5 4.2米 厢式'], 2);
    const a = fillInterview(d, DEFAULT_INTERVIEW_TEMPLATE, persona);
    expect(a.basic?.age).toBe(46); // 2026 − 1980
    expect(a.basic?.gender).toBe('male');
    expect(a.purchase?.purchase_type).toBe('additional'); // two vehicles bought here
    expect(a.purchase?.fleet_size).toBe(6); // max(profile fleet 6, 2 bought)
  });

  it('keeps passenger + cargo share within 100 %', () => {
    const d = weyl(0.9);
    for (let k = 0; k < 200; k++) {
      const p = interviewPersona(d, customers[k % customers.length]!, 'steady', 2026, [], 0);
      expect(p.cargoShare + p.passengerShare).toBeLessThanOrEqual(1 + 1e-9);
      expect(p.cargoShare).toBeGreaterThan(0);
    }
  });
});

describe('fallbackAnswer', () => {
  const field = (f: Partial<TemplateField>): TemplateField => ({ key: 'x', label: { zh: 'x', en: 'x' }, type: 'text', ...f });

  it('draws whole numbers in range', () => {
    // [1, 5]: int(1, 5) = 1 + ⌊u·5⌋ → u = 0 → 1, u = 0.999 → 5.
    expect(fallbackAnswer(drawFrom(() => 0), field({ type: 'number', min: 1, max: 5 }))).toBe(1);
    expect(fallbackAnswer(drawFrom(() => 0.999), field({ type: 'number', min: 1, max: 5 }))).toBe(5);
    // Unbounded: 0 … 10.
    expect(fallbackAnswer(drawFrom(() => 0.999), field({ type: 'number' }))).toBe(10);
    // No whole number in [0.2, 0.8]: the minimum.
    expect(fallbackAnswer(drawFrom(() => 0.5), field({ type: 'number', min: 0.2, max: 0.8 }))).toBe(0.2);
  });

  it('leaves optional text and shares unanswered, fills required ones plainly', () => {
    expect(fallbackAnswer(drawFrom(() => 0.5), field({ type: 'text' }))).toBeUndefined();
    expect(fallbackAnswer(drawFrom(() => 0.5), field({ type: 'text', required: true }))).toBe('面谈时未细问');
    expect(fallbackAnswer(drawFrom(() => 0.5), field({ type: 'percent' }))).toBeUndefined();
    expect(fallbackAnswer(drawFrom(() => 0.5), field({ type: 'percent', required: true }))).toBe(0);
  });

  it('picks existing options', () => {
    const options = [{ value: 'a', label: { zh: '甲', en: 'A' } }, { value: 'b', label: { zh: '乙', en: 'B' } }];
    expect(fallbackAnswer(drawFrom(() => 0.6), field({ type: 'single', options }))).toBe('b'); // ⌊0.6·2⌋ = 1
    expect(fallbackAnswer(drawFrom(() => 0.6), field({ type: 'single', options: [] }))).toBeUndefined();
    expect(fallbackAnswer(drawFrom(() => 0.2), field({ type: 'yesno' }))).toBe(true);
  });
});
