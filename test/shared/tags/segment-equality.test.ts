import { describe, expect, it } from 'vitest';
import { parseTagExpression, segmentEquality } from '../../../shared/tags/index';

const of = (source: string) => segmentEquality(parseTagExpression(source));

describe('segmentEquality', () => {
  it('recognises exactly one stored label compared with =, on either side', () => {
    expect(of('lifecycle = "sleeping"')).toEqual({ field: 'lifecycle', value: 'sleeping' });
    expect(of('"A" = abc')).toEqual({ field: 'abc', value: 'A' });
    expect(of('cluster = 3')).toEqual({ field: 'cluster', value: 3 });
    expect(of('clv_tier = "whale"')).toEqual({ field: 'clv_tier', value: 'whale' });
    expect(of('churn_level = "high"')).toEqual({ field: 'churn_level', value: 'high' });
  });

  it('leaves every other expression to be evaluated and stored', () => {
    for (const source of [
      'lifecycle != "sleeping"', 'lifecycle = "active" or abc = "A"', 'not lifecycle = "active"', 'lifecycle in ["active"]',
      'cluster = "3"', 'cluster = 1.5', 'cluster = -1', 'rfm_segment = 3', 'churn_score = 0.5', 'monetary = 5', 'has_tag("x")',
      'lifecycle = rfm8',
    ]) expect([source, of(source)]).toEqual([source, null]);
  });
});
