import type { Text } from '../api/types';
import { DEFAULT_INTERVIEW_TEMPLATE } from '../interview/default-template/index';
import type { InterviewTemplate, TemplateField } from '../interview/template-types';
import { ABC_IDS, CLV_TIER_IDS, LIFECYCLE_IDS, RF_SEGMENT_IDS, RFM8_IDS, VALUE_ACTIVITY_IDS } from '../segments/index';

/**
 * Value types of the tag language: numbers (NaN/null = unknown), strings,
 * yes/no, and lists of strings (multi-select interview answers).
 */
export type ValueType = 'number' | 'string' | 'boolean' | 'list';

/** Where the server reads a field from; lets it load only the tables an expression needs. */
export type FieldSource = 'profile' | 'stats' | 'scores' | 'orders' | 'interview';

/** One readable customer field. */
export interface FieldSpec {
  name: string;
  type: ValueType;
  source: FieldSource;
  description: Text;
  unit?: Text;
  /** The allowed values of a coded string field (checked in comparisons). */
  values?: readonly string[];
}

/** A function of the customer. Arguments are string constants; optional ones may be left out. */
export interface FunctionSpec {
  name: string;
  params: { name: string; optional: boolean }[];
  returns: ValueType;
  source: 'events' | 'tags';
  description: Text;
}

const tx = (zh: string, en: string): Text => ({ zh, en });
const DAYS = tx('天', 'days');

const f = (name: string, type: ValueType, source: FieldSource, zh: string, en: string, extra: Partial<FieldSpec> = {}): FieldSpec =>
  ({ name, type, source, description: tx(zh, en), ...extra });

/**
 * Every built-in field, grouped as SPEC §5 lists them. Days are whole calendar
 * days as of the evaluation date; money is in the deployment's currency.
 */
export const BUILTIN_FIELDS: readonly FieldSpec[] = [
  // Profile (static)
  f('customer_id', 'string', 'profile', '客户编号', 'Customer id'),
  f('gender', 'string', 'profile', '性别', 'Gender', { values: ['male', 'female', 'other'] }),
  f('birth_year', 'number', 'profile', '出生年份', 'Birth year'),
  f('age', 'number', 'profile', '年龄：评估日期所在年份减出生年份', 'Age: year of the evaluation date minus birth year', { unit: tx('岁', 'years') }),
  f('region', 'string', 'profile', '省份/地区', 'Region (province)'),
  f('city', 'string', 'profile', '城市', 'City'),
  f('source', 'string', 'profile', '来源一级', 'Source channel, level 1'),
  f('source_2', 'string', 'profile', '来源二级', 'Source channel, level 2'),
  f('source_3', 'string', 'profile', '来源三级', 'Source channel, level 3'),
  f('platform', 'string', 'profile', '平台', 'Platform', { values: ['mobile', 'pc', 'store'] }),
  f('owner', 'string', 'profile', '负责销售的登录名', 'Login of the owning salesperson'),
  // RFM raw values (kept current) and scores (last refresh)
  f('recency_days', 'number', 'stats', '距最近一次购买的天数', 'Days since the last order', { unit: DAYS }),
  f('frequency', 'number', 'stats', '订单数', 'Number of orders'),
  f('monetary', 'number', 'stats', '累计消费金额', 'Total spend'),
  f('r', 'number', 'scores', 'R 得分（1–5，5 = 最近）', 'R score (1–5, 5 = most recent)'),
  f('f', 'number', 'scores', 'F 得分（1–5）', 'F score (1–5)'),
  f('m', 'number', 'scores', 'M 得分（1–5）', 'M score (1–5)'),
  // Aggregates
  f('monetary_365d', 'number', 'orders', '近 365 天消费金额', 'Spend in the last 365 days'),
  f('orders_90d', 'number', 'orders', '近 90 天订单数', 'Orders in the last 90 days'),
  f('aov', 'number', 'stats', '客单价：累计金额 / 订单数', 'Average order value: total spend / orders'),
  f('aov_trend', 'number', 'stats', '客单价趋势：最近 3 单均额 / 之前至多 3 单均额 − 1（−0.2 = 下降 20%）',
    'AOV trend: mean of the last 3 orders / mean of up to 3 before them − 1 (−0.2 = down 20 %)'),
  f('days_since_contact', 'number', 'stats', '距最近一次联系（电话、到店、消息、服务、试驾）的天数', 'Days since the last contact (call, visit, message, service, test drive)', { unit: DAYS }),
  f('days_since_event', 'number', 'stats', '距最近一次行为事件的天数', 'Days since the last behaviour event', { unit: DAYS }),
  // Segments (last refresh)
  f('rfm_segment', 'string', 'scores', 'RFM 客户分群', 'RFM named segment', { values: RF_SEGMENT_IDS }),
  f('rfm8', 'string', 'scores', 'RFM 八大类', 'RFM eight classes', { values: RFM8_IDS }),
  f('lifecycle', 'string', 'scores', '生命周期', 'Lifecycle stage', { values: LIFECYCLE_IDS }),
  f('abc', 'string', 'scores', 'ABC 分类', 'ABC class', { values: ABC_IDS }),
  f('value_activity', 'string', 'scores', '价值-活跃度象限', 'Value × activity quadrant', { values: VALUE_ACTIVITY_IDS }),
  f('clv_tier', 'string', 'scores', 'CLV 分层', 'CLV tier', { values: CLV_TIER_IDS }),
  f('cluster', 'number', 'scores', '聚类编号', 'Cluster number'),
  // Model outputs (last refresh)
  f('p_alive', 'number', 'scores', '仍活跃的概率（BG/NBD）', 'P(alive) from BG/NBD'),
  f('expected_purchases_90d', 'number', 'scores', '预计未来 90 天购买次数', 'Expected purchases in the next 90 days'),
  f('expected_avg_spend', 'number', 'scores', '预计平均每单金额（Gamma-Gamma）', 'Expected average spend (Gamma-Gamma)'),
  f('clv_12m', 'number', 'scores', '预测未来 12 个月价值', 'Predicted 12-month CLV'),
  f('churn_score', 'number', 'scores', '流失风险评分（0–1）', 'Churn score (0–1)'),
  f('churn_level', 'string', 'scores', '流失风险等级', 'Churn risk level', { values: ['high', 'medium', 'low'] }),
  f('value_at_risk', 'number', 'scores', '风险价值：CLV × 流失评分', 'Value at risk: CLV × churn score'),
  f('completeness', 'number', 'scores', '画像完整度（0–1）', 'Portrait completeness (0–1)'),
];

/** Built-in functions. Windows end on the evaluation day and count whole calendar days. */
export const BUILTIN_FUNCTIONS: readonly FunctionSpec[] = [
  { name: 'has_tag', params: [{ name: 'tag', optional: false }], returns: 'boolean', source: 'tags',
    description: tx('客户当前带有该标签（按中文名或标签编号）', 'The customer currently carries the tag (by Chinese name or tag id)') },
  { name: 'events_7d', params: [{ name: 'type', optional: true }], returns: 'number', source: 'events',
    description: tx('近 7 天（含当天）该类型的行为事件数；不填类型则计全部', 'Events of the type in the last 7 days (today included); all types when left out') },
  { name: 'events_30d', params: [{ name: 'type', optional: true }], returns: 'number', source: 'events',
    description: tx('近 30 天（含当天）该类型的行为事件数；不填类型则计全部', 'Events of the type in the last 30 days (today included); all types when left out') },
  { name: 'max_view_s_1d', params: [{ name: 'product', optional: true }], returns: 'number', source: 'events',
    description: tx('当天浏览该产品的总秒数；不填产品则取浏览最久的产品', 'Seconds spent viewing the product today (view events summed); without a product, the most-viewed product') },
];

/** The readable fields and functions of a deployment: the built-ins plus its interview template. */
export interface FieldCatalogue {
  fields: readonly FieldSpec[];
  functions: readonly FunctionSpec[];
  field(name: string): FieldSpec | undefined;
  fn(name: string): FunctionSpec | undefined;
}

const INTERVIEW_TYPES: Record<TemplateField['type'], ValueType> = {
  text: 'string', number: 'number', percent: 'number', single: 'string', multi: 'list', yesno: 'boolean',
};

/**
 * `interview.<section>.<field>` for every field of the template, read from the
 * customer's latest interview. Percentages are fractions (60 % = 0.6); a
 * multi-select answer is a list, and `list = "x"` means "includes x".
 */
export function interviewFields(template: InterviewTemplate): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (const s of template.sections) {
    for (const fld of s.fields) {
      out.push({
        name: `interview.${s.key}.${fld.key}`, type: INTERVIEW_TYPES[fld.type], source: 'interview',
        description: tx(`深访：${s.title.zh} · ${fld.label.zh}`, `Interview: ${s.title.en} · ${fld.label.en}`),
        ...(fld.unit ? { unit: fld.unit } : {}),
        ...(fld.options ? { values: fld.options.map((o) => o.value) } : {}),
      });
    }
  }
  return out;
}

/** The catalogue for a template (default: the dealer's interview). Example: `fieldCatalogue().field('age')?.type` → 'number'. */
export function fieldCatalogue(template: InterviewTemplate = DEFAULT_INTERVIEW_TEMPLATE): FieldCatalogue {
  const fields = [...BUILTIN_FIELDS, ...interviewFields(template)];
  const byName = new Map(fields.map((x) => [x.name, x]));
  const fnByName = new Map(BUILTIN_FUNCTIONS.map((x) => [x.name, x]));
  return { fields, functions: BUILTIN_FUNCTIONS, field: (n) => byName.get(n), fn: (n) => fnByName.get(n) };
}

let cached: FieldCatalogue | undefined;
/** The default catalogue, built once. */
export function defaultCatalogue(): FieldCatalogue {
  cached ??= fieldCatalogue();
  return cached;
}
