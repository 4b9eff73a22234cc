/** Dashboard UI text, Simplified Chinese first, English second. */
const t = (zh: string, en: string) => ({ zh, en });

export const T = {
  title: t('管理看板', 'Dashboard'),
  asOf: t('数据截至', 'Data as of'),
  week: t('周', 'Week'),
  reload: t('重新加载', 'Reload'),
  loading: t('正在加载…', 'Loading…'),
  loadFailed: t('加载失败', 'Could not load'),
  retry: t('重试', 'Retry'),
  forbidden: t('您没有查看此看板的权限。', 'You are not allowed to see this dashboard.'),
  noRefresh: t('还没有运行过数据刷新，暂无分层数据。请管理员运行“npx huaxiang refresh”。', 'No refresh has run yet, so there are no segments. Ask an admin to run “npx huaxiang refresh”.'),
  notServed: t('暂无数据：服务器尚未提供这项统计。', 'No data: the server does not provide these figures yet.'),
  showData: t('查看数据表', 'Show the data table'),

  distribution: t('客户分层分布', 'Segment distribution'),
  scheme: t('分层方案', 'Scheme'),
  segment: t('分层', 'Segment'),
  thisWeek: t('本周', 'This week'),
  lastWeek: t('上周', 'Last week'),
  change: t('变化', 'Change'),
  share: t('占比', 'Share'),
  total: t('合计', 'Total'),

  migration: t('周环比迁移', 'Week-over-week migration'),
  noMigration: t('与上周相比没有客户迁移。', 'No customer moved since last week.'),
  noPrevious: t('只有一周的快照，下周起可以看到迁移。', 'Only one weekly snapshot so far; migrations appear from next week.'),
  from: t('从', 'From'),
  to: t('到', 'To'),
  customers: t('客户数', 'Customers'),
  newCustomer: t('（新客户）', '(new)'),
  unlabelled: t('（无）', '(none)'),
  showAll: t('显示全部', 'Show all'),

  churnTrend: t('流失风险趋势', 'Churn risk trend'),
  high: t('高风险', 'High'),
  medium: t('中风险', 'Medium'),
  low: t('低风险', 'Low'),

  atRisk: t('各负责人的高风险客户', 'High-risk customers by owner'),
  owner: t('负责人', 'Owner'),
  unassigned: t('未分配', 'Unassigned'),
  highCount: t('高风险客户', 'High risk'),
  valueAtRisk: t('风险价值', 'Value at risk'),

  reps: t('访谈覆盖率与画像完整度', 'Interview coverage and portrait completeness'),
  rep: t('销售 / 外勤', 'Rep'),
  interviewed: t('已访谈', 'Interviewed'),
  coverage: t('访谈覆盖率', 'Coverage'),
  completeness: t('画像完整度', 'Completeness'),
  benchmark: t('行业平均画像完整度约 60–80%。', 'Industry average portrait completeness: about 60–80 %.'),

  tagUsage: t('标签使用率', 'Tag usage rate'),
  tagUsageDetail: t('近 30 天使用过的标签 {used} 个 / 已定义 {defined} 个，目标 > 60%', '{used} of {defined} defined tags used in the last 30 days; target > 60 %'),
  noTags: t('还没有定义标签。', 'No tags are defined yet.'),
};

/** Replaces `{name}` placeholders. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
