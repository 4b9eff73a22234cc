/**
 * Demo answers for the 车辆购买, 车辆用途 and 车辆评价 sections, consistent
 * with what the customer bought here: several vehicles → 增购 with the fleet
 * size; a drifting customer rates the dealer and after-sales low.
 */
import { pickByWeight, someOf, type Draw } from './draw';
import type { CuratedAnswer } from './interview-answers-people';
import type { InterviewPersona } from './interview-persona';
import { VEHICLES } from './product-catalog';

const CARGO_TYPES: Readonly<Record<string, readonly string[]>> = {
  建材批发: ['materials', 'goods'], 装修工程: ['tools', 'materials'], 工程施工: ['tools', 'materials'],
  生鲜配送: ['fresh_food'], 餐饮供应链: ['fresh_food', 'goods'], 农资农产品: ['goods', 'other'],
};
const ROUTES = ['{city}城区到周边区县', '仓库—批发市场—各门店', '建材市场到各个工地', '物流园到{city}各区', '{city}到周边城市往返'];

/**
 * 增购 when they bought two or more vehicles here or run a bigger fleet;
 * otherwise 首购 (65 %) or 换购 (35 %).
 */
function purchaseType(draw: Draw, p: InterviewPersona): string {
  if (p.vehicles >= 2 || p.fleet >= 3) return 'additional';
  return draw.chance(0.65) ? 'first' : 'replacement';
}

/** Ratings 1–5: drifting customers are unhappy with the dealer and the workshop. */
function rating(draw: Draw, p: InterviewPersona, happy: readonly [number, number], unhappy: readonly [number, number]): number {
  const [lo, hi] = p.cohort === 'drifting' ? unhappy : happy;
  return draw.int(lo, hi);
}

export const VEHICLE_ANSWERS: Readonly<Record<string, CuratedAnswer>> = {
  'purchase.purchase_type': purchaseType,
  'purchase.first_model': (_d, p) => p.models[0] ?? '二手微面',
  'purchase.current_models': (_d, p) => (p.models.length > 0 ? [...new Set(p.models)].join('、') : undefined),
  'purchase.additional_reason': (d) => someOf(d, ['business_growth', 'new_business', 'peak_capacity', 'stop_renting'], 1, 2),
  'purchase.fleet_size': (_d, p) => p.fleet,
  'purchase.replaced_model': (d) => d.pick(['开了九年的老款微面', '二手轻卡（国四排放）', '老款单排小货车', '跑了四十多万公里的厢货']),
  'purchase.replacement_reason': (d) => someOf(d, ['too_old', 'running_costs', 'emissions', 'upgrade'], 1, 2),
  'purchase.purchase_reasons': (d, p) => (p.vehicles >= 2 ? ['business_growth'] : someOf(d, ['start_business', 'business_growth', 'replace_old', 'work_and_family'], 1, 2)),
  'purchase.decisive_factors': (d) => someOf(d, ['price', 'reliability', 'fuel_economy', 'load_capacity', 'service', 'financing', 'promotion', 'recommendation'], 1, 3),
  'purchase.attention_items': (d) => someOf(d, ['price', 'fuel_economy', 'load_capacity', 'power', 'safety', 'comfort', 'resale'], 2, 4),
  'purchase.compared_models': (d, p) => {
    const others = VEHICLES.map((v) => v.name).filter((n) => !p.models.includes(n));
    return `${d.pick(others)}、其他品牌同级车`;
  },
  'purchase.rejection_reasons': (d) => d.pick(['价格贵了一万多', '附近没有售后网点', '货箱尺寸不够', '试驾觉得动力偏弱', '首付要求太高']),

  'vehicle_use.passenger_share': (_d, p) => p.passengerShare,
  'vehicle_use.cargo_share': (_d, p) => p.cargoShare,
  'vehicle_use.cargo_types': (_d, p) => CARGO_TYPES[p.business] ?? ['goods'],
  'vehicle_use.load_per_trip_t': (d) => d.int(1, 6) / 2,
  'vehicle_use.cargo_volume_m3': (d) => (d.chance(0.6) ? d.int(3, 18) : undefined),
  'vehicle_use.passenger_types': (d) => someOf(d, ['staff', 'family', 'customers'], 1, 2),
  'vehicle_use.passengers_per_trip': (d) => d.int(1, 4),
  'vehicle_use.passenger_trips_per_week': (d) => d.int(1, 7),
  'vehicle_use.daily_km': (d, p) => (p.cargoShare >= 0.85 ? d.int(12, 35) * 10 : d.int(4, 15) * 10),
  'vehicle_use.route_scope': (d, p) =>
    p.cargoShare >= 0.85 ? pickByWeight(d, [['urban', 3], ['intercity', 2], ['mixed', 2]]) : pickByWeight(d, [['urban', 3], ['suburban', 3], ['mixed', 1]]),
  'vehicle_use.routes': (d, p) => (d.chance(0.7) ? d.pick(ROUTES).replace('{city}', p.cityShort) : undefined),

  'evaluation.product_rating': (d, p) => rating(d, p, [3, 5], [3, 4]),
  'evaluation.strengths': (d) => (d.chance(0.75) ? d.pick(['油耗低，皮实耐用', '货箱大，装得多', '动力够用，爬坡不费劲', '价格实在，配件便宜']) : undefined),
  'evaluation.weaknesses': (d) => (d.chance(0.6) ? d.pick(['座椅偏硬，跑长途累', '空调制冷一般', '配件价格偏贵', '隔音差，高速上噪音大']) : undefined),
  'evaluation.config_suggestions': (d) => (d.chance(0.4) ? d.pick(['希望出自动挡版本', '建议标配倒车影像', '想要更长货箱的版本', '希望纯电车续航再长一点']) : undefined),
  'evaluation.manufacturer_rating': (d, p) => rating(d, p, [3, 5], [2, 4]),
  'evaluation.dealer_rating': (d, p) => rating(d, p, [4, 5], [2, 3]),
  'evaluation.after_sales_rating': (d, p) => rating(d, p, [3, 5], [1, 3]),
};
