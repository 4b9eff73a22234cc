import type { SegmentCounts } from '../../../shared/api/types';
import type { DashboardSummary } from '../../../web/src/routes/dashboard/dashboard-types';

/** Two weekly snapshots of a 1,000-customer demo: CLV tiers and lifecycle, with migrations. */
export const segmentCounts: SegmentCounts = {
  as_of: '2024-06-09',
  week: '2024-W23',
  previous_week: '2024-W22',
  schemes: [
    {
      scheme: 'clv_tier',
      label: { zh: 'CLV 价值分层', en: 'CLV tiers' },
      counts: [
        { id: 'whale', label: { zh: '鲸鱼客户', en: 'Whales' }, count: 50, previous: 38 },
        { id: 'dolphin', label: { zh: '海豚客户', en: 'Dolphins' }, count: 250, previous: 262 },
        { id: 'small_fish', label: { zh: '小鱼客户', en: 'Small fish' }, count: 700, previous: 690 },
      ],
    },
    {
      scheme: 'lifecycle',
      label: { zh: '生命周期', en: 'Lifecycle' },
      counts: [
        { id: 'active', label: { zh: '活跃客户', en: 'Active' }, count: 412, previous: 430 },
        { id: 'sleeping', label: { zh: '沉睡客户', en: 'Sleeping' }, count: 203, previous: 190 },
        { id: 'pre_churn', label: { zh: '预流失客户', en: 'About to churn' }, count: 155, previous: 151 },
        { id: 'churned', label: { zh: '流失客户', en: 'Churned' }, count: 180, previous: 179 },
        { id: 'prospect', label: { zh: '潜在客户', en: 'Prospects' }, count: 60, previous: 40 },
      ],
    },
  ],
  migrations: [
    { scheme: 'clv_tier', from: 'dolphin', to: 'whale', count: 12 },
    { scheme: 'clv_tier', from: 'small_fish', to: 'dolphin', count: 9 },
    { scheme: 'clv_tier', from: 'dolphin', to: 'small_fish', count: 9 },
    { scheme: 'lifecycle', from: 'active', to: 'sleeping', count: 31 },
    { scheme: 'lifecycle', from: 'sleeping', to: 'active', count: 13 },
  ],
};

export const dashboardSummary: DashboardSummary = {
  as_of: '2024-06-09',
  churn_trend: [
    { week: '2024-W21', high: 61, medium: 140, low: 719 },
    { week: '2024-W22', high: 66, medium: 151, low: 713 },
    { week: '2024-W23', high: 74, medium: 149, low: 717 },
  ],
  at_risk_by_owner: [
    { owner: 'wang.li', name: '王丽', high: 21, value_at_risk: 186_400 },
    { owner: null, name: null, high: 4, value_at_risk: 9_800 },
    { owner: 'zhang.wei', name: '张伟', high: 30, value_at_risk: 241_950 },
  ],
  reps: [
    { login: 'wang.li', name: '王丽', customers: 320, interviewed: 208, coverage: 0.65, completeness: 0.712 },
    { login: 'chen.jie', name: '陈杰', customers: 180, interviewed: 45, coverage: 0.25, completeness: 0.483 },
  ],
  tag_usage: { rate: 0.64, used: 16, defined: 25 },
};
