import type { LabelCodes, SegmentLabelInfo } from './types';

/** Named RF segment ids of SPEC §3.1, in the order of the rule table. */
export const RF_SEGMENT_IDS = [
  'hibernating',
  'at_risk',
  'cant_lose',
  'about_to_sleep',
  'need_attention',
  'loyal',
  'promising',
  'new',
  'potential_loyalist',
  'champions',
] as const;
export type RfSegmentId = (typeof RF_SEGMENT_IDS)[number];

/** The rule table of SPEC §3.1: [R scores, F scores, segment]; later rows win. */
const RF_RULES: readonly [readonly number[], readonly number[], RfSegmentId][] = [
  [[1, 2], [1, 2], 'hibernating'],
  [[1, 2], [3, 4], 'at_risk'],
  [[1, 2], [5], 'cant_lose'],
  [[3], [1, 2], 'about_to_sleep'],
  [[3], [3], 'need_attention'],
  [[3, 4], [4, 5], 'loyal'],
  [[4], [1], 'promising'],
  [[5], [1], 'new'],
  [[4, 5], [2, 3], 'potential_loyalist'],
  [[5], [4, 5], 'champions'],
];

/** 5×5 lookup, index (R−1)·5 + (F−1) → segment code (1-based into RF_SEGMENT_IDS), built by replaying the rules. */
const RF_LOOKUP: Uint8Array = (() => {
  const table = new Uint8Array(25);
  for (const [rs, fs, id] of RF_RULES) {
    for (const r of rs) for (const f of fs) table[(r - 1) * 5 + (f - 1)] = RF_SEGMENT_IDS.indexOf(id) + 1;
  }
  return table;
})();

/**
 * Named RF segment of an (R, F) pair of quintile scores (SPEC §3.1 table, later rows win),
 * or null when either score is 0 (no orders). Example: `rfSegmentOf(5, 5)` → `'champions'`,
 * `rfSegmentOf(4, 4)` → `'loyal'`, `rfSegmentOf(2, 5)` → `'cant_lose'`.
 */
export function rfSegmentOf(r: number, f: number): RfSegmentId | null {
  if (r < 1 || r > 5 || f < 1 || f > 5) return null;
  return RF_SEGMENT_IDS[RF_LOOKUP[(r - 1) * 5 + (f - 1)] - 1];
}

/** Columnar {@link rfSegmentOf}: codes index RF_SEGMENT_IDS (1-based), 0 = no orders. */
export function rfSegments(r: Uint8Array, f: Uint8Array): LabelCodes<RfSegmentId> {
  const codes = new Uint8Array(r.length);
  for (let i = 0; i < r.length; i++) {
    if (r[i] >= 1 && r[i] <= 5 && f[i] >= 1 && f[i] <= 5) codes[i] = RF_LOOKUP[(r[i] - 1) * 5 + (f[i] - 1)];
  }
  return { codes, labelIds: RF_SEGMENT_IDS };
}

/** Display names and one-line reasons of the RF segments (zh for the sales team, en variant). */
export const RF_SEGMENT_LABELS: readonly SegmentLabelInfo[] = [
  { id: 'hibernating', name: { zh: '休眠客户', en: 'Hibernating' }, why: { zh: '很久没买，买得也少', en: 'Last bought long ago and seldom' } },
  { id: 'at_risk', name: { zh: '流失风险客户', en: 'At risk' }, why: { zh: '以前买得不少，但很久没来了', en: 'Used to buy fairly often, but not for a long time' } },
  { id: 'cant_lose', name: { zh: '不能丢的客户', en: "Can't lose them" }, why: { zh: '曾是购买最多的客户，已经很久没买', en: 'Among the most frequent buyers, but gone quiet for a long time' } },
  { id: 'about_to_sleep', name: { zh: '即将休眠客户', en: 'About to sleep' }, why: { zh: '有一阵没买了，次数也不多', en: 'A while since the last purchase, and few purchases' } },
  { id: 'need_attention', name: { zh: '需关注客户', en: 'Need attention' }, why: { zh: '购买时间和次数都处在中游，需要主动跟进', en: 'Middling recency and frequency; worth a proactive call' } },
  { id: 'loyal', name: { zh: '忠诚客户', en: 'Loyal' }, why: { zh: '买得勤，近期也有往来', en: 'Buy often and have bought fairly recently' } },
  { id: 'promising', name: { zh: '有潜力客户', en: 'Promising' }, why: { zh: '近期买过，但次数还少，值得跟进', en: 'Bought fairly recently but only a little so far' } },
  { id: 'new', name: { zh: '新客户', en: 'New' }, why: { zh: '最近刚买过，购买次数还少', en: 'Just bought, few purchases so far' } },
  { id: 'potential_loyalist', name: { zh: '潜在忠诚客户', en: 'Potential loyalist' }, why: { zh: '最近买过，已买过几次，可培养成忠诚客户', en: 'Recent buyers with a few purchases; could become loyal' } },
  { id: 'champions', name: { zh: '冠军客户', en: 'Champions' }, why: { zh: '最近买过、买得多', en: 'Bought recently and buy often' } },
];
