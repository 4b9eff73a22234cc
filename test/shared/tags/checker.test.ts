import { describe, expect, it } from 'vitest';
import { checkTagExpression } from '../../../shared/tags/checker';
import { defaultCatalogue } from '../../../shared/tags/field-catalogue';
import { requiredFeatures } from '../../../shared/tags/feature-requirements';
import { parseTagExpression } from '../../../shared/tags/parser';
import { TagLanguageError } from '../../../shared/tags/tag-language-error';
import { tagExpression } from '../../../shared/tags/tag-expression';

const check = (src: string, knownTags?: Set<string>) => checkTagExpression(parseTagExpression(src), defaultCatalogue(), { knownTags });

function errorOf(src: string, knownTags?: Set<string>): TagLanguageError {
  try {
    check(src, knownTags);
  } catch (e) {
    if (e instanceof TagLanguageError) return e;
    throw e;
  }
  throw new Error(`expected ${src} to be rejected`);
}

describe('checkTagExpression', () => {
  it('accepts every documented kind of field and function', () => {
    for (const src of [
      'recency_days > 90 and aov_trend < -0.2', 'monetary_365d > 100000', 'orders_90d >= 2 or aov > 5000',
      'days_since_contact > 60d', 'age between 25 and 29', 'gender = "female"', 'region in ["四川省", "重庆市"]',
      'rfm_segment = "champions"', 'rfm8 = "important_value"', 'lifecycle != "prospect"', 'abc in ["A", "B"]',
      'value_activity = "core"', 'clv_tier = "whale"', 'cluster = 2', 'p_alive < 0.3', 'clv_12m > 1000',
      'churn_score >= 0.7', 'churn_level = "high"', 'r >= 4 and f >= 4 and m >= 4', 'frequency > 0 and monetary > 0',
      'events_7d("test_drive") >= 1', 'events_7d() > 10', 'max_view_s_1d("X3") >= 300', 'max_view_s_1d() >= 300',
      'has_tag("沉睡客户")', 'not has_tag("沉睡客户")', 'has_tag("x") = false',
      'interview.vehicle_use.cargo_share >= 0.5', 'interview.vehicle_use.cargo_types = "goods"',
      'interview.vehicle_use.cargo_types in ["goods", "tools"]', 'interview.interests.self_drive',
      'interview.vehicle_use.route_scope = "intercity"', 'interview.basic.age > 40', 'birth_year = null', 'city != null',
      'monetary_365d > monetary', 'age between 18 and birth_year',
    ]) {
      expect(() => check(src), src).not.toThrow();
    }
  });

  it('rejects unknown fields and functions at their position, with a suggestion when close', () => {
    let e = errorOf('recency_days > 90 and recency_dayz < 3');
    expect([e.position, e.expected]).toEqual([22, ['recency_days']]);
    e = errorOf('x > 1');
    expect([e.position, e.expected]).toEqual([0, ['field']]);
    e = errorOf('frequency > 0 and events_7(\"call\") > 1');
    expect([e.position, e.expected]).toEqual([18, ['events_7d']]);
    e = errorOf('interview.vehicle_use.nope = 1');
    expect(e.position).toBe(0);
    e = errorOf('interview.nope.cargo_share = 1');
    expect(e.position).toBe(0);
  });

  it('rejects wrong types, orderings on text, unknown codes and bare numbers', () => {
    const cases: [string, number, string[]][] = [
      ['recency_days > "90"', 15, ['number']],
      ['gender = 1', 9, ['string']],
      ['gender > "a"', 0, ['=', '!=']],
      ['lifecycle = "sleep"', 12, ['active', 'sleeping', 'pre_churn', 'churned', 'prospect']],
      ['churn_level in ["high", "severe"]', 24, ['high', 'medium', 'low']],
      ['recency_days', 0, ['=', '!=', '<', '<=', '>', '>=', 'in', 'between']],
      ['frequency > 1 and monetary', 18, ['=', '!=', '<', '<=', '>', '>=', 'in', 'between']],
      ['recency_days in ["a"]', 17, ['number']],
      ['gender between 1 and 2', 0, ['number']],
      ['recency_days > null', 15, ['number', 'string', 'field']],
      ['events_7d("a", "b") > 1', 15, ['type']],
      ['has_tag() ', 0, ['tag']],
      ['has_tag(1)', 8, ['string']],
      ['interview.interests.self_drive = "yes"', 33, ['boolean']],
    ];
    for (const [src, pos, expected] of cases) {
      const e = errorOf(src);
      expect({ src, pos: e.position, expected: e.expected }).toEqual({ src, pos, expected });
    }
  });

  it('checks has_tag names against known tags when given', () => {
    expect(() => check('has_tag("沉睡客户")', new Set(['沉睡客户']))).not.toThrow();
    expect(errorOf('has_tag("无此标签")', new Set(['沉睡客户'])).position).toBe(8);
  });
});

describe('requiredFeatures', () => {
  it('lists each feature once with its source, in first-use order', () => {
    const e = tagExpression('recency_days > 90 and (events_7d("call") = 0 or recency_days > 200) and has_tag("沉睡客户") and interview.vehicle_use.cargo_share >= 0.5');
    expect(e.features.map((f) => [f.key, f.source])).toEqual([
      ['recency_days', 'stats'], ['events_7d("call")', 'events'], ['has_tag("沉睡客户")', 'tags'], ['interview.vehicle_use.cargo_share', 'interview'],
    ]);
    expect(requiredFeatures(parseTagExpression('events_7d() > 1 and events_7d("a") > 1')).map((f) => f.key)).toEqual(['events_7d()', 'events_7d("a")']);
  });
});
