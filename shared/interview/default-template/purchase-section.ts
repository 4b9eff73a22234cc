import type { TemplateSection } from '../template-types';
import { options, t, tagRule, TAG_PLACES } from './builders';

const ADDITIONAL = { field: 'purchase.purchase_type', equals: 'additional' } as const;
const REPLACEMENT = { field: 'purchase.purchase_type', equals: 'replacement' } as const;

/** What buyers weigh; shared by 购买理由 and 购车关注项 so they can be compared. */
const FACTORS = options(['price', '价格', 'Price'], ['promotion', '优惠活动', 'Promotions'], ['financing', '贷款/金融方案', 'Financing'],
  ['fuel_economy', '油耗', 'Fuel economy'], ['reliability', '质量可靠', 'Reliability'], ['load_capacity', '载重和空间', 'Payload and space'],
  ['power', '动力', 'Power'], ['comfort', '舒适性', 'Comfort'], ['safety', '安全性', 'Safety'], ['brand', '品牌口碑', 'Brand reputation'],
  ['service', '售后服务', 'After-sales service'], ['resale', '保值率', 'Resale value'], ['looks', '外观', 'Looks'],
  ['recommendation', '亲友推荐', 'Recommended by friends'], ['other', '其他', 'Other']);

/**
 * 车辆购买 (seed 002: 是否首购;如增购:首购车型、在用车型、增购原因、汽车总量;
 * 如换购:替换车型、换购原因/理由;购车原因、购买理由、购车关注项;对比车型、淘汰对比车型原因).
 * The purchase type decides which follow-up block is shown.
 */
export const purchaseSection: TemplateSection = {
  key: 'purchase',
  title: t('车辆购买', 'Vehicle purchase'),
  fields: [
    { key: 'purchase_type', label: t('是否首购', 'Purchase type'), short: t('购车类型', 'Purchase type'), type: 'single', required: true,
      options: options(['first', '首次购车', 'First purchase'], ['additional', '增购', 'Additional vehicle'], ['replacement', '换购', 'Replacement']),
      tagRules: [
        tagRule(TAG_PLACES.purchaseType, { equals: 'first' }, '首购客户', 'First-time buyer'),
        tagRule(TAG_PLACES.purchaseType, { equals: 'additional' }, '增购客户', 'Adding to fleet'),
        tagRule(TAG_PLACES.purchaseType, { equals: 'replacement' }, '换购客户', 'Replacement buyer'),
      ] },
    { key: 'first_model', label: t('首购车型', 'First model bought'), type: 'text', max: 100, showIf: ADDITIONAL },
    { key: 'current_models', label: t('在用车型', 'Models in use'), type: 'text', max: 200, showIf: ADDITIONAL },
    { key: 'additional_reason', label: t('增购原因', 'Why another vehicle'), type: 'multi', showIf: ADDITIONAL,
      options: options(['business_growth', '业务量增加', 'More business'], ['new_business', '开拓新业务', 'New line of business'],
        ['peak_capacity', '旺季运力不足', 'Short of capacity in peak season'], ['stop_renting', '不再租车或外包', 'Stop renting or outsourcing'],
        ['other', '其他', 'Other']) },
    { key: 'fleet_size', label: t('汽车总量', 'Vehicles in total'), type: 'number', unit: t('辆', 'vehicles'), min: 1, max: 10000, integer: true,
      required: true, showIf: ADDITIONAL,
      tagRules: [tagRule(TAG_PLACES.businessScale, { gte: 5 }, '车队客户', 'Fleet customer')] },
    { key: 'replaced_model', label: t('替换车型', 'Model replaced'), type: 'text', max: 100, required: true, showIf: REPLACEMENT },
    { key: 'replacement_reason', label: t('换购原因', 'Why replace'), type: 'multi', showIf: REPLACEMENT,
      options: options(['too_old', '车辆老旧', 'Vehicle too old'], ['running_costs', '油耗维修成本高', 'High fuel and repair costs'],
        ['emissions', '排放不达标或限行', 'Emission rules or driving bans'], ['upgrade', '升级换代', 'Upgrade'],
        ['business_change', '业务变化', 'Business has changed'], ['other', '其他', 'Other']) },
    { key: 'purchase_reasons', label: t('购车原因', 'Why buy a vehicle'), short: t('原因', 'Reasons'), type: 'multi',
      options: options(['start_business', '创业或新开业务', 'Starting a business'], ['business_growth', '业务扩大', 'Business growth'],
        ['replace_old', '替换旧车', 'Replacing an old vehicle'], ['work_and_family', '工作家用两用', 'Work and family use'],
        ['incentives', '政策补贴', 'Government incentives'], ['other', '其他', 'Other']) },
    { key: 'decisive_factors', label: t('购买理由', 'Why this model'), short: t('看重', 'Decisive factors'), type: 'multi', options: FACTORS,
      tagRules: [
        tagRule(TAG_PLACES.purchaseDecision, { includes: 'price' }, '价格敏感', 'Price-sensitive'),
        tagRule(TAG_PLACES.purchaseDecision, { includes: 'promotion' }, '促销敏感', 'Responds to promotions'),
        tagRule(TAG_PLACES.purchaseDecision, { includes: 'financing' }, '关注金融方案', 'Interested in financing'),
      ] },
    { key: 'attention_items', label: t('购车关注项', 'What they look at when buying'), type: 'multi', options: FACTORS },
    { key: 'compared_models', label: t('对比车型', 'Models compared'), type: 'text', max: 200 },
    { key: 'rejection_reasons', label: t('淘汰对比车型原因', 'Why the others were ruled out'), type: 'text', max: 300 },
  ],
};
