/**
 * What a field rep learns about a customer in an in-depth interview, drawn
 * once per interview so that related answers agree (a married man of 45 with
 * two children at school in the city, running a six-truck logistics firm).
 */
import type { Draw } from './draw';
import type { DemoCohort, DemoCustomer } from './types';

export interface InterviewPersona {
  customer: DemoCustomer;
  cohort: DemoCohort;
  /** Age in whole years on the interview day. */
  age: number;
  /** City without 市, for place names: `成都`. */
  cityShort: string;
  /** Vehicle names bought here, oldest first (may be empty). */
  models: readonly string[];
  /** Units bought here. */
  vehicles: number;
  fleet: number;
  married: boolean;
  children: number;
  /** Ages of the children, eldest first. */
  childAges: readonly number[];
  /** A registered company (有限公司) rather than a sole trader (个体户). */
  company: boolean;
  /** Business label of the profile (物流运输 …), or '' for private buyers. */
  business: string;
  /** Home county (老家); 70 % have moved their household registration (户口) to the city. */
  hometown: string;
  localHukou: boolean;
  /** Shares of use carrying cargo / people, in steps of 5 % (k/20), together ≤ 100 %. */
  cargoShare: number;
  passengerShare: number;
}

/** Counties people in the region come from (老家), by province. */
const HOMETOWNS: Readonly<Record<string, readonly string[]>> = {
  四川省: ['南充市营山县', '达州市渠县', '广安市岳池县', '巴中市平昌县', '资阳市安岳县', '绵阳市三台县', '内江市威远县'],
  重庆市: ['重庆市开州区', '重庆市云阳县', '重庆市忠县', '重庆市垫江县', '重庆市梁平区'],
  贵州省: ['遵义市湄潭县', '毕节市大方县', '铜仁市思南县'],
  云南省: ['曲靖市宣威市', '昭通市镇雄县', '红河州建水县'],
};
const ANY_HOMETOWN = ['南充市营山县', '重庆市开州区', '达州市渠县', '毕节市大方县', '周口市郸城县'];

/** Cargo-first businesses (almost all driving is deliveries) vs. tradesmen who also carry crews. */
const CARGO_FIRST = new Set(['物流运输', '个体运输', '快递网点', '生鲜配送', '搬家服务', '家电家具配送', '餐饮供应链', '建材批发']);

/**
 * Draws the persona. Married: 88 % from age 28, 25 % below; children for 92 %
 * of the married: one (55 %), two (40 %) or three (5 %), the eldest born when
 * the parent was 24–32, the next 2–6 years apart.
 * Cargo share in twentieths: 17–20 for delivery businesses, 10–16 for
 * trades, 4–10 for private buyers; the passenger share takes part of the rest.
 * Example: age 45, married, 2 children → child ages like [17, 13].
 */
export function interviewPersona(
  draw: Draw,
  customer: DemoCustomer,
  cohort: DemoCohort,
  interviewYear: number,
  models: readonly string[],
  vehicles: number,
): InterviewPersona {
  const age = interviewYear - customer.birth_year;
  const married = draw.chance(age >= 28 ? 0.88 : 0.25);
  const r = draw.u();
  const children = married && draw.chance(0.92) ? (r < 0.55 ? 1 : r < 0.95 ? 2 : 3) : 0;
  const childAges: number[] = [];
  let eldest = age - draw.int(24, 32);
  for (let i = 0; i < children && eldest >= 0; i++) {
    childAges.push(eldest);
    eldest -= draw.int(2, 6);
  }
  const company = customer.attributes.company?.endsWith('有限公司') ?? false;
  const business = customer.attributes.business_type ?? '';
  const cargo = business === '' ? draw.int(4, 10) : CARGO_FIRST.has(business) ? draw.int(17, 20) : draw.int(10, 16);
  const passengers = draw.int(0, 20 - cargo);
  return {
    customer,
    cohort,
    age,
    cityShort: customer.city.replace(/市$/, ''),
    models,
    vehicles,
    fleet: Math.max(customer.attributes.fleet_size ?? 1, vehicles, 1),
    married,
    children: childAges.length,
    childAges,
    company,
    business,
    hometown: draw.pick(HOMETOWNS[customer.region] ?? ANY_HOMETOWN),
    localHukou: draw.chance(0.7),
    cargoShare: cargo / 20,
    passengerShare: passengers / 20,
  };
}
