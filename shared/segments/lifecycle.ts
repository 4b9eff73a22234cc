import { hasOrders, type LabelCodes, type NumericColumn, type SegmentLabelInfo } from './types';

export const LIFECYCLE_IDS = ['active', 'sleeping', 'pre_churn', 'churned', 'prospect'] as const;
export type LifecycleId = (typeof LIFECYCLE_IDS)[number];

/** Upper bounds (inclusive, whole days of recency) of the lifecycle stages; the seed's values by default. */
export interface LifecycleThresholds {
  activeMaxDays: number;
  sleepingMaxDays: number;
  preChurnMaxDays: number;
}

/** Seed 002: active R ≤ 90, sleeping 90 < R ≤ 180, pre-churn 180 < R ≤ 360, churned R > 360. */
export const DEFAULT_LIFECYCLE_THRESHOLDS: LifecycleThresholds = {
  activeMaxDays: 90,
  sleepingMaxDays: 180,
  preChurnMaxDays: 360,
};

/**
 * Lifecycle stage of one customer by recency (SPEC §3.1): `prospect` when there are no
 * orders, else active ≤ activeMaxDays < sleeping ≤ sleepingMaxDays < pre_churn ≤
 * preChurnMaxDays < churned. Example (defaults): 90 → active, 91 → sleeping,
 * 181 → pre_churn, 361 → churned.
 */
export function lifecycleOf(
  recencyDays: number,
  frequency: number,
  thresholds: LifecycleThresholds = DEFAULT_LIFECYCLE_THRESHOLDS,
): LifecycleId {
  if (!(frequency > 0)) return 'prospect';
  if (recencyDays <= thresholds.activeMaxDays) return 'active';
  if (recencyDays <= thresholds.sleepingMaxDays) return 'sleeping';
  if (recencyDays <= thresholds.preChurnMaxDays) return 'pre_churn';
  return 'churned';
}

/** Columnar {@link lifecycleOf}; every customer gets a label (codes 1..5, never 0). */
export function lifecycleStages(
  recencyDays: NumericColumn,
  frequency: NumericColumn,
  thresholds: LifecycleThresholds = DEFAULT_LIFECYCLE_THRESHOLDS,
): LabelCodes<LifecycleId> {
  const { activeMaxDays, sleepingMaxDays, preChurnMaxDays } = thresholds;
  if (!(activeMaxDays <= sleepingMaxDays && sleepingMaxDays <= preChurnMaxDays)) {
    throw new RangeError('lifecycle thresholds must be non-decreasing: active ≤ sleeping ≤ pre-churn');
  }
  const codes = new Uint8Array(frequency.length);
  for (let i = 0; i < codes.length; i++) {
    const r = recencyDays[i];
    codes[i] = !hasOrders(frequency, i) ? 5 : r <= activeMaxDays ? 1 : r <= sleepingMaxDays ? 2 : r <= preChurnMaxDays ? 3 : 4;
  }
  return { codes, labelIds: LIFECYCLE_IDS };
}

/** Display names (as in seed 002 and the default tag taxonomy) and reasons, for the default thresholds. */
export const LIFECYCLE_LABELS: readonly SegmentLabelInfo[] = [
  { id: 'active', name: { zh: '活跃客户', en: 'Active' }, why: { zh: '最近 90 天内买过', en: 'Bought within the last 90 days' } },
  { id: 'sleeping', name: { zh: '沉睡客户', en: 'Sleeping' }, why: { zh: '最近一次购买在 91–180 天前', en: 'Last purchase 91–180 days ago' } },
  { id: 'pre_churn', name: { zh: '预流失客户', en: 'About to churn' }, why: { zh: '最近一次购买在 181–360 天前', en: 'Last purchase 181–360 days ago' } },
  { id: 'churned', name: { zh: '流失客户', en: 'Churned' }, why: { zh: '超过 360 天没有购买', en: 'No purchase for more than 360 days' } },
  { id: 'prospect', name: { zh: '潜在客户', en: 'Prospect' }, why: { zh: '还没有成交过订单', en: 'Has not placed an order yet' } },
];
