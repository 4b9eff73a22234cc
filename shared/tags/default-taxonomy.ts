import type { Text } from '../api/types';
import { DEFAULT_INTERVIEW_TEMPLATE } from '../interview/default-template/index';
import type { AnswerCondition, InterviewTemplate } from '../interview/template-types';
import { segmentCatalog } from '../segments/segment-catalog';
import { REGION_TAGS } from './region-tags';
import type { TagDefinition } from './tag-definition';
import { CATEGORIES, GROUPS } from './taxonomy-places';

const t = (zh: string, en: string): Text => ({ zh, en });

/** The seeds' age buckets (18以下/18-24/25-29/30-34/35-39/40-49/50-59/60+), on `age`. */
const AGE_BANDS: [string, string, string, string][] = [
  ['age_under_18', '18岁以下', 'Under 18', 'age < 18'],
  ['age_18_24', '18-24岁', 'Aged 18–24', 'age between 18 and 24'],
  ['age_25_29', '25-29岁', 'Aged 25–29', 'age between 25 and 29'],
  ['age_30_34', '30-34岁', 'Aged 30–34', 'age between 30 and 34'],
  ['age_35_39', '35-39岁', 'Aged 35–39', 'age between 35 and 39'],
  ['age_40_49', '40-49岁', 'Aged 40–49', 'age between 40 and 49'],
  ['age_50_59', '50-59岁', 'Aged 50–59', 'age between 50 and 59'],
  ['age_60_plus', '60岁及以上', 'Aged 60+', 'age >= 60'],
];

function demographicTags(): TagDefinition[] {
  const out: TagDefinition[] = AGE_BANDS.map(([id, zh, en, expression]) => ({
    id, name: t(zh, en), category: CATEGORIES.demographics, group: GROUPS.age, kind: 'rule', expression,
    description: t(`年龄段：${zh}（按出生年份计算）`, `Age band: ${en.toLowerCase()} (from the birth year)`), origin: { type: 'profile', field: 'birth_year' },
  }));
  out.push(
    { id: 'gender_male', name: t('男性客户', 'Male'), category: CATEGORIES.demographics, group: GROUPS.gender, kind: 'rule',
      expression: 'gender = "male"', description: t('性别为男', 'Gender is male'), origin: { type: 'profile', field: 'gender' } },
    { id: 'gender_female', name: t('女性客户', 'Female'), category: CATEGORIES.demographics, group: GROUPS.gender, kind: 'rule',
      expression: 'gender = "female"', description: t('性别为女', 'Gender is female'), origin: { type: 'profile', field: 'gender' } },
  );
  for (const r of REGION_TAGS) {
    out.push({ id: r.id, name: r.name, category: CATEGORIES.demographics, group: GROUPS.region, kind: 'rule',
      expression: `region in [${r.regions.map((x) => JSON.stringify(x)).join(', ')}]`,
      description: t(`所在省份属于${r.name.zh}`, `Province in ${r.name.en}`), origin: { type: 'profile', field: 'region' } });
  }
  return out;
}

const SCHEME_GROUP: Record<string, Text> = {
  rfm_segment: GROUPS.rfmSegment, rfm8: GROUPS.rfm8, lifecycle: GROUPS.lifecycle, abc: GROUPS.abc,
  clv_tier: GROUPS.clvTier, value_activity: GROUPS.valueActivity,
};

/** One statistical tag per label of every fixed segment scheme; cluster tags are made per refresh (clusterTag). */
function segmentTags(): TagDefinition[] {
  const out: TagDefinition[] = [];
  for (const scheme of segmentCatalog) {
    const group = SCHEME_GROUP[scheme.scheme];
    if (!group) continue;
    for (const label of scheme.labels) {
      out.push({
        id: `seg_${scheme.scheme}_${label.id}`.toLowerCase(), name: label.name, category: CATEGORIES.consumption, group,
        kind: 'statistical', expression: `${scheme.scheme} = ${JSON.stringify(label.id)}`, description: label.why,
        origin: { type: 'segment', scheme: scheme.scheme, label: label.id },
      });
    }
  }
  return out;
}

/** The tag of one k-means cluster of the latest refresh (labels are generated from centroids). */
export function clusterTag(cluster: { id: string; label: Text; why: Text }): TagDefinition {
  return {
    id: `seg_cluster_${cluster.id}`, name: t(`聚类：${cluster.label.zh}`, `Cluster: ${cluster.label.en}`),
    category: CATEGORIES.consumption, group: GROUPS.cluster, kind: 'statistical',
    expression: `cluster = ${Number(cluster.id)}`, description: cluster.why, origin: { type: 'segment', scheme: 'cluster', label: cluster.id },
  };
}

function spendingTags(): TagDefinition[] {
  const rule = (id: string, zh: string, en: string, expression: string, dzh: string, den: string): TagDefinition =>
    ({ id, name: t(zh, en), category: CATEGORIES.consumption, group: GROUPS.spending, kind: 'rule', expression, description: t(dzh, den), origin: { type: 'aggregate' } });
  return [
    rule('high_net_worth', '高净值客户', 'High net worth', 'monetary_365d > 100000', '近 365 天消费超过 10 万（种子文档的示例规则）', 'Spent more than 100,000 in the last 365 days (the seed’s example rule)'),
    rule('aov_falling', '客单价下降', 'Falling order value', 'aov_trend <= -0.2', '最近 3 单的平均金额比之前低 20% 以上', 'Last 3 orders average at least 20 % below the ones before'),
    rule('repeat_buyer_90d', '近期复购', 'Repeat buyer (90 days)', 'orders_90d >= 2', '近 90 天下单 2 次及以上', 'Two or more orders in the last 90 days'),
    rule('no_contact_60d', '长期未联系', 'Not contacted for 60 days', 'days_since_contact > 60 and frequency > 0', '老客户超过 60 天没有电话、到店或消息往来', 'A customer with no call, visit or message for over 60 days'),
    rule('browsing_not_buying', '浏览未购买', 'Browsing, not buying', 'events_30d("view") >= 3 and orders_90d = 0', '近 30 天浏览 3 次以上，但近 90 天没有下单', 'Viewed 3+ times in 30 days but no order in 90 days'),
  ];
}

function predictionTags(): TagDefinition[] {
  const churn = (level: string, zh: string, en: string, dzh: string, den: string): TagDefinition => ({
    id: `churn_${level}`, name: t(zh, en), category: CATEGORIES.prediction, group: GROUPS.churn, kind: 'predictive',
    expression: `churn_level = "${level}"`, description: t(dzh, den), origin: { type: 'model', field: 'churn_level' },
  });
  return [
    churn('high', '高流失风险', 'High churn risk', '流失风险模型评为高风险', 'Rated high risk by the churn model'),
    churn('medium', '中流失风险', 'Medium churn risk', '流失风险模型评为中风险', 'Rated medium risk by the churn model'),
    churn('low', '低流失风险', 'Low churn risk', '流失风险模型评为低风险', 'Rated low risk by the churn model'),
    { id: 'churn_signal', name: t('流失预警信号', 'Churn warning signal'), category: CATEGORIES.prediction, group: GROUPS.churn, kind: 'rule',
      expression: 'recency_days > 90 and aov_trend < -0.2', origin: { type: 'aggregate' },
      description: t('超过 90 天未购买且客单价下降（种子文档的流失预警规则）', 'No purchase for 90+ days and falling order value (the seed’s warning rule)') },
    { id: 'likely_repurchase', name: t('近期可能复购', 'Likely to buy again soon'), category: CATEGORIES.prediction, group: GROUPS.intent, kind: 'predictive',
      expression: 'expected_purchases_90d >= 1', origin: { type: 'model', field: 'expected_purchases_90d' },
      description: t('模型预计未来 90 天至少购买 1 次', 'The model expects at least one purchase in the next 90 days') },
    { id: 'likely_gone', name: t('活跃概率低', 'Probably gone'), category: CATEGORIES.prediction, group: GROUPS.churn, kind: 'predictive',
      expression: 'p_alive < 0.3', origin: { type: 'model', field: 'p_alive' },
      description: t('BG/NBD 模型估计仍活跃的概率低于 30%', 'BG/NBD puts the chance the customer is still active below 30 %') },
    { id: 'high_purchase_intent', name: t('高购买意向', 'High purchase intent'), category: CATEGORIES.prediction, group: GROUPS.intent, kind: 'event',
      eventRule: { eventType: 'view', measure: 'duration_s', perProduct: true, atLeast: 300, windowDays: 1 }, ttlDays: 7,
      description: t('一天内浏览同一产品累计 5 分钟以上，7 天内有效', 'Viewed one product for 5+ minutes within a day; lasts 7 days') },
    { id: 'recent_test_drive', name: t('近期试驾', 'Recent test drive'), category: CATEGORIES.prediction, group: GROUPS.intent, kind: 'event',
      eventRule: { eventType: 'test_drive', measure: 'count', perProduct: false, atLeast: 1, windowDays: 1 }, ttlDays: 14,
      description: t('有试驾记录，14 天内有效', 'Took a test drive; lasts 14 days') },
  ];
}

/**
 * Tags that interview answers earn (the template's `tagRules`, kind
 * `manual`): id `iv_<section>_<field>_<n>`, placed where the template says.
 */
export function interviewTags(template: InterviewTemplate): TagDefinition[] {
  const out: TagDefinition[] = [];
  const seen = new Set<string>();
  for (const s of template.sections) {
    for (const f of s.fields) {
      (f.tagRules ?? []).forEach((rule, n) => {
        if (seen.has(rule.tag.zh)) return;
        seen.add(rule.tag.zh);
        const cond = conditionText(rule.when);
        out.push({
          id: `iv_${s.key}_${f.key}_${n + 1}`, name: rule.tag, category: rule.category, group: rule.group, kind: 'manual',
          description: t(`深访：${f.label.zh} ${cond}`, `Interview: ${f.label.en} ${cond}`), origin: { type: 'interview', path: `${s.key}.${f.key}` },
        });
      });
    }
  }
  return out;
}

function conditionText(c: AnswerCondition): string {
  const parts: string[] = [];
  if (c.equals !== undefined) parts.push(`= ${JSON.stringify(c.equals)}`);
  if (c.in) parts.push(`in ${JSON.stringify(c.in)}`);
  if (c.includes !== undefined) parts.push(`∋ ${JSON.stringify(c.includes)}`);
  if (c.gte !== undefined) parts.push(`≥ ${c.gte}`);
  if (c.lte !== undefined) parts.push(`≤ ${c.lte}`);
  return parts.join(' ');
}

/**
 * The taxonomy a new deployment starts with (SPEC §5): demographics (age
 * bands, gender, region), consumption (every segment scheme's labels,
 * spending rules), interests, media habits and vehicle use (from the
 * interview template), prediction (churn level, purchase intent — including
 * the real-time 高购买意向). Names (zh) are unique.
 */
export function defaultTaxonomy(template: InterviewTemplate = DEFAULT_INTERVIEW_TEMPLATE): TagDefinition[] {
  const all = [...demographicTags(), ...segmentTags(), ...spendingTags(), ...predictionTags(), ...interviewTags(template)];
  const names = new Set<string>();
  return all.filter((d) => (names.has(d.name.zh) ? false : (names.add(d.name.zh), true)));
}

/** zh → {zh, en} for every category and group name of the default taxonomy (custom names fall back to zh). */
export function taxonomyNames(definitions: readonly TagDefinition[] = defaultTaxonomy()): Map<string, Text> {
  const out = new Map<string, Text>();
  for (const d of definitions) {
    out.set(d.category.zh, d.category);
    out.set(d.group.zh, d.group);
  }
  for (const g of Object.values(GROUPS)) out.set(g.zh, g);
  return out;
}
