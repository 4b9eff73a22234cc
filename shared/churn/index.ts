/** Churn risk (流失预警, SPEC §3.4): score, level, reasons, next action, weekly list, backtest metrics. */
export * from './types';
export { DEFAULT_CHURN_THRESHOLDS, DEFAULT_CHURN_WEIGHTS, resolveChurnContext } from './churn-context';
export type { ResolvedChurnContext } from './churn-context';
export { churnRisk, churnLevel, annualisedSpend } from './churn-risk';
export { churnRiskBatch, churnRiskAt, churnRiskReader, churnLevelAt, CHURN_LEVEL_IDS } from './churn-batch';
export type { ChurnBatch, ChurnColumns } from './churn-batch';
export { orderValueMeans, orderValueTrend } from './order-value';
export { populationGapDays } from './population-gap';
export { reasonText, reasonTexts, reasonArgs, textOfArgs, apiChurnReasons, apiWeight } from './reason-text';
export type { Lang, ReasonArgs, ReasonArgsByCode } from './reason-text';
export { encodeChurnReasons, decodeChurnReasons } from './reason-codec';
export { nextAction, NEXT_ACTION_RULES } from './next-action';
export type { NextActionRule, SegmentInfo } from './next-action';
export { crossSellCandidates } from './cross-sell';
export type { ProductView } from './cross-sell';
export { weeklyChurnList } from './weekly-list';
export type { WeeklyListCandidate } from './weekly-list';
export { rocAuc, topDecileLift, recencyBaselineScore, recencyBaselineScores, holdoutByFrequency } from './backtest-metrics';
