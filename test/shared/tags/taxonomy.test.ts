import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_TEMPLATE } from '../../../shared/interview/index';
import { answerTags } from '../../../shared/interview/answer-tags';
import { clusterTag, defaultTaxonomy, taxonomyNames } from '../../../shared/tags/default-taxonomy';
import { tagExpression } from '../../../shared/tags/tag-expression';
import { evaluateTagExpression } from '../../../shared/tags/evaluator';

describe('defaultTaxonomy', () => {
  const tags = defaultTaxonomy();
  const byId = new Map(tags.map((t) => [t.id, t]));

  it('has unique ids and names, and every expression parses and type-checks', () => {
    expect(new Set(tags.map((t) => t.id)).size).toBe(tags.length);
    expect(new Set(tags.map((t) => t.name.zh)).size).toBe(tags.length);
    for (const t of tags) {
      if (t.kind === 'rule' || t.kind === 'statistical' || t.kind === 'predictive') {
        expect(t.expression, t.id).toBeTruthy();
        expect(() => tagExpression(t.expression!), t.id).not.toThrow();
      }
      if (t.kind === 'event') expect([t.eventRule, t.ttlDays].every(Boolean), t.id).toBe(true);
    }
  });

  it('covers the SPEC §5 categories with three levels', () => {
    const categories = new Set(tags.map((t) => t.category.zh));
    for (const c of ['人口属性', '消费行为', '兴趣爱好', '媒介习惯', '车辆用途', '价值预测']) expect(categories.has(c), c).toBe(true);
    const groupsOf = (cat: string) => new Set(tags.filter((t) => t.category.zh === cat).map((t) => t.group.zh));
    expect([...groupsOf('人口属性')].sort()).toEqual(['地区', '年龄段', '性别']);
    for (const g of ['RFM分群', 'RFM八大类', '生命周期', 'ABC分类', '客户价值分层', '价值-活跃度']) expect(groupsOf('消费行为').has(g), g).toBe(true);
    expect(groupsOf('价值预测')).toEqual(new Set(['流失预警', '购买意向']));
  });

  it('has the seeds’ eight age buckets as rules that split ages without gaps or overlaps', () => {
    const bands = tags.filter((t) => t.group.zh === '年龄段');
    expect(bands.map((t) => t.name.zh)).toEqual(['18岁以下', '18-24岁', '25-29岁', '30-34岁', '35-39岁', '40-49岁', '50-59岁', '60岁及以上']);
    for (let age = 0; age <= 100; age++) {
      const hits = bands.filter((b) => evaluateTagExpression(tagExpression(b.expression!).ast, (k) => (k === 'age' ? age : null)));
      expect(hits.length, `age ${age}`).toBe(1);
    }
  });

  it('names 沉睡客户 as the lifecycle label and places 高购买意向 as a 7-day event tag', () => {
    expect(tags.find((t) => t.name.zh === '沉睡客户')?.expression).toBe('lifecycle = "sleeping"');
    const intent = byId.get('high_purchase_intent')!;
    expect([intent.kind, intent.ttlDays, intent.eventRule?.atLeast, intent.eventRule?.windowDays]).toEqual(['event', 7, 300, 1]);
  });

  it('includes every tag the interview template can award, with its place', () => {
    const awarded = answerTags(DEFAULT_INTERVIEW_TEMPLATE, { vehicle_use: { cargo_share: 0.6 } });
    expect(awarded.map((a) => a.tag.zh)).toContain('货运为主');
    const manual = tags.filter((t) => t.origin?.type === 'interview');
    const ruleCount = DEFAULT_INTERVIEW_TEMPLATE.sections.flatMap((s) => s.fields.flatMap((f) => f.tagRules ?? [])).length;
    expect(manual.length).toBe(ruleCount);
    const cargo = manual.find((t) => t.name.zh === '货运为主')!;
    expect([cargo.category.zh, cargo.group.zh, cargo.kind]).toEqual(['车辆用途', '用车场景', 'manual']);
  });

  it('knows the English names of categories and groups', () => {
    const names = taxonomyNames();
    expect(names.get('人口属性')?.en).toBe('Demographics');
    expect(names.get('聚类分群')?.en).toBe('Clusters');
  });

  it('makes a statistical tag per cluster', () => {
    const t = clusterTag({ id: '3', label: { zh: '高频大额', en: 'Frequent big spenders' }, why: { zh: 'w', en: 'w' } });
    expect([t.id, t.name.zh, t.expression]).toEqual(['seg_cluster_3', '聚类：高频大额', 'cluster = 3']);
  });
});
