import type { FieldOption, TagRule, Text } from '../template-types';

/** `t('年龄', 'Age')` → `{ zh: '年龄', en: 'Age' }`: keeps the template data readable. */
export function t(zh: string, en: string): Text {
  return { zh, en };
}

/** Options from `[value, zh, en]` triples: `options(['male', '男', 'Male'])`. */
export function options(...triples: [string, string, string][]): FieldOption[] {
  return triples.map(([value, zh, en]) => ({ value, label: { zh, en } }));
}

/** Tag taxonomy places (大类 → 中类) that interview answers feed (SPEC §5). */
export const TAG_PLACES = {
  travel: { category: t('兴趣爱好', 'Interests'), group: t('出行', 'Travel') },
  leisure: { category: t('兴趣爱好', 'Interests'), group: t('休闲', 'Leisure') },
  socialMedia: { category: t('媒介习惯', 'Media habits'), group: t('社交媒体', 'Social media') },
  traditionalMedia: { category: t('媒介习惯', 'Media habits'), group: t('传统媒体', 'Traditional media') },
  mobileInternet: { category: t('媒介习惯', 'Media habits'), group: t('移动互联网', 'Mobile internet') },
  vehicleUse: { category: t('车辆用途', 'Vehicle use'), group: t('用车场景', 'How the vehicle is used') },
  purchaseType: { category: t('消费行为', 'Consumer behaviour'), group: t('购车类型', 'Purchase type') },
  purchaseDecision: { category: t('消费行为', 'Consumer behaviour'), group: t('购买决策', 'Purchase decision') },
  satisfaction: { category: t('客户评价', 'Customer feedback'), group: t('满意度', 'Satisfaction') },
  businessScale: { category: t('经营特征', 'Business profile'), group: t('经营规模', 'Business scale') },
} as const;

/** A tag rule at a taxonomy place: `tagRule(TAG_PLACES.travel, { equals: true }, '自驾游爱好者', 'Self-drive traveller')`. */
export function tagRule(place: { category: Text; group: Text }, when: TagRule['when'], zh: string, en: string): TagRule {
  return { when, tag: { zh, en }, category: place.category, group: place.group };
}
