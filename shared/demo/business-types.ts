/**
 * Who buys commercial vehicles: sole traders (个体户) and small firms. Each
 * business type carries the company-name suffix it registers under, the
 * vehicles it tends to buy and how big its fleet usually is — so a 生鲜配送
 * company buys refrigerated trucks and a 搬家公司 buys box vans.
 */
import { weightedTable } from './weighted-table';

export interface BusinessType {
  /** `attributes.business_type`, e.g. `物流运输`. */
  label: string;
  /** A sole trader's (个体户) shop-name suffix, e.g. `建材店` in `张记建材店`. */
  shopSuffix: string;
  /** Registered-name suffix, e.g. `物流有限公司`. */
  companySuffix: string;
  /** Vehicle keys (product-catalog) in order of preference, the first most likely. */
  vehicles: readonly string[];
  /** Typical fleet size range [min, max] (vehicles of any make). */
  fleet: readonly [number, number];
  /** Share of customers of this type trading as a registered company (the rest are 个体户). */
  companyShare: number;
}

export const BUSINESS_TYPES = weightedTable<BusinessType>([
  [{ label: '物流运输', shopSuffix: '货运部', companySuffix: '物流有限公司', vehicles: ['k5', 'k3', 'v5', 'e5'], fleet: [2, 30], companyShare: 0.9 }, 20],
  [{ label: '个体运输', shopSuffix: '货运部', companySuffix: '货运部', vehicles: ['k3', 'm2', 'v3', 'k5'], fleet: [1, 2], companyShare: 0.15 }, 18],
  [{ label: '建材批发', shopSuffix: '建材店', companySuffix: '建材经营部', vehicles: ['k3', 'p6', 'k5'], fleet: [1, 5], companyShare: 0.6 }, 10],
  [{ label: '生鲜配送', shopSuffix: '蔬菜批发部', companySuffix: '生鲜配送有限公司', vehicles: ['k7', 'v5', 'm2'], fleet: [2, 12], companyShare: 0.8 }, 8],
  [{ label: '搬家服务', shopSuffix: '搬家队', companySuffix: '搬家服务有限公司', vehicles: ['v5', 'k5', 'v3'], fleet: [2, 10], companyShare: 0.7 }, 6],
  [{ label: '快递网点', shopSuffix: '快递代收点', companySuffix: '速递服务部', vehicles: ['e5', 'v3', 'm2'], fleet: [2, 8], companyShare: 0.7 }, 7],
  [{ label: '装修工程', shopSuffix: '装饰队', companySuffix: '装饰工程有限公司', vehicles: ['p6', 'p8', 'm1'], fleet: [1, 4], companyShare: 0.7 }, 7],
  [{ label: '农资农产品', shopSuffix: '农资店', companySuffix: '农资经营部', vehicles: ['k3', 'p6', 'm2'], fleet: [1, 3], companyShare: 0.4 }, 7],
  [{ label: '餐饮供应链', shopSuffix: '冻品批发部', companySuffix: '餐饮管理有限公司', vehicles: ['m2', 'k7', 'v3'], fleet: [1, 6], companyShare: 0.8 }, 5],
  [{ label: '家电家具配送', shopSuffix: '家具店', companySuffix: '家居配送有限公司', vehicles: ['v5', 'k5', 'v3'], fleet: [1, 8], companyShare: 0.7 }, 5],
  [{ label: '工程施工', shopSuffix: '工程队', companySuffix: '建筑劳务有限公司', vehicles: ['p8', 'p6', 'k3'], fleet: [2, 15], companyShare: 0.9 }, 4],
  [{ label: '商超便利店', shopSuffix: '便利店', companySuffix: '商贸有限公司', vehicles: ['m2', 'm1', 'v3'], fleet: [1, 3], companyShare: 0.6 }, 3],
]);

/** Two-character trade names (字号) that small Chinese firms register under. */
export const TRADE_NAMES = [
  '顺达', '通达', '鑫源', '宏发', '恒通', '诚信', '兴旺', '永盛', '华运', '安捷', '汇通', '金桥',
  '顺捷', '利民', '广源', '瑞祥', '万通', '天成', '长运', '佳美', '新锐', '众鑫', '德润', '远航',
  '锦程', '蓉发', '川渝', '嘉禾', '隆昌', '福满', '速邦', '骏达', '盛世', '宏图', '家和', '惠民',
] as const;
