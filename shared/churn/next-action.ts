import type { NextAction } from '../api/types';
import type { ChurnLevel, Text } from './types';

/** The segments a customer is in, by scheme id (SPEC §3.1); any may be unknown. */
export interface SegmentInfo {
  /** RF segment id, e.g. 'champions', 'at_risk' (`rfm_segment`). */
  rfmSegment?: string | null;
  /** Lifecycle id, e.g. 'active', 'churned', 'prospect'. */
  lifecycle?: string | null;
}

/** One row of the action table: all given conditions must hold (an omitted condition matches anything). */
export interface NextActionRule {
  code: string;
  when: { rfmSegment?: readonly string[]; lifecycle?: readonly string[]; churnLevel?: readonly ChurnLevel[] };
  text: Text;
  /** Whether cross-sell candidates go with this action. */
  withProducts: boolean;
}

/**
 * The default action table, first match wins. Retention comes before growth: a
 * customer who is slipping away gets a call before anyone tries to sell them more.
 */
export const NEXT_ACTION_RULES: readonly NextActionRule[] = [
  { code: 'first_visit', when: { lifecycle: ['prospect'] }, withProducts: true,
    text: { zh: '首次拜访，了解需求并介绍产品', en: 'First visit: learn their needs and introduce the products' } },
  { code: 'call_service_offer', when: { rfmSegment: ['at_risk', 'cant_lose'] }, withProducts: false,
    text: { zh: '本周内致电回访，提供专属服务优惠', en: 'Call this week with a service offer' } },
  { code: 'reactivation_offer', when: { rfmSegment: ['hibernating'] }, withProducts: true,
    text: { zh: '发送唤醒优惠，邀请再次购买', en: 'Send a reactivation offer to bring them back' } },
  { code: 'reactivation_offer', when: { lifecycle: ['churned'] }, withProducts: true,
    text: { zh: '发送唤醒优惠，邀请再次购买', en: 'Send a reactivation offer to bring them back' } },
  { code: 'call_service_offer', when: { churnLevel: ['high'] }, withProducts: false,
    text: { zh: '本周内致电回访，提供专属服务优惠', en: 'Call this week with a service offer' } },
  { code: 'referral_upsell', when: { rfmSegment: ['champions'] }, withProducts: true,
    text: { zh: '请其推荐新客户，并介绍升级产品', en: 'Ask for a referral and offer an upgrade' } },
  { code: 'upsell', when: { rfmSegment: ['loyal', 'potential_loyalist'] }, withProducts: true,
    text: { zh: '推荐加购或升级，邀请加入会员活动', en: 'Suggest an add-on or upgrade and invite them to member events' } },
  { code: 'onboarding_visit', when: { rfmSegment: ['new'] }, withProducts: false,
    text: { zh: '上门或电话回访，确认使用情况', en: 'Onboarding visit or call to check how they are getting on' } },
  { code: 'second_purchase', when: { rfmSegment: ['promising'] }, withProducts: true,
    text: { zh: '跟进第二次购买，推荐相关产品', en: 'Follow up for a second purchase with related products' } },
  { code: 'timely_offer', when: { rfmSegment: ['about_to_sleep', 'need_attention'] }, withProducts: true,
    text: { zh: '发送限时优惠，保持联系', en: 'Send a limited-time offer and stay in touch' } },
  { code: 'care_call', when: { churnLevel: ['medium'] }, withProducts: false,
    text: { zh: '近期电话关怀，了解近况', en: 'Give them a courtesy call soon' } },
  { code: 'keep_in_touch', when: {}, withProducts: false,
    text: { zh: '保持日常联系', en: 'Keep in regular touch' } },
];

/**
 * The suggested next action: the first rule of `rules` whose conditions all hold (the
 * last rule when none does — end a table with a catch-all, as the default one does).
 * When the rule takes products and `crossSell` is not empty, they go into `products`
 * and are named in the text ("；可推荐：A、B" / "; suggest: A, B"). Example: an
 * `at_risk` customer → `{ code: 'call_service_offer', text: { zh: '本周内致电回访，提供专属服务优惠', … } }`.
 */
export function nextAction(
  segmentInfo: SegmentInfo,
  churn: { level: ChurnLevel } | null,
  crossSell: readonly string[] = [],
  rules: readonly NextActionRule[] = NEXT_ACTION_RULES,
): NextAction {
  const rule = rules.find((r) => matches(r, segmentInfo, churn?.level ?? null)) ?? rules[rules.length - 1];
  if (!rule) throw new RangeError('the next-action table is empty');
  if (!rule.withProducts || crossSell.length === 0) return { code: rule.code, text: { ...rule.text } };
  return {
    code: rule.code,
    text: { zh: `${rule.text.zh}；可推荐：${crossSell.join('、')}`, en: `${rule.text.en}; suggest: ${crossSell.join(', ')}` },
    products: [...crossSell],
  };
}

function matches(rule: NextActionRule, seg: SegmentInfo, level: ChurnLevel | null): boolean {
  const w = rule.when;
  if (w.rfmSegment && !(seg.rfmSegment != null && w.rfmSegment.includes(seg.rfmSegment))) return false;
  if (w.lifecycle && !(seg.lifecycle != null && w.lifecycle.includes(seg.lifecycle))) return false;
  if (w.churnLevel && !(level !== null && w.churnLevel.includes(level))) return false;
  return true;
}
