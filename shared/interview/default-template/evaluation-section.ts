import type { TemplateField, TemplateSection, TagRule } from '../template-types';
import { t, tagRule, TAG_PLACES } from './builders';

/** A 1–5 rating (1 = 很不满意, 5 = 很满意) as a whole number, so rules can say `lte: 2`. */
function rating(key: string, zh: string, en: string, tagRules?: TagRule[]): TemplateField {
  return { key, label: t(zh, en), type: 'number', unit: t('分', 'out of 5'), min: 1, max: 5, integer: true, ...(tagRules ? { tagRules } : {}) };
}

/** 车辆评价 (seed 002: 产品总体评价 — 优劣点、配置及车型建议;厂家/经销商/售后总体评价). */
export const evaluationSection: TemplateSection = {
  key: 'evaluation',
  title: t('车辆评价', 'Evaluation'),
  fields: [
    rating('product_rating', '产品总体评价', 'Overall product rating', [
      tagRule(TAG_PLACES.satisfaction, { gte: 4 }, '产品满意', 'Happy with the product'),
      tagRule(TAG_PLACES.satisfaction, { lte: 2 }, '产品不满意', 'Unhappy with the product'),
    ]),
    { key: 'strengths', label: t('优点', 'Strengths'), type: 'text', max: 300 },
    { key: 'weaknesses', label: t('缺点', 'Weaknesses'), type: 'text', max: 300 },
    { key: 'config_suggestions', label: t('配置及车型建议', 'Suggestions on features and models'), type: 'text', max: 300 },
    rating('manufacturer_rating', '厂家总体评价', 'Manufacturer rating'),
    rating('dealer_rating', '经销商总体评价', 'Dealer rating', [tagRule(TAG_PLACES.satisfaction, { lte: 2 }, '对经销商不满意', 'Unhappy with the dealer')]),
    rating('after_sales_rating', '售后总体评价', 'After-sales rating', [tagRule(TAG_PLACES.satisfaction, { lte: 2 }, '售后不满意', 'Unhappy with after-sales')]),
  ],
};
