import { describe, expect, it } from 'vitest';
import { ABC_IDS } from '../../../shared/segments/abc';
import { CLV_TIER_IDS } from '../../../shared/segments/clv-tiers';
import { LIFECYCLE_IDS } from '../../../shared/segments/lifecycle';
import { RF_SEGMENT_IDS } from '../../../shared/segments/rf-segments';
import { RFM8_IDS } from '../../../shared/segments/rfm8';
import { segmentCatalog, segmentLabelInfo, segmentScheme } from '../../../shared/segments/segment-catalog';
import { VALUE_ACTIVITY_IDS } from '../../../shared/segments/value-activity';

describe('segmentCatalog', () => {
  it('lists every scheme with labels in code order', () => {
    const ids = Object.fromEntries(segmentCatalog.map((s) => [s.scheme, s.labels.map((l) => l.id)]));
    expect(ids).toEqual({
      rfm_segment: [...RF_SEGMENT_IDS],
      rfm8: [...RFM8_IDS],
      lifecycle: [...LIFECYCLE_IDS],
      abc: [...ABC_IDS],
      value_activity: [...VALUE_ACTIVITY_IDS],
      clv_tier: [...CLV_TIER_IDS],
      cluster: [],
    });
  });

  it('gives every scheme and label non-empty zh/en texts', () => {
    for (const scheme of segmentCatalog) {
      expect(scheme.name.zh && scheme.name.en && scheme.method.zh && scheme.method.en).toBeTruthy();
      for (const label of scheme.labels) {
        expect(label.name.zh && label.name.en && label.why.zh && label.why.en, `${scheme.scheme}.${label.id}`).toBeTruthy();
      }
    }
  });

  it('uses the standard Chinese names', () => {
    expect(segmentLabelInfo('rfm_segment', 'champions')).toMatchObject({ name: { zh: '冠军客户' }, why: { zh: '最近买过、买得多' } });
    expect(segmentScheme('rfm8')?.labels.map((l) => l.name.zh)).toEqual([
      '重要价值客户', '重要发展客户', '重要保持客户', '重要挽留客户', '一般价值客户', '一般发展客户', '一般保持客户', '一般挽留客户',
    ]);
    expect(segmentScheme('lifecycle')?.labels.map((l) => l.name.zh)).toEqual(['活跃客户', '沉睡客户', '预流失客户', '流失客户', '潜在客户']);
    expect(segmentScheme('value_activity')?.labels.map((l) => l.name.zh)).toEqual(['高价值高活跃', '高价值低活跃', '低价值高活跃', '低价值低活跃']);
  });

  it('returns null for unknown schemes and ids', () => {
    expect(segmentScheme('nope')).toBeNull();
    expect(segmentLabelInfo('abc', 'D')).toBeNull();
    expect(segmentLabelInfo('cluster', '1')).toBeNull();
  });
});
