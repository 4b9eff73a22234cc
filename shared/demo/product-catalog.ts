/**
 * What the demo dealer sells: vehicles (generic model names, no real brands),
 * after-sales service (售后保养/维修) and parts (配件), with price ranges in CNY
 * typical of 2024–2026 commercial-vehicle dealers in western China.
 */

export interface VehicleModel {
  /** Short key used by the business-type tables. */
  key: string;
  /** Product name as it appears on an order, e.g. `轻卡 K3 3.5吨`. */
  name: string;
  /** Guide price per unit, CNY; deals land 0–8 % below it. */
  listPrice: number;
}

export const VEHICLES: readonly VehicleModel[] = [
  { key: 'm1', name: '微面 M1 1.5L 7座', listPrice: 63_800 },
  { key: 'm2', name: '微面 M2 1.6L 厢式', listPrice: 68_800 },
  { key: 'v3', name: '厢式货车 V3 1.8L', listPrice: 96_800 },
  { key: 'v5', name: '厢式货车 V5 2.0T 长轴', listPrice: 139_800 },
  { key: 'k3', name: '轻卡 K3 3.5吨', listPrice: 108_000 },
  { key: 'k5', name: '轻卡 K5 4.2米 厢式', listPrice: 138_000 },
  { key: 'k7', name: '轻卡 K7 4.2米 冷藏车', listPrice: 198_000 },
  { key: 'p6', name: '皮卡 P6 2.4T 两驱', listPrice: 112_800 },
  { key: 'p8', name: '皮卡 P8 2.5T 四驱', listPrice: 168_800 },
  { key: 'e5', name: '纯电轻卡 E5 4.2米', listPrice: 218_000 },
];

export const VEHICLE_BY_KEY: ReadonlyMap<string, VehicleModel> = new Map(VEHICLES.map((v) => [v.key, v]));

/** A service or part with a unit price range [min, max] in CNY. */
export interface PricedItem {
  name: string;
  min: number;
  max: number;
}

/** Routine maintenance (保养): the bulk of visits. `首次保养` is the first one after delivery. */
export const FIRST_SERVICE: PricedItem = { name: '首次保养', min: 300, max: 420 };
export const MAINTENANCE: readonly PricedItem[] = [
  { name: '常规保养（机油+机滤）', min: 380, max: 680 },
  { name: '常规保养（机油+机滤）', min: 380, max: 680 },
  { name: '大保养（三滤+机油）', min: 900, max: 1_500 },
  { name: '变速箱油更换', min: 450, max: 800 },
];

/** Repairs (维修): fewer, dearer. */
export const REPAIRS: readonly PricedItem[] = [
  { name: '刹车系统检修', min: 600, max: 1_800 },
  { name: '离合器维修', min: 1_200, max: 3_000 },
  { name: '空调检修', min: 400, max: 1_200 },
  { name: '底盘检修', min: 500, max: 1_600 },
  { name: '事故钣金喷漆', min: 1_500, max: 3_000 },
  { name: '电路故障维修', min: 300, max: 1_100 },
];

/** Parts (配件) bought over the counter or in the online parts shop; unit prices. */
export const PARTS: readonly PricedItem[] = [
  { name: '机油滤清器', min: 80, max: 120 },
  { name: '雨刮片（一对）', min: 80, max: 160 },
  { name: '空气滤清器', min: 90, max: 180 },
  { name: '刹车片（前轮）', min: 280, max: 520 },
  { name: '蓄电池', min: 600, max: 1_100 },
  { name: '轮胎 7.00R16', min: 650, max: 1_150 },
  { name: '货箱篷布', min: 300, max: 800 },
  { name: '行车记录仪', min: 300, max: 900 },
  { name: '倒车影像套装', min: 500, max: 1_200 },
  { name: '北斗定位终端', min: 800, max: 1_500 },
  { name: '液压尾板', min: 3_500, max: 5_000 },
];

/** The cheap end of the parts list (≤ 200 CNY): what a customer who is drifting away still buys. */
export const CHEAP_PARTS: readonly PricedItem[] = PARTS.filter((p) => p.max <= 200);
