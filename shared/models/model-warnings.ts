/** Codes of the degenerate-fit warnings; `warnings` strings start with the code and a colon. */
export type ModelWarningCode =
  | 'no_repeat_buyers'
  | 'few_customers'
  | 'dropout_not_identified'
  | 'purchase_rate_homogeneous'
  | 'palive_all_high'
  | 'parameter_at_bound'
  | 'not_converged'
  | 'flat_likelihood'
  | 'spend_mean_undefined'
  | 'nonpositive_spend_excluded'
  | 'spend_homogeneous';

/** Plain text of each code for reports and chat, without the figures of a particular fit. */
export const MODEL_WARNING_TEXT: Record<ModelWarningCode, { zh: string; en: string }> = {
  no_repeat_buyers: {
    zh: '没有回购客户，无法估计流失和购买频率模型。',
    en: 'No customer bought twice, so the purchase and drop-out model cannot be estimated.',
  },
  few_customers: { zh: '客户数太少，模型参数不可靠。', en: 'Too few customers: the model parameters are unreliable.' },
  dropout_not_identified: {
    zh: '数据中看不到客户流失，P(存活) 对所有人都接近 1；流失预警应主要依据最近购买间隔。',
    en: 'The data show no drop-out: P(alive) is close to 1 for everyone, so churn warnings must rely on recency rules.',
  },
  purchase_rate_homogeneous: {
    zh: '客户之间的购买频率几乎没有差异（泊松极限），预测仍可用。',
    en: 'Purchase rates look the same for every customer (Poisson limit); predictions remain usable.',
  },
  palive_all_high: {
    zh: '所有客户的 P(存活) 都在 0.99 以上，模型无法区分活跃和流失客户。',
    en: 'P(alive) is above 0.99 for every customer: the model cannot tell active from lapsed customers.',
  },
  parameter_at_bound: {
    zh: '有参数到达搜索边界，拟合结果是一个极限情形。',
    en: 'A parameter reached the edge of the search range: the fit is a limiting case.',
  },
  not_converged: { zh: '优化没有收敛，结果仅供参考。', en: 'The optimiser did not converge; treat the result with care.' },
  flat_likelihood: {
    zh: '不同起点得到几乎相同的似然但参数不同，参数难以确定。',
    en: 'Different starting points reached nearly the same likelihood with different parameters: the parameters are poorly determined.',
  },
  spend_mean_undefined: {
    zh: 'q ≤ 1：总体平均客单价无穷大，无回购客户的预期客单价无法给出。',
    en: 'q ≤ 1: the population mean spend is infinite, so customers without repeat purchases get no expected spend.',
  },
  nonpositive_spend_excluded: {
    zh: '部分回购客户的平均金额为 0 或负数，已从金额模型中排除。',
    en: 'Some repeat customers have a zero or negative mean spend and were left out of the spend model.',
  },
  spend_homogeneous: {
    zh: '客户之间的平均客单价几乎没有差异，金额模型退化为一个常数。',
    en: 'Mean spend hardly differs between customers: the spend model reduces to a constant.',
  },
};

/** `code: English text`, optionally followed by the figures of this fit. */
export function warningLine(code: ModelWarningCode, detail?: string): string {
  return `${code}: ${MODEL_WARNING_TEXT[code].en}${detail ? ` (${detail})` : ''}`;
}
