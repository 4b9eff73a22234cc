import type { TemplateSection } from '../template-types';
import { options, t, tagRule, TAG_PLACES } from './builders';

const HAS_SHOP = { field: 'occupation.has_shop', equals: true } as const;

/**
 * 职业信息 (seed 002: 企业类型、所处行业、营业收入、营业支出;营业规模:有无店铺、
 * 所处商圈/市场、店铺数量、营业面积、店铺类型(独立/加盟/专营/品牌)、从业人员数量).
 * Money in 万元 per month, the unit small-business owners quote.
 */
export const occupationSection: TemplateSection = {
  key: 'occupation',
  title: t('职业信息', 'Occupation'),
  fields: [
    { key: 'business_type', label: t('企业类型', 'Type of business'), type: 'single', profileField: { target: 'attributes.business_type' },
      options: options(['self_employed', '个体工商户', 'Self-employed'], ['private_company', '私营企业', 'Private company'],
        ['state_owned', '国有/集体企业', 'State-owned or collective'], ['employee', '受雇上班', 'Employee'], ['other', '其他', 'Other']) },
    { key: 'industry', label: t('所处行业', 'Industry'), type: 'single', profileField: { target: 'attributes.industry' },
      options: options(['wholesale_retail', '批发零售', 'Wholesale and retail'], ['logistics', '物流快递', 'Logistics and delivery'],
        ['construction', '建筑装修', 'Construction and renovation'], ['manufacturing', '生产加工', 'Manufacturing'],
        ['food_fresh', '餐饮生鲜', 'Catering and fresh food'], ['agriculture', '农林牧渔', 'Farming and fishing'],
        ['services', '生活服务', 'Consumer services'], ['other', '其他', 'Other']) },
    { key: 'revenue', label: t('营业收入', 'Revenue'), type: 'number', unit: t('万元/月', '×10k yuan/month'), min: 0, max: 100000 },
    { key: 'expenses', label: t('营业支出', 'Expenses'), type: 'number', unit: t('万元/月', '×10k yuan/month'), min: 0, max: 100000 },
    { key: 'has_shop', label: t('有无店铺', 'Has a shop'), type: 'yesno' },
    { key: 'business_district', label: t('所处商圈/市场', 'Business district or market'), type: 'text', max: 100, showIf: HAS_SHOP },
    { key: 'shop_count', label: t('店铺数量', 'Number of shops'), type: 'number', unit: t('家', 'shops'), min: 1, max: 1000, integer: true,
      required: true, showIf: HAS_SHOP,
      tagRules: [tagRule(TAG_PLACES.businessScale, { gte: 2 }, '多店经营', 'Runs several shops')] },
    { key: 'floor_area', label: t('营业面积', 'Floor area'), type: 'number', unit: t('平方米', 'm²'), min: 1, max: 100000, showIf: HAS_SHOP },
    { key: 'shop_type', label: t('店铺类型', 'Shop type'), type: 'single', showIf: HAS_SHOP,
      options: options(['independent', '独立店', 'Independent'], ['franchise', '加盟店', 'Franchise'], ['exclusive', '专营店', 'Exclusive dealer'],
        ['brand', '品牌店', 'Brand store']) },
    { key: 'staff_count', label: t('从业人员数量', 'Number of staff'), type: 'number', unit: t('人', 'people'), min: 0, max: 100000, integer: true },
  ],
};
