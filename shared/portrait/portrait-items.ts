import type { PortraitItem, PortraitSource } from './portrait-item-types';

const p = (field: string): PortraitSource => ({ kind: 'profile', field });
const attr = (key: string): PortraitSource => ({ kind: 'profile', field: `attributes.${key}` });
const agg = (name: string, atLeast: number): PortraitSource => ({ kind: 'aggregate', name, atLeast });
const iv = (path: string): PortraitSource => ({ kind: 'interview', path });
const any = (...of: PortraitSource[]): PortraitSource => ({ kind: 'any', of });
const all = (...of: PortraitSource[]): PortraitSource => ({ kind: 'all', of });

/** At least one order: the order history then tells amount, timing and count. */
const HAS_ORDERS = agg('frequency', 1);
/** Two or more orders: a rhythm (cycle, habit, repeat purchase) can be seen. */
const REPEAT_ORDERS = agg('frequency', 2);
const AGE = any(p('birth_year'), iv('basic.age'));

/**
 * The portrait items of seed 002 (客户画像四类43项内容, the version that names
 * every item: 人口统计学特征 13, 消费行为特征 16, 心理特征 14, 社会关系特征 10), in
 * the seed's order and wording, with how each becomes known here. The seed's
 * heading says 43, but these counts add up to 53 and all 53 are named, so all
 * 53 are kept; nothing else hard-codes the total. Items the interview and the
 * data do not cover (民族, 宗教信仰, 个性, 心理压力, …) can only come from free
 * attributes a user records; `proxy` marks indirect evidence. README.md has
 * the table with the reasoning.
 */
export const PORTRAIT_ITEMS: readonly PortraitItem[] = [
  // 1. 人口统计学特征 (13)
  { key: 'age', category: 'demographic', label: { zh: '年龄', en: 'Age' }, sources: [AGE] },
  { key: 'gender', category: 'demographic', label: { zh: '性别', en: 'Gender' }, sources: [p('gender'), iv('basic.gender')] },
  { key: 'region', category: 'demographic', label: { zh: '地域', en: 'Region' }, sources: [p('region'), p('city'), iv('basic.hukou')] },
  { key: 'education', category: 'demographic', label: { zh: '教育程度', en: 'Education' }, sources: [iv('basic.education'), attr('education')] },
  { key: 'occupation', category: 'demographic', label: { zh: '职业', en: 'Occupation' }, sources: [iv('occupation.industry'), iv('occupation.business_type'), attr('occupation')] },
  { key: 'income', category: 'demographic', label: { zh: '收入水平', en: 'Income level' }, sources: [iv('occupation.revenue'), attr('income')], proxy: true },
  { key: 'marital_status', category: 'demographic', label: { zh: '婚姻状况', en: 'Marital status' }, sources: [iv('basic.marital_status'), attr('marital_status')] },
  { key: 'children', category: 'demographic', label: { zh: '子女状况', en: 'Children' }, sources: [iv('basic.has_children'), attr('children')] },
  { key: 'household_size', category: 'demographic', label: { zh: '家庭规模', en: 'Household size' }, sources: [iv('basic.household_size'), attr('household_size')] },
  { key: 'family_lifecycle', category: 'demographic', label: { zh: '家庭生命周期', en: 'Family life cycle' },
    sources: [attr('family_lifecycle'), all(AGE, iv('basic.marital_status'), iv('basic.has_children'))] },
  { key: 'ethnicity', category: 'demographic', label: { zh: '民族', en: 'Ethnicity' }, sources: [attr('ethnicity')] },
  { key: 'religion', category: 'demographic', label: { zh: '宗教信仰', en: 'Religion' }, sources: [attr('religion')] },
  { key: 'nationality', category: 'demographic', label: { zh: '国籍', en: 'Nationality' }, sources: [attr('nationality')] },
  // 2. 消费行为特征 (16)
  { key: 'consumption_habits', category: 'consumption', label: { zh: '消费习惯', en: 'Buying habits' }, sources: [REPEAT_ORDERS] },
  { key: 'consumption_preferences', category: 'consumption', label: { zh: '消费偏好', en: 'Buying preferences' }, sources: [agg('product_count', 1), iv('purchase.decisive_factors')] },
  { key: 'purchase_frequency', category: 'consumption', label: { zh: '消费频次', en: 'Purchase frequency' }, sources: [HAS_ORDERS] },
  { key: 'monetary', category: 'consumption', label: { zh: '消费金额', en: 'Spending' }, sources: [HAS_ORDERS] },
  { key: 'purchase_channel', category: 'consumption', label: { zh: '购买渠道', en: 'Purchase channel' }, sources: [agg('channel_count', 1), p('source')] },
  { key: 'purchase_time', category: 'consumption', label: { zh: '购买时间', en: 'Purchase timing' }, sources: [HAS_ORDERS] },
  { key: 'purchase_cycle', category: 'consumption', label: { zh: '购买周期', en: 'Purchase cycle' }, sources: [REPEAT_ORDERS] },
  { key: 'payment_method', category: 'consumption', label: { zh: '支付方式', en: 'Payment method' }, sources: [attr('payment_method')] },
  { key: 'shopping_mode', category: 'consumption', label: { zh: '购物方式', en: 'How they shop' }, sources: [p('platform'), attr('shopping_mode')] },
  { key: 'brand_loyalty', category: 'consumption', label: { zh: '品牌忠诚度', en: 'Brand loyalty' },
    sources: [REPEAT_ORDERS, iv('purchase.current_models'), iv('purchase.replaced_model')], proxy: true },
  { key: 'promotion_sensitivity', category: 'consumption', label: { zh: '促销敏感度', en: 'Promotion sensitivity' },
    sources: [iv('purchase.decisive_factors'), iv('purchase.attention_items'), attr('promotion_sensitivity')], proxy: true },
  { key: 'price_sensitivity', category: 'consumption', label: { zh: '价格敏感度', en: 'Price sensitivity' },
    sources: [iv('purchase.decisive_factors'), iv('purchase.attention_items'), attr('price_sensitivity')], proxy: true },
  { key: 'shopping_companions', category: 'consumption', label: { zh: '购物同伴', en: 'Shopping companions' }, sources: [attr('shopping_companions')] },
  { key: 'shopping_environment', category: 'consumption', label: { zh: '购物环境偏好', en: 'Preferred shopping environment' }, sources: [attr('shopping_environment')] },
  { key: 'decision_style', category: 'consumption', label: { zh: '购物决策方式', en: 'Decision style' }, sources: [iv('purchase.compared_models'), attr('decision_style')], proxy: true },
  { key: 'decision_cycle', category: 'consumption', label: { zh: '购物决策周期', en: 'Decision cycle' }, sources: [agg('decision_days', 0), attr('decision_cycle')] },
  // 3. 心理特征 (14)
  { key: 'personality', category: 'psychological', label: { zh: '个性', en: 'Personality' }, sources: [attr('personality')] },
  { key: 'values', category: 'psychological', label: { zh: '价值观', en: 'Values' }, sources: [attr('values')] },
  { key: 'interests', category: 'psychological', label: { zh: '兴趣爱好', en: 'Interests' }, sources: [iv('interests.hobby_types'), attr('interests')] },
  { key: 'lifestyle', category: 'psychological', label: { zh: '生活方式', en: 'Lifestyle' }, sources: [iv('interests.free_hours_per_day'), iv('interests.time_allocation'), attr('lifestyle')] },
  { key: 'attitude', category: 'psychological', label: { zh: '态度', en: 'Attitude' },
    sources: [iv('evaluation.product_rating'), iv('evaluation.dealer_rating'), iv('evaluation.after_sales_rating')], proxy: true },
  { key: 'belief', category: 'psychological', label: { zh: '信仰', en: 'Beliefs' }, sources: [attr('belief')] },
  { key: 'needs', category: 'psychological', label: { zh: '心理需求', en: 'Needs' }, sources: [iv('purchase.attention_items'), attr('needs')], proxy: true },
  { key: 'motives', category: 'psychological', label: { zh: '心理动机', en: 'Motives' },
    sources: [iv('purchase.purchase_reasons'), iv('purchase.additional_reason'), iv('purchase.replacement_reason'), attr('motives')] },
  { key: 'expectations', category: 'psychological', label: { zh: '心理预期', en: 'Expectations' },
    sources: [iv('evaluation.config_suggestions'), iv('evaluation.weaknesses'), attr('expectations')], proxy: true },
  { key: 'security', category: 'psychological', label: { zh: '心理安全感', en: 'Sense of security' }, sources: [attr('security')] },
  { key: 'stress', category: 'psychological', label: { zh: '心理压力', en: 'Stress' }, sources: [attr('stress')] },
  { key: 'resilience', category: 'psychological', label: { zh: '心理承受力', en: 'Resilience' }, sources: [attr('resilience')] },
  { key: 'adaptability', category: 'psychological', label: { zh: '心理适应力', en: 'Adaptability' }, sources: [attr('adaptability')] },
  { key: 'identification', category: 'psychological', label: { zh: '心理认同感', en: 'Brand identification' }, sources: [iv('evaluation.manufacturer_rating'), attr('identification')], proxy: true },
  // 4. 社会关系特征 (10)
  { key: 'family_situation', category: 'social', label: { zh: '家庭状况', en: 'Family situation' }, sources: [iv('basic.household_members'), attr('family_situation')] },
  { key: 'social_circle', category: 'social', label: { zh: '社交圈子', en: 'Social circle' },
    sources: [iv('interests.hobby_place'), iv('occupation.business_district'), attr('social_circle')], proxy: true },
  { key: 'influence', category: 'social', label: { zh: '影响力', en: 'Influence' }, sources: [iv('occupation.staff_count'), iv('purchase.fleet_size'), attr('influence')], proxy: true },
  { key: 'relationships', category: 'social', label: { zh: '人际关系', en: 'Relationships' }, sources: [attr('relationships')] },
  { key: 'social_status', category: 'social', label: { zh: '社会地位', en: 'Social status' },
    sources: [all(iv('occupation.business_type'), iv('occupation.revenue')), attr('social_status')], proxy: true },
  { key: 'social_role', category: 'social', label: { zh: '社会角色', en: 'Social role' }, sources: [iv('occupation.business_type'), attr('social_role')], proxy: true },
  { key: 'social_identity', category: 'social', label: { zh: '社会认同感', en: 'Social identity' }, sources: [attr('social_identity')] },
  { key: 'social_support', category: 'social', label: { zh: '社会支持', en: 'Social support' },
    sources: [iv('basic.parents_nearby'), iv('basic.children_nearby'), attr('social_support')], proxy: true },
  { key: 'social_participation', category: 'social', label: { zh: '社会参与度', en: 'Social participation' }, sources: [iv('interests.hobby_frequency'), attr('social_participation')], proxy: true },
  { key: 'social_network', category: 'social', label: { zh: '社会网络', en: 'Social network' }, sources: [iv('media.wechat_use'), iv('media.weibo_use'), attr('social_network')], proxy: true },
];
