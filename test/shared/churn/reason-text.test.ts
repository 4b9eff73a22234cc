import { describe, expect, it } from 'vitest';
import { apiChurnReasons, churnRisk, reasonText, reasonTexts, type ChurnContext, type ChurnReasonDetail } from '../../../shared/churn';
import { customer, rhythmCustomer } from './customers';

const r = <C extends ChurnReasonDetail['code']>(code: C, params: Extract<ChurnReasonDetail, { code: C }>['params']) =>
  ({ code, weight: 0.5, params }) as ChurnReasonDetail;

describe('reasonText', () => {
  it('says the SPEC examples in both languages', () => {
    const rhythm = r('rhythm', { recencyDays: 97, gapDays: 40, ratio: 97 / 40, ownGap: true });
    expect(reasonText(rhythm, 'en')).toBe('last purchase 97 days ago, 2.4× their usual gap');
    expect(reasonText(rhythm, 'zh')).toBe('距上次购买已97天，是其平时间隔的2.4倍');
    const aov = r('aov_drop', { dropPct: 35, recentOrders: 3, recentAov: 65, priorAov: 100 });
    expect(reasonTexts(aov)).toEqual({ zh: '最近3单平均客单价下降35%', en: 'average order value down 35 % over the last 3 orders' });
    const model = r('model', { pAlive: 0.31, expected90d: null, risk: 0.69 });
    expect(reasonTexts(model)).toEqual({ zh: '存活概率仅0.31', en: 'P(alive) 0.31' });
    const contact = r('contact_gap', { daysSinceContact: 60, gapDays: 60 });
    expect(reasonTexts(contact)).toEqual({ zh: '已60天未联系', en: 'no contact for 60 days' });
  });

  it('words the other reasons', () => {
    expect(reasonTexts(r('rhythm', { recencyDays: 150, gapDays: 60, ratio: 2.5, ownGap: false }))).toEqual({
      zh: '距上次购买已150天，是一般客户复购间隔的2.5倍', en: 'last purchase 150 days ago, 2.5× the typical gap between purchases',
    });
    expect(reasonTexts(r('purchase_rate', { occasions: 1, tenureDays: 97, paceDays: 157, horizonDays: 90, risk: 0.56 }))).toEqual({
      zh: '97天内仅购买1次，按此频率未来90天很可能不会购买', en: 'only 1 purchase in 97 days; at this pace, likely none in the next 90 days',
    });
    expect(reasonText(r('purchase_rate', { occasions: 3, tenureDays: 400.2, paceDays: 153, horizonDays: 90, risk: 0.55 }), 'en'))
      .toBe('only 3 purchases in 400 days; at this pace, likely none in the next 90 days');
    expect(reasonTexts(r('recency_rule', { recencyDays: 97, ruleDays: 90 }))).toEqual({ zh: '超过90天未购买（已97天）', en: 'no purchase for over 90 days (97 days)' });
    expect(reasonTexts(r('seed_rule', { recencyDays: 97, ruleDays: 90, dropPct: 35 }))).toEqual({
      zh: '命中流失预警规则：超过90天未购买且客单价下降', en: 'matches the churn-warning rule: no purchase for over 90 days and falling order value',
    });
    expect(reasonTexts(r('model', { pAlive: 0.31, expected90d: 0.123, risk: 0.8 }))).toEqual({
      zh: '存活概率仅0.31，未来90天预计购买0.12次', en: 'P(alive) 0.31, expected 0.12 purchases in the next 90 days',
    });
    // a probably-alive but rare buyer is explained by expected purchases, not "only 0.90"
    expect(reasonTexts(r('model', { pAlive: 0.9, expected90d: 0.05, risk: 0.95 }))).toEqual({
      zh: '未来90天预计购买0.05次', en: 'expected 0.05 purchases in the next 90 days',
    });
  });

  it('never rounds a real drop to 0 % or 100 %', () => {
    expect(reasonText(r('aov_drop', { dropPct: 99.7, recentOrders: 3, recentAov: 0.3, priorAov: 100 }), 'en')).toBe('average order value down 99 % over the last 3 orders');
    expect(reasonText(r('aov_drop', { dropPct: 100, recentOrders: 3, recentAov: 0, priorAov: 100 }), 'zh')).toBe('最近3单平均客单价下降100%');
  });

  it('renders a scored customer end to end, in weight order, for the API', () => {
    const ctx: ChurnContext = { modelInformative: false, populationGapDays: 60 };
    const result = churnRisk(rhythmCustomer(40, 6, 97, { recentAmounts: [65, 65, 65, 100, 100, 100], daysSinceContact: 60 }), ctx)!;
    const api = apiChurnReasons(result.reasons);
    expect(api.map((x) => x.code)).toEqual(result.reasons.map((x) => x.code));
    expect(api.map((x) => x.text.en)).toContain('last purchase 97 days ago, 2.4× their usual gap');
    expect(api.map((x) => x.text.zh)).toContain('最近3单平均客单价下降35%');
    expect(api.map((x) => x.text.zh)).toContain('已60天未联系');
    for (const [k, x] of api.entries()) expect(x.weight).toBe(Math.round(result.reasons[k].weight * 1000) / 1000);
    expect(churnRisk(customer(), ctx)!.reasons).toEqual([]);
  });
});
