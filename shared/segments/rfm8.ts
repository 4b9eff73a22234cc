import { meanOver } from './population-stats';
import { hasOrders, type LabelCodes, type RfmColumns, type SegmentLabelInfo } from './types';

/** RFM八大类 ids, ordered as in SPEC §3.1 (R F M high/low: HHH, HLH, LHH, LLH, HHL, HLL, LHL, LLL). */
export const RFM8_IDS = [
  'important_value',
  'important_develop',
  'important_keep',
  'important_winback',
  'general_value',
  'general_develop',
  'general_keep',
  'general_winback',
] as const;
export type Rfm8Id = (typeof RFM8_IDS)[number];

/** The population means the eight classes compare against (customers with orders only). */
export interface Rfm8Means {
  recencyDays: number;
  frequency: number;
  monetary: number;
}

/** Code (1-based into RFM8_IDS) of the (R high, F high, M high) pattern. */
function rfm8Code(rHigh: boolean, fHigh: boolean, mHigh: boolean): number {
  // Index: important (M high) first, then R high before low, then F high before low
  // within R high, matching HHH, HLH, LHH, LLH, HHL, HLL, LHL, LLL.
  const r = rHigh ? 0 : 2;
  const f = fHigh ? 0 : 1;
  const base = mHigh ? 0 : 4;
  return base + r + f + 1;
}

/**
 * Eight-class RFM (RFM八大类, SPEC §3.1). Means of recency_days, frequency and monetary
 * are taken over customers with orders; a customer is R-high when recency_days < mean,
 * F-high when frequency > mean, M-high when monetary > mean (strict, so equal to the mean
 * is low). Customers without orders get code 0 (null).
 * Example: recency [10, 30], frequency [3, 1], monetary [500, 100] → means 20, 2, 300 →
 * customer 0 is HHH 重要价值客户, customer 1 is LLL 一般挽留客户.
 */
export function rfm8Classes(columns: RfmColumns): LabelCodes<Rfm8Id> & { means: Rfm8Means } {
  const { recencyDays, frequency, monetary } = columns;
  const withOrders = (i: number): boolean => hasOrders(frequency, i);
  const means: Rfm8Means = {
    recencyDays: meanOver(recencyDays, withOrders),
    frequency: meanOver(frequency, withOrders),
    monetary: meanOver(monetary, withOrders),
  };
  const codes = new Uint8Array(columns.ids.length);
  for (let i = 0; i < codes.length; i++) {
    if (!withOrders(i)) continue;
    codes[i] = rfm8Code(
      recencyDays[i] < means.recencyDays,
      frequency[i] > means.frequency,
      monetary[i] > means.monetary,
    );
  }
  return { codes, labelIds: RFM8_IDS, means };
}

/** Display names and reasons of the eight classes (the Chinese standard names). */
export const RFM8_LABELS: readonly SegmentLabelInfo[] = [
  { id: 'important_value', name: { zh: '重要价值客户', en: 'Important value' }, why: { zh: '最近买过、买得勤、花得多，都高于平均', en: 'More recent, more frequent and higher spend than average' } },
  { id: 'important_develop', name: { zh: '重要发展客户', en: 'Important to develop' }, why: { zh: '最近买过、花得多，但购买次数低于平均', en: 'Recent and high spend, but buys less often than average' } },
  { id: 'important_keep', name: { zh: '重要保持客户', en: 'Important to keep' }, why: { zh: '买得勤、花得多，但最近一次购买比平均更久', en: 'Frequent and high spend, but last purchase longer ago than average' } },
  { id: 'important_winback', name: { zh: '重要挽留客户', en: 'Important to win back' }, why: { zh: '花得多，但很久没买、次数也少', en: 'High spend, but not recent and not frequent' } },
  { id: 'general_value', name: { zh: '一般价值客户', en: 'General value' }, why: { zh: '最近买过、买得勤，但消费金额低于平均', en: 'Recent and frequent, but spend below average' } },
  { id: 'general_develop', name: { zh: '一般发展客户', en: 'General to develop' }, why: { zh: '最近买过，但次数和金额都低于平均', en: 'Recent, but frequency and spend below average' } },
  { id: 'general_keep', name: { zh: '一般保持客户', en: 'General to keep' }, why: { zh: '买得勤，但最近没买、金额也低于平均', en: 'Frequent, but not recent and spend below average' } },
  { id: 'general_winback', name: { zh: '一般挽留客户', en: 'General to win back' }, why: { zh: '最近没买，次数和金额都低于平均', en: 'Not recent, and frequency and spend below average' } },
];
