import type { ChurnReason } from '../api/types';
import type { ChurnReasonDetail, Text } from './types';

export type Lang = 'zh' | 'en';

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

/** Both languages of {@link reasonText}. */
export function reasonTexts(reason: ChurnReasonDetail): Text {
  switch (reason.code) {
    case 'model': {
      const { pAlive, expected90d, risk } = reason.params;
      const zh: string[] = [];
      const en: string[] = [];
      // P(alive) is worth saying when it is itself low; a customer who is probably
      // still active but buys rarely is explained by the expected purchases instead.
      if (pAlive !== null && (pAlive < 0.5 || expected90d === null)) {
        zh.push(`存活概率仅${fixed(pAlive, 2)}`);
        en.push(`P(alive) ${fixed(pAlive, 2)}`);
      }
      if (expected90d !== null) {
        zh.push(`未来90天预计购买${fixed(expected90d, 2)}次`);
        en.push(`expected ${fixed(expected90d, 2)} purchases in the next 90 days`);
      }
      if (zh.length === 0) {
        zh.push(`未来90天不购买的概率${percent(risk * 100)}%`);
        en.push(`${percent(risk * 100)} % chance of no purchase in the next 90 days`);
      }
      return { zh: zh.join('，'), en: en.join(', ') };
    }
    case 'purchase_rate': {
      const { occasions, tenureDays, horizonDays } = reason.params;
      const days = Math.round(tenureDays);
      return {
        zh: `${days}天内仅购买${occasions}次，按此频率未来${horizonDays}天很可能不会购买`,
        en: `only ${occasions} ${occasions === 1 ? 'purchase' : 'purchases'} in ${days} days; at this pace, likely none in the next ${horizonDays} days`,
      };
    }
    case 'rhythm': {
      const { recencyDays, ratio, ownGap } = reason.params;
      const days = Math.round(recencyDays);
      const x = fixed(ratio, 1);
      return ownGap
        ? { zh: `距上次购买已${days}天，是其平时间隔的${x}倍`, en: `last purchase ${days} days ago, ${x}× their usual gap` }
        : { zh: `距上次购买已${days}天，是一般客户复购间隔的${x}倍`, en: `last purchase ${days} days ago, ${x}× the typical gap between purchases` };
    }
    case 'seed_rule': {
      const { ruleDays } = reason.params;
      return {
        zh: `命中流失预警规则：超过${ruleDays}天未购买且客单价下降`,
        en: `matches the churn-warning rule: no purchase for over ${ruleDays} days and falling order value`,
      };
    }
    case 'recency_rule': {
      const { recencyDays, ruleDays } = reason.params;
      const days = Math.round(recencyDays);
      return { zh: `超过${ruleDays}天未购买（已${days}天）`, en: `no purchase for over ${ruleDays} days (${days} days)` };
    }
    case 'aov_drop': {
      const { dropPct, recentOrders } = reason.params;
      const pct = percent(dropPct);
      return { zh: `最近${recentOrders}单平均客单价下降${pct}%`, en: `average order value down ${pct} % over the last ${recentOrders} orders` };
    }
    case 'contact_gap': {
      const days = Math.round(reason.params.daysSinceContact);
      return { zh: `已${days}天未联系`, en: `no contact for ${days} days` };
    }
  }
}

/**
 * Reasons in the API's shape (`ChurnReason`): code, both texts, weight rounded to 3
 * decimals. Example: `[{ code: 'contact_gap', text: { zh: '已60天未联系', en: 'no contact for 60 days' }, weight: 0.214 }]`.
 */
export function apiChurnReasons(reasons: readonly ChurnReasonDetail[]): ChurnReason[] {
  return reasons.map((r) => ({ code: r.code, text: reasonTexts(r), weight: Math.round(r.weight * 1000) / 1000 }));
}

function fixed(x: number, digits: number): string {
  return x.toFixed(digits);
}

/** Whole percent, never shown as 0 % or 100 % when the value is strictly between. */
function percent(pct: number): string {
  const p = Math.round(pct);
  return String(p === 0 && pct > 0 ? 1 : p === 100 && pct < 100 ? 99 : p);
}
