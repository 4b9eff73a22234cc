import type { Text } from '../api/types';

/**
 * China's seven geographic regions (七大地理分区) by province-level division,
 * as region tags. Each list holds official names and short forms
 * (四川省 and 四川), since exports write either.
 */
const REGIONS: [string, string, string, string[]][] = [
  ['region_north', '华北地区', 'North China', ['北京市', '天津市', '河北省', '山西省', '内蒙古自治区']],
  ['region_northeast', '东北地区', 'Northeast China', ['辽宁省', '吉林省', '黑龙江省']],
  ['region_east', '华东地区', 'East China', ['上海市', '江苏省', '浙江省', '安徽省', '福建省', '江西省', '山东省', '台湾省']],
  ['region_central', '华中地区', 'Central China', ['河南省', '湖北省', '湖南省']],
  ['region_south', '华南地区', 'South China', ['广东省', '广西壮族自治区', '海南省', '香港特别行政区', '澳门特别行政区']],
  ['region_southwest', '西南地区', 'Southwest China', ['重庆市', '四川省', '贵州省', '云南省', '西藏自治区']],
  ['region_northwest', '西北地区', 'Northwest China', ['陕西省', '甘肃省', '青海省', '宁夏回族自治区', '新疆维吾尔自治区']],
];

const short = (name: string) => name.replace(/(特别行政区|壮族自治区|回族自治区|维吾尔自治区|自治区|省|市)$/, '');

export const REGION_TAGS: readonly { id: string; name: Text; regions: string[] }[] = REGIONS.map(([id, zh, en, provinces]) => ({
  id, name: { zh, en }, regions: provinces.flatMap((p) => [p, short(p)]),
}));
