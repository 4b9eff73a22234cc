import type { Text } from '../api/types';

const t = (zh: string, en: string): Text => ({ zh, en });

/** Categories (大类) of the default taxonomy. Interview-fed ones reuse the template's names (TAG_PLACES). */
export const CATEGORIES = {
  demographics: t('人口属性', 'Demographics'),
  consumption: t('消费行为', 'Consumer behaviour'),
  prediction: t('价值预测', 'Prediction'),
} as const;

/** Groups (中类) of the built-in categories. */
export const GROUPS = {
  age: t('年龄段', 'Age band'),
  gender: t('性别', 'Gender'),
  region: t('地区', 'Region'),
  rfmSegment: t('RFM分群', 'RFM segments'),
  rfm8: t('RFM八大类', 'RFM eight classes'),
  lifecycle: t('生命周期', 'Lifecycle'),
  abc: t('ABC分类', 'ABC class'),
  clvTier: t('客户价值分层', 'CLV tier'),
  valueActivity: t('价值-活跃度', 'Value × activity'),
  cluster: t('聚类分群', 'Clusters'),
  spending: t('消费特征', 'Spending pattern'),
  churn: t('流失预警', 'Churn risk'),
  intent: t('购买意向', 'Purchase intent'),
} as const;
