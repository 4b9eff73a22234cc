import { describe, expect, it } from 'vitest';
import { DEFAULT_INTERVIEW_TEMPLATE } from '../../../shared/interview/default-template/index';
import { findField } from '../../../shared/interview/field-path';
import { PORTRAIT_CATEGORIES, type PortraitSource } from '../../../shared/portrait/portrait-item-types';
import { PORTRAIT_ITEMS } from '../../../shared/portrait/portrait-items';

const labels = (category: string) => PORTRAIT_ITEMS.filter((i) => i.category === category).map((i) => i.label.zh);

describe('portrait items (seed 002, 客户画像四类43项内容)', () => {
  it('has the seed counts per category: 13 / 16 / 14 / 10 — which add up to 53, not the heading\'s 43', () => {
    expect(PORTRAIT_CATEGORIES.map((c) => [c.key, c.size])).toEqual([['demographic', 13], ['consumption', 16], ['psychological', 14], ['social', 10]]);
    for (const c of PORTRAIT_CATEGORIES) expect(labels(c.key).length, c.key).toBe(c.size);
    expect(PORTRAIT_ITEMS.length).toBe(13 + 16 + 14 + 10); // = 53
  });

  it('uses the seed wording, in the seed order', () => {
    expect(labels('demographic')).toEqual(['年龄', '性别', '地域', '教育程度', '职业', '收入水平', '婚姻状况', '子女状况', '家庭规模', '家庭生命周期', '民族', '宗教信仰', '国籍']);
    expect(labels('consumption')).toEqual(['消费习惯', '消费偏好', '消费频次', '消费金额', '购买渠道', '购买时间', '购买周期', '支付方式', '购物方式', '品牌忠诚度',
      '促销敏感度', '价格敏感度', '购物同伴', '购物环境偏好', '购物决策方式', '购物决策周期']);
    expect(labels('psychological')).toEqual(['个性', '价值观', '兴趣爱好', '生活方式', '态度', '信仰', '心理需求', '心理动机', '心理预期', '心理安全感', '心理压力',
      '心理承受力', '心理适应力', '心理认同感']);
    expect(labels('social')).toEqual(['家庭状况', '社交圈子', '影响力', '人际关系', '社会地位', '社会角色', '社会认同感', '社会支持', '社会参与度', '社会网络']);
  });

  it('has unique snake_case keys and an English label for every item', () => {
    const keys = PORTRAIT_ITEMS.map((i) => i.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const i of PORTRAIT_ITEMS) {
      expect(i.key).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(i.label.en.length).toBeGreaterThan(0);
      expect(i.sources.length).toBeGreaterThan(0);
    }
  });

  it('refers only to fields that exist in the default interview template', () => {
    const paths: string[] = [];
    const walk = (s: PortraitSource) => {
      if (s.kind === 'interview') paths.push(s.path);
      if (s.kind === 'any' || s.kind === 'all') s.of.forEach(walk);
    };
    PORTRAIT_ITEMS.forEach((i) => i.sources.forEach(walk));
    expect(paths.length).toBeGreaterThan(30);
    for (const p of paths) expect(findField(DEFAULT_INTERVIEW_TEMPLATE, p), p).toBeDefined();
  });
});
