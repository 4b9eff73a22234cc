import { medianOver } from './population-stats';
import { hasOrders, type LabelCodes, type NumericColumn, type RfmColumns, type SegmentLabelInfo } from './types';

export const VALUE_ACTIVITY_IDS = ['core', 'retain', 'develop', 'observe'] as const;
export type ValueActivityId = (typeof VALUE_ACTIVITY_IDS)[number];

/**
 * Value × activity quadrants (价值-活跃度, SPEC §3.2) over customers with orders.
 * value high ⇔ monetary > median monetary; activity high ⇔ recentActivity > median
 * recentActivity, where `recentActivity[i]` = orders + events of customer i in the 90 days
 * up to as_of (computed by the caller). Both medians are taken over the customers with
 * orders, as the ordinary median (mean of the two middle values when the count is even).
 * "Above" is strict, so a customer at the median is low — with all-equal values everyone
 * is low/low (observe). Customers without orders get code 0 (null).
 * Example: monetary [100, 200, 300, 400] (median 250), activity [5, 0, 1, 9] (median 3) →
 * develop, observe, retain, core.
 */
export function valueActivityQuadrants(
  columns: RfmColumns,
  recentActivity: NumericColumn,
): LabelCodes<ValueActivityId> & { medianMonetary: number; medianActivity: number } {
  const { frequency, monetary } = columns;
  const withOrders = (i: number): boolean => hasOrders(frequency, i);
  const medianMonetary = medianOver(monetary, withOrders);
  const medianActivity = medianOver(recentActivity, withOrders);
  const codes = new Uint8Array(columns.ids.length);
  for (let i = 0; i < codes.length; i++) {
    if (!withOrders(i)) continue;
    const valueHigh = monetary[i] > medianMonetary;
    const activityHigh = recentActivity[i] > medianActivity;
    codes[i] = valueHigh ? (activityHigh ? 1 : 2) : activityHigh ? 3 : 4;
  }
  return { codes, labelIds: VALUE_ACTIVITY_IDS, medianMonetary, medianActivity };
}

export const VALUE_ACTIVITY_LABELS: readonly SegmentLabelInfo[] = [
  { id: 'core', name: { zh: '高价值高活跃', en: 'Core: high value, high activity' }, why: { zh: '消费金额和近 90 天活跃度都高于中位数', en: 'Spend and 90-day activity both above the median' } },
  { id: 'retain', name: { zh: '高价值低活跃', en: 'Retain: high value, low activity' }, why: { zh: '消费金额高于中位数，但近 90 天不太活跃', en: 'Spend above the median, but little activity in the last 90 days' } },
  { id: 'develop', name: { zh: '低价值高活跃', en: 'Develop: low value, high activity' }, why: { zh: '近 90 天很活跃，但消费金额不高', en: 'Active in the last 90 days, but spend at or below the median' } },
  { id: 'observe', name: { zh: '低价值低活跃', en: 'Observe: low value, low activity' }, why: { zh: '消费金额和近 90 天活跃度都不高', en: 'Spend and 90-day activity both at or below the median' } },
];
