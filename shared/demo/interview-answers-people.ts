/**
 * Demo answers for the default interview template's 基本信息 and 职业信息
 * sections, keyed `'section.field'`. Each returns a typed value or undefined
 * (not asked). Values follow the persona so the interview agrees with the profile.
 */
import { pickByWeight, type Draw } from './draw';
import type { InterviewPersona } from './interview-persona';

export type CuratedAnswer = (draw: Draw, p: InterviewPersona) => unknown;

const INDUSTRY_OF: Readonly<Record<string, string>> = {
  物流运输: 'logistics', 个体运输: 'logistics', 快递网点: 'logistics', 搬家服务: 'services', 家电家具配送: 'logistics',
  建材批发: 'wholesale_retail', 商超便利店: 'wholesale_retail', 装修工程: 'construction', 工程施工: 'construction',
  生鲜配送: 'food_fresh', 餐饮供应链: 'food_fresh', 农资农产品: 'agriculture',
};
const SHOP_BUSINESSES = new Set(['建材批发', '商超便利店', '生鲜配送', '农资农产品', '餐饮供应链', '家电家具配送']);
const MARKETS = ['国际商贸城', '农产品批发市场', '建材家居市场', '物流园', '五金机电市场'];

/** Monthly revenue in 万元: 2–6 per vehicle run, to the nearest 0.5. */
const revenue = (p: InterviewPersona, u: number) => Math.round(p.fleet * (2 + 4 * u) * 2) / 2;

export const PEOPLE_ANSWERS: Readonly<Record<string, CuratedAnswer>> = {
  'basic.age': (_d, p) => p.age,
  'basic.gender': (_d, p) => p.customer.gender,
  'basic.education': (d) => pickByWeight(d, [['primary', 4], ['junior_high', 30], ['senior_high', 35], ['college', 18], ['bachelor', 12], ['postgraduate', 1]]),
  'basic.hukou': (_d, p) => (p.localHukou ? `${p.customer.region === p.customer.city ? '' : p.customer.region}${p.customer.city}` : p.hometown),
  'basic.hometown': (_d, p) => p.hometown,
  'basic.years_in_city': (d, p) => Math.min(p.age - 18, d.int(2, 25)),
  'basic.household_size': (d, p) => (p.married ? 2 : 1) + p.children + (d.chance(0.4) ? 2 : 0),
  'basic.household_members': (d, p) => [
    ...(p.married ? ['spouse'] : []),
    ...(p.children > 0 ? ['children'] : []),
    ...(d.chance(0.4) ? ['parents'] : []),
  ],
  'basic.marital_status': (d, p) => (p.married ? 'married' : d.chance(0.8) ? 'single' : 'divorced'),
  'basic.parents_nearby': (d) => d.chance(0.45),
  'basic.has_children': (_d, p) => p.children > 0,
  'basic.children_count': (_d, p) => p.children,
  'basic.children_nearby': (d) => d.chance(0.8),
  'basic.children_ages': (_d, p) => p.childAges.map((a) => (a === 0 ? '不到1岁' : `${a}岁`)).join('、'),
  'basic.children_school': (d, p) => ((p.childAges[0] ?? 0) < 6 || (p.childAges[0] ?? 0) > 22 ? 'not_in_school' : d.chance(0.75) ? 'local' : 'hometown'),

  'occupation.business_type': (_d, p) => (p.business === '' ? 'employee' : p.company ? 'private_company' : 'self_employed'),
  'occupation.industry': (_d, p) => INDUSTRY_OF[p.business] ?? 'other',
  'occupation.revenue': (d, p) => (d.chance(0.8) ? revenue(p, d.u()) : undefined),
  'occupation.expenses': (d, p) => (d.chance(0.7) ? Math.round(revenue(p, 0.5) * d.real(0.6, 0.9) * 10) / 10 : undefined),
  'occupation.has_shop': (d, p) => d.chance(SHOP_BUSINESSES.has(p.business) ? 0.85 : 0.3),
  'occupation.business_district': (d, p) => `${p.cityShort}${d.pick(MARKETS)}`,
  'occupation.shop_count': (d) => pickByWeight(d, [[1, 80], [2, 15], [3, 5]]),
  'occupation.floor_area': (d) => d.int(3, 60) * 10,
  'occupation.shop_type': (d) => pickByWeight(d, [['independent', 80], ['franchise', 10], ['exclusive', 10]]),
  'occupation.staff_count': (d, p) => Math.round(p.fleet * 1.5) + d.int(0, 5),
};

