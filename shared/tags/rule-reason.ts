import type { Text } from '../api/types';
import { isMissing, type FeatureAccessor, type FeatureValue } from './evaluator';
import type { FeatureRequirement } from './feature-requirements';

/** A value as shown in a reason: numbers with at most 2 decimals, yes/no in each language, lists joined. */
export function formatFeatureValue(v: FeatureValue): Text {
  if (isMissing(v)) return { zh: '未知', en: 'unknown' };
  if (typeof v === 'number') {
    const s = String(Number.isInteger(v) ? v : Number(v.toFixed(2)));
    return { zh: s, en: s };
  }
  if (typeof v === 'boolean') return v ? { zh: '是', en: 'yes' } : { zh: '否', en: 'no' };
  if (Array.isArray(v)) return { zh: v.join('、'), en: v.join(', ') };
  return { zh: String(v), en: String(v) };
}

/**
 * Why a rule tag was assigned, quoting the customer's values of the features
 * the rule reads (tags it depends on are left out):
 * `{zh: '超过 90 天未购买且客单价下降（recency_days = 120，aov_trend = -0.35）', en: '… (recency_days = 120, aov_trend = -0.35)'}`.
 */
export function ruleReason(description: Text, features: readonly FeatureRequirement[], get: FeatureAccessor): Text {
  const shown = features.filter((f) => !(f.kind === 'call' && f.name === 'has_tag')).slice(0, 6);
  if (!shown.length) return description;
  const values = shown.map((f) => ({ key: f.key, v: formatFeatureValue(get(f.key)) }));
  return {
    zh: `${description.zh}（${values.map((x) => `${x.key} = ${x.v.zh}`).join('，')}）`,
    en: `${description.en} (${values.map((x) => `${x.key} = ${x.v.en}`).join(', ')})`,
  };
}
