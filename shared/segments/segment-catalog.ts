import { ABC_LABELS } from './abc';
import { CLV_TIER_LABELS } from './clv-tiers';
import { LIFECYCLE_LABELS } from './lifecycle';
import { RF_SEGMENT_LABELS } from './rf-segments';
import { RFM8_LABELS } from './rfm8';
import type { SegmentLabelInfo, Text } from './types';
import { VALUE_ACTIVITY_LABELS } from './value-activity';

/** Scheme ids, equal to the score/export column names of SPEC §8. */
export type SegmentSchemeId = 'rfm_segment' | 'rfm8' | 'lifecycle' | 'abc' | 'value_activity' | 'clv_tier' | 'cluster';

/** One segment family for the UI, bot and digest. */
export interface SegmentSchemeInfo {
  scheme: SegmentSchemeId;
  name: Text;
  /** How the scheme assigns labels, in one line. */
  method: Text;
  /** Fixed labels in display order; empty for `cluster`, whose labels are generated each refresh. */
  labels: readonly SegmentLabelInfo[];
}

/**
 * Every segment scheme of SPEC §3.1–3.2 with its labels (id, zh/en name, one-line why).
 * Texts describe the default thresholds. Example: `segmentCatalog[0].labels[9].name.zh` = '冠军客户'.
 */
export const segmentCatalog: readonly SegmentSchemeInfo[] = [
  {
    scheme: 'rfm_segment',
    name: { zh: 'RFM 客户分群', en: 'RFM segments' },
    method: { zh: '按最近购买（R）和购买频次（F）的五分位得分命名分群', en: 'Named groups by recency (R) and frequency (F) quintile scores' },
    labels: RF_SEGMENT_LABELS,
  },
  {
    scheme: 'rfm8',
    name: { zh: 'RFM八大类', en: 'RFM eight classes' },
    method: { zh: 'R、F、M 各与全体平均值比较，分高低组合成八类', en: 'R, F and M each compared with the population mean, giving eight combinations' },
    labels: RFM8_LABELS,
  },
  {
    scheme: 'lifecycle',
    name: { zh: '生命周期', en: 'Lifecycle' },
    method: { zh: '按距最近一次购买的天数划分：≤90 天活跃，91–180 沉睡，181–360 预流失，>360 流失', en: 'By days since the last purchase: ≤90 active, 91–180 sleeping, 181–360 about to churn, >360 churned' },
    labels: LIFECYCLE_LABELS,
  },
  {
    scheme: 'abc',
    name: { zh: 'ABC 分类', en: 'ABC (Pareto)' },
    method: { zh: '按累计消费额排序，贡献前 80% 为 A 类，80%–95% 为 B 类，其余为 C 类', en: 'Ranked by spend: the customers making up 80% of revenue are A, up to 95% B, the rest C' },
    labels: ABC_LABELS,
  },
  {
    scheme: 'value_activity',
    name: { zh: '价值-活跃度', en: 'Value × activity' },
    method: { zh: '消费金额与近 90 天订单和互动次数，各与中位数比较分成四个象限', en: 'Spend and 90-day orders plus interactions, each compared with the median, give four quadrants' },
    labels: VALUE_ACTIVITY_LABELS,
  },
  {
    scheme: 'clv_tier',
    name: { zh: '客户终身价值分层', en: 'CLV tiers' },
    method: { zh: '按预测未来 12 个月价值排序：前 5% 鲸鱼，其后 25% 海豚，其余小鱼', en: 'By predicted 12-month value: top 5% whales, next 25% dolphins, the rest small fish' },
    labels: CLV_TIER_LABELS,
  },
  {
    scheme: 'cluster',
    name: { zh: '聚类分群', en: 'Clusters' },
    method: { zh: '按最近购买、频次、金额自动聚类（k-means），名称根据各群特征自动生成', en: 'Automatic k-means clusters on recency, frequency and spend, named from each cluster’s profile' },
    labels: [],
  },
];

/** The catalogue entry of a scheme, or null. Example: `segmentScheme('abc')?.name.zh` = 'ABC 分类'. */
export function segmentScheme(scheme: string): SegmentSchemeInfo | null {
  return segmentCatalog.find((info) => info.scheme === scheme) ?? null;
}

/**
 * A fixed label of a scheme, or null (unknown id, or a `cluster` label — those come from
 * the refresh's `ClusterResult`). Example: `segmentLabelInfo('lifecycle', 'sleeping')?.name.zh` = '沉睡客户'.
 */
export function segmentLabelInfo(scheme: string, id: string): SegmentLabelInfo | null {
  return segmentScheme(scheme)?.labels.find((label) => label.id === id) ?? null;
}
