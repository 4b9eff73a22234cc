/**
 * Where the demo dealer's customers are: a dealer group based in Chengdu with
 * branches across the south-west, so most customers are in Sichuan and
 * Chongqing and a tail comes from neighbouring provinces (drivers who moved
 * or bought on a trip). Weights are shares in per cent.
 */
import { weightedTable } from './weighted-table';

export interface DemoPlace {
  /** Province-level name as in a DMS export, e.g. `四川省`. */
  region: string;
  city: string;
  /** The short form used inside company names, e.g. `成都`. */
  short: string;
}

const place = (region: string, city: string): DemoPlace => ({
  region,
  city,
  short: city.replace(/市$/, ''),
});

export const DEMO_PLACES = weightedTable<DemoPlace>([
  [place('四川省', '成都市'), 30],
  [place('四川省', '绵阳市'), 6],
  [place('四川省', '德阳市'), 5],
  [place('四川省', '南充市'), 4],
  [place('四川省', '宜宾市'), 4],
  [place('四川省', '泸州市'), 3],
  [place('四川省', '乐山市'), 3],
  [place('四川省', '眉山市'), 2],
  [place('四川省', '达州市'), 2],
  [place('重庆市', '重庆市'), 16],
  [place('贵州省', '贵阳市'), 5],
  [place('贵州省', '遵义市'), 3],
  [place('云南省', '昆明市'), 5],
  [place('云南省', '曲靖市'), 2],
  [place('陕西省', '西安市'), 4],
  [place('陕西省', '汉中市'), 2],
  [place('湖北省', '武汉市'), 2],
  [place('甘肃省', '兰州市'), 1],
  [place('广东省', '广州市'), 1],
]);
