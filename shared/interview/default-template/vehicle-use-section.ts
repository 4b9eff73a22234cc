import type { TemplateSection } from '../template-types';
import { options, t, tagRule, TAG_PLACES } from './builders';

const CARRIES_CARGO = { field: 'vehicle_use.cargo_share', gt: 0 } as const;
const CARRIES_PEOPLE = { field: 'vehicle_use.passenger_share', gt: 0 } as const;

/**
 * 车辆用途 (seed 002: 载人拉货使用比例;如货物:货物类型(商品/样品/工具)、单次载重/货物体积;
 * 如乘员:乘坐人员(客户/家人)、单次出行人数/频次;每日行车里程;工作/移动路线).
 * Shares are fractions (0.6 = 60 %), as the tag language expects
 * (`interview.vehicle_use.cargo_share >= 0.5`); together at most 100 %.
 */
export const vehicleUseSection: TemplateSection = {
  key: 'vehicle_use',
  title: t('车辆用途', 'Vehicle use'),
  sumAtMost: [{ fields: ['passenger_share', 'cargo_share'], max: 1 }],
  fields: [
    { key: 'passenger_share', label: t('载人比例', 'Passenger share'), short: t('载人', 'Passengers'), type: 'percent',
      tagRules: [tagRule(TAG_PLACES.vehicleUse, { gte: 0.5 }, '载人为主', 'Mainly carries people')] },
    { key: 'cargo_share', label: t('拉货比例', 'Cargo share'), short: t('拉货', 'Cargo'), type: 'percent',
      tagRules: [tagRule(TAG_PLACES.vehicleUse, { gte: 0.5 }, '货运为主', 'Mainly carries cargo')] },
    { key: 'cargo_types', label: t('货物类型', 'Kind of cargo'), short: t('货物', 'Cargo type'), type: 'multi', showIf: CARRIES_CARGO,
      options: options(['goods', '商品', 'Goods'], ['samples', '样品', 'Samples'], ['tools', '工具设备', 'Tools and equipment'],
        ['materials', '建材原料', 'Building materials'], ['fresh_food', '生鲜食品', 'Fresh food'], ['other', '其他', 'Other']) },
    { key: 'load_per_trip_t', label: t('单次载重', 'Load per trip'), short: t('单次载重', 'Load'), type: 'number', unit: t('吨', 't'), min: 0, max: 100, showIf: CARRIES_CARGO },
    { key: 'cargo_volume_m3', label: t('单次货物体积', 'Cargo volume per trip'), type: 'number', unit: t('立方米', 'm³'), min: 0, max: 200, showIf: CARRIES_CARGO },
    { key: 'passenger_types', label: t('乘坐人员', 'Who rides along'), type: 'multi', showIf: CARRIES_PEOPLE,
      options: options(['customers', '客户', 'Customers'], ['family', '家人', 'Family'], ['staff', '员工', 'Staff'], ['other', '其他', 'Other']) },
    { key: 'passengers_per_trip', label: t('单次出行人数', 'People per trip'), type: 'number', unit: t('人', 'people'), min: 1, max: 60, integer: true, showIf: CARRIES_PEOPLE },
    { key: 'passenger_trips_per_week', label: t('载人出行频次', 'Passenger trips per week'), type: 'number', unit: t('次/周', 'trips a week'), min: 0, max: 200, showIf: CARRIES_PEOPLE },
    { key: 'daily_km', label: t('每日行车里程', 'Daily mileage'), short: t('每日里程', 'Daily mileage'), type: 'number', unit: t('公里', 'km'), min: 0, max: 2000,
      tagRules: [tagRule(TAG_PLACES.vehicleUse, { gte: 200 }, '高里程用户', 'High-mileage driver')] },
    { key: 'route_scope', label: t('行驶范围', 'Where they drive'), short: t('行驶范围', 'Area'), type: 'single',
      options: options(['urban', '市区', 'Within the city'], ['suburban', '城乡之间', 'City and countryside'], ['intercity', '城际/跨省', 'Between cities'],
        ['mixed', '都有', 'Mixed']),
      tagRules: [tagRule(TAG_PLACES.vehicleUse, { equals: 'intercity' }, '跨城运输', 'Intercity transport')] },
    { key: 'routes', label: t('工作/移动路线', 'Usual routes'), type: 'text', max: 300 },
  ],
};
