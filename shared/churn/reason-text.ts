import type { ChurnReason } from '../api/types';
import type { ChurnReasonCode, ChurnReasonDetail, Text } from './types';

export type Lang = 'zh' | 'en';

/**
 * The values a reason's text shows, already formatted, per code: whole days and
 * counts as integers, ratios and probabilities as the fixed-decimal strings shown
 * ("0.31", "2.4"), percentages as whole numbers (never 0 or 100 for a value strictly
 * between), flags as 0/1. A `model` value is null when that part is not said.
 * These are what the stored reasons keep (see reason-codec.ts); the text is
 * rendered from them alone by {@link textOfArgs}.
 */
export interface ReasonArgsByCode {
  model: [pAlive: string | null, expected90d: string | null, riskPct: number | null];
  purchase_rate: [occasions: number, tenureDays: number, horizonDays: number];
  rhythm: [recencyDays: number, ratio: string, ownGap: 0 | 1];
  seed_rule: [ruleDays: number];
  recency_rule: [recencyDays: number, ruleDays: number];
  aov_drop: [dropPct: number, recentOrders: number];
  contact_gap: [daysSinceContact: number];
}

/** The displayed values of any reason (see {@link ReasonArgsByCode}). */
export type ReasonArgs = ReasonArgsByCode[ChurnReasonCode];

type ParamsOf<C extends ChurnReasonCode> = Extract<ChurnReasonDetail, { code: C }>['params'];

/** What each reason shows of its numbers, formatted (the rounding lives here and only here). */
const ARGS: { [C in ChurnReasonCode]: (p: ParamsOf<C>) => ReasonArgsByCode[C] } = {
  model: ({ pAlive, expected90d, risk }) => {
    // P(alive) is worth saying when it is itself low; a customer who is probably
    // still active but buys rarely is explained by the expected purchases instead.
    const alive = pAlive !== null && (pAlive < 0.5 || expected90d === null) ? fixed(pAlive, 2) : null;
    const expected = expected90d !== null ? fixed(expected90d, 2) : null;
    return [alive, expected, alive === null && expected === null ? percent(risk * 100) : null];
  },
  purchase_rate: ({ occasions, tenureDays, horizonDays }) => [occasions, Math.round(tenureDays), horizonDays],
  rhythm: ({ recencyDays, ratio, ownGap }) => [Math.round(recencyDays), fixed(ratio, 1), ownGap ? 1 : 0],
  seed_rule: ({ ruleDays }) => [ruleDays],
  recency_rule: ({ recencyDays, ruleDays }) => [Math.round(recencyDays), ruleDays],
  aov_drop: ({ dropPct, recentOrders }) => [percent(dropPct), recentOrders],
  contact_gap: ({ daysSinceContact }) => [Math.round(daysSinceContact)],
};

/** The wording of each reason, from its displayed values only. */
const TEXT: { [C in ChurnReasonCode]: (a: ReasonArgsByCode[C]) => Text } = {
  model: ([alive, expected, riskPct]) => {
    const zh: string[] = [];
    const en: string[] = [];
    if (alive !== null) {
      zh.push(`存活概率仅${alive}`);
      en.push(`P(alive) ${alive}`);
    }
    if (expected !== null) {
      zh.push(`未来90天预计购买${expected}次`);
      en.push(`expected ${expected} purchases in the next 90 days`);
    }
    if (riskPct !== null) {
      zh.push(`未来90天不购买的概率${riskPct}%`);
      en.push(`${riskPct} % chance of no purchase in the next 90 days`);
    }
    return { zh: zh.join('，'), en: en.join(', ') };
  },
  purchase_rate: ([occasions, days, horizonDays]) => ({
    zh: `${days}天内仅购买${occasions}次，按此频率未来${horizonDays}天很可能不会购买`,
    en: `only ${occasions} ${occasions === 1 ? 'purchase' : 'purchases'} in ${days} days; at this pace, likely none in the next ${horizonDays} days`,
  }),
  rhythm: ([days, x, ownGap]) => (ownGap
    ? { zh: `距上次购买已${days}天，是其平时间隔的${x}倍`, en: `last purchase ${days} days ago, ${x}× their usual gap` }
    : { zh: `距上次购买已${days}天，是一般客户复购间隔的${x}倍`, en: `last purchase ${days} days ago, ${x}× the typical gap between purchases` }),
  seed_rule: ([ruleDays]) => ({
    zh: `命中流失预警规则：超过${ruleDays}天未购买且客单价下降`,
    en: `matches the churn-warning rule: no purchase for over ${ruleDays} days and falling order value`,
  }),
  recency_rule: ([days, ruleDays]) => ({ zh: `超过${ruleDays}天未购买（已${days}天）`, en: `no purchase for over ${ruleDays} days (${days} days)` }),
  aov_drop: ([pct, recentOrders]) => ({ zh: `最近${recentOrders}单平均客单价下降${pct}%`, en: `average order value down ${pct} % over the last ${recentOrders} orders` }),
  contact_gap: ([days]) => ({ zh: `已${days}天未联系`, en: `no contact for ${days} days` }),
};

/**
 * The displayed values of a reason, e.g. rhythm (97 days, 97/40 = 2.425× own gap)
 * → `[97, '2.4', 1]`; model (P(alive) 0.31, no expected purchases) → `['0.31', null, null]`.
 */
export function reasonArgs<C extends ChurnReasonCode>(reason: Extract<ChurnReasonDetail, { code: C }>): ReasonArgsByCode[C] {
  return ARGS[reason.code as C](reason.params as ParamsOf<C>);
}

/** Both texts of a reason from its displayed values: `textOfArgs('contact_gap', [60])` → `{ zh: '已60天未联系', en: 'no contact for 60 days' }`. */
export function textOfArgs<C extends ChurnReasonCode>(code: C, args: ReasonArgsByCode[C]): Text {
  return TEXT[code](args);
}

/**
 * A reason in plain language. Numbers: days as integers, ratios and P(alive) with
 * 2 significant decimals as shown below, percentages rounded to whole percent.
 * Examples: rhythm (own gap) → "last purchase 97 days ago, 2.4× their usual gap" /
 * "距上次购买已97天，是其平时间隔的2.4倍"; aov_drop → "average order value down 35 %
 * over the last 3 orders" / "最近3单平均客单价下降35%"; model → "P(alive) 0.31" /
 * "存活概率仅0.31"; contact_gap → "no contact for 60 days" / "已60天未联系".
 */
export function reasonText(reason: ChurnReasonDetail, lang: Lang): string {
  return reasonTexts(reason)[lang];
}

/** Both languages of {@link reasonText}: `textOfArgs(code, reasonArgs(reason))`. */
export function reasonTexts(reason: ChurnReasonDetail): Text {
  return textOfArgs(reason.code, reasonArgs(reason));
}

/** A reason's weight as the API shows it: rounded to 3 decimals. */
export function apiWeight(weight: number): number {
  return Math.round(weight * 1000) / 1000;
}

/**
 * Reasons in the API's shape (`ChurnReason`): code, both texts, weight rounded to 3
 * decimals. Example: `[{ code: 'contact_gap', text: { zh: '已60天未联系', en: 'no contact for 60 days' }, weight: 0.214 }]`.
 */
export function apiChurnReasons(reasons: readonly ChurnReasonDetail[]): ChurnReason[] {
  return reasons.map((r) => ({ code: r.code, text: reasonTexts(r), weight: apiWeight(r.weight) }));
}

function fixed(x: number, digits: number): string {
  return x.toFixed(digits);
}

/** Whole percent, never shown as 0 % or 100 % when the value is strictly between. */
function percent(pct: number): number {
  const p = Math.round(pct);
  return p === 0 && pct > 0 ? 1 : p === 100 && pct < 100 ? 99 : p;
}
