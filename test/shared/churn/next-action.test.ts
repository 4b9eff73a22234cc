import { describe, expect, it } from 'vitest';
import { crossSellCandidates, NEXT_ACTION_RULES, nextAction, type NextActionRule } from '../../../shared/churn';
import { segmentCatalog } from '../../../shared/segments';

describe('nextAction', () => {
  it('picks the action of the segment', () => {
    expect(nextAction({ rfmSegment: 'champions' }, { level: 'low' }).code).toBe('referral_upsell');
    expect(nextAction({ rfmSegment: 'at_risk' }, { level: 'medium' })).toEqual({
      code: 'call_service_offer', text: { zh: '本周内致电回访，提供专属服务优惠', en: 'Call this week with a service offer' },
    });
    expect(nextAction({ rfmSegment: 'cant_lose' }, null).code).toBe('call_service_offer');
    expect(nextAction({ rfmSegment: 'hibernating' }, { level: 'high' }).code).toBe('reactivation_offer');
    expect(nextAction({ rfmSegment: 'new' }, { level: 'low' }).code).toBe('onboarding_visit');
    expect(nextAction({ lifecycle: 'prospect' }, null).code).toBe('first_visit');
    expect(nextAction({ lifecycle: 'churned', rfmSegment: 'about_to_sleep' }, { level: 'high' }).code).toBe('reactivation_offer');
  });

  it('puts retention before growth: a champion at high risk gets a call', () => {
    expect(nextAction({ rfmSegment: 'champions' }, { level: 'high' }).code).toBe('call_service_offer');
    expect(nextAction({ rfmSegment: null }, { level: 'medium' }).code).toBe('care_call');
    expect(nextAction({}, null).code).toBe('keep_in_touch');
  });

  it('attaches cross-sell products only to selling actions', () => {
    expect(nextAction({ rfmSegment: 'champions' }, { level: 'low' }, ['礼盒', '配件'])).toEqual({
      code: 'referral_upsell',
      text: { zh: '请其推荐新客户，并介绍升级产品；可推荐：礼盒、配件', en: 'Ask for a referral and offer an upgrade; suggest: 礼盒, 配件' },
      products: ['礼盒', '配件'],
    });
    expect(nextAction({ rfmSegment: 'at_risk' }, null, ['礼盒']).products).toBeUndefined();
  });

  it('has an action for every RF segment id of the catalogue, and reads a custom table', () => {
    const rf = segmentCatalog.find((s) => s.scheme === 'rfm_segment')!.labels.map((l) => l.id);
    for (const id of rf) expect(nextAction({ rfmSegment: id }, { level: 'low' }).code).not.toBe('keep_in_touch');
    const rules: NextActionRule[] = [
      { code: 'vip', when: { rfmSegment: ['loyal'], churnLevel: ['low'] }, withProducts: false, text: { zh: '贵宾关怀', en: 'VIP care' } },
      NEXT_ACTION_RULES[NEXT_ACTION_RULES.length - 1],
    ];
    expect(nextAction({ rfmSegment: 'loyal' }, { level: 'low' }, [], rules).code).toBe('vip');
    expect(nextAction({ rfmSegment: 'loyal' }, { level: 'medium' }, [], rules).code).toBe('keep_in_touch');
  });
});

describe('crossSellCandidates', () => {
  it('ranks viewed-not-bought products by total view time, then latest view, then name', () => {
    const views = [
      { product: 'A', durationS: 120, day: 10 },
      { product: 'B', durationS: 300, day: 5 },
      { product: 'C', durationS: 200, day: 20 },
      { product: 'C', durationS: 100, day: 12 },
      { product: 'D', durationS: 50, day: 30 },
    ];
    // B 300 (day 5), C 300 (latest day 20) → C first; A is bought
    expect(crossSellCandidates(views, new Set(['A']))).toEqual(['C', 'B', 'D']);
    expect(crossSellCandidates(views, ['A'], 2)).toEqual(['C', 'B']);
    expect(crossSellCandidates(views, [])).toEqual(['C', 'B', 'A']);
  });

  it('ignores views without a product, counts unknown durations as 0, breaks full ties by name', () => {
    const views = [
      { product: null, durationS: 999, day: 1 },
      { product: 'Y', durationS: null, day: 3 },
      { product: 'X', durationS: 0, day: 3 },
      { product: 'Z', durationS: 10, day: 1 },
    ];
    expect(crossSellCandidates(views, [])).toEqual(['Z', 'X', 'Y']);
    expect(crossSellCandidates([], [])).toEqual([]);
    expect(crossSellCandidates(views, ['X', 'Y', 'Z'])).toEqual([]);
  });
});
