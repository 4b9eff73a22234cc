import { describe, expect, it } from 'vitest';
import type { BoolNode, ValueNode } from '../../../shared/tags/ast';
import { MAX_EXPRESSION_LENGTH, MAX_NESTING, parseTagExpression } from '../../../shared/tags/parser';
import { TagLanguageError } from '../../../shared/tags/tag-language-error';

/** A compact S-expression of a tree, so precedence is visible at a glance. */
function show(n: BoolNode): string {
  const v = (x: ValueNode): string => (x.type === 'literal' ? JSON.stringify(x.value) : x.type === 'field' ? x.name : `${x.name}(${x.args.map((a) => JSON.stringify(a.value)).join(',')})`);
  switch (n.type) {
    case 'and': case 'or': return `(${n.type} ${show(n.left)} ${show(n.right)})`;
    case 'not': return `(not ${show(n.operand)})`;
    case 'test': return v(n.value);
    case 'compare': return `(${n.op} ${v(n.left)} ${v(n.right)})`;
    case 'in': return `(${n.negated ? 'not-in' : 'in'} ${v(n.value)} [${n.list.map((x) => JSON.stringify(x.value)).join(' ')}])`;
    case 'between': return `(${n.negated ? 'not-between' : 'between'} ${v(n.value)} ${v(n.low)} ${v(n.high)})`;
  }
}

function errorOf(source: string): TagLanguageError {
  try {
    parseTagExpression(source);
  } catch (e) {
    if (e instanceof TagLanguageError) return e;
    throw e;
  }
  throw new Error(`expected ${source} to fail`);
}

describe('parseTagExpression', () => {
  it('parses the SPEC §5 examples', () => {
    expect(show(parseTagExpression('monetary_365d > 100000'))).toBe('(> monetary_365d 100000)');
    expect(show(parseTagExpression('recency_days > 90 and aov_trend < -0.2'))).toBe('(and (> recency_days 90) (< aov_trend -0.2))');
    expect(show(parseTagExpression('interview.vehicle_use.cargo_share >= 0.5'))).toBe('(>= interview.vehicle_use.cargo_share 0.5)');
    expect(show(parseTagExpression('has_tag("沉睡客户")'))).toBe('has_tag("沉睡客户")');
    expect(show(parseTagExpression('events_7d("test_drive") >= 1'))).toBe('(>= events_7d("test_drive") 1)');
    expect(show(parseTagExpression('max_view_s_1d("X3") >= 300'))).toBe('(>= max_view_s_1d("X3") 300)');
  });

  it('gives not > and > or precedence, left-associative', () => {
    expect(show(parseTagExpression('a = 1 or b = 2 and c = 3'))).toBe('(or (= a 1) (and (= b 2) (= c 3)))');
    expect(show(parseTagExpression('a = 1 and b = 2 or c = 3'))).toBe('(or (and (= a 1) (= b 2)) (= c 3))');
    expect(show(parseTagExpression('not a = 1 and b = 2'))).toBe('(and (not (= a 1)) (= b 2))');
    expect(show(parseTagExpression('not (a = 1 and b = 2)'))).toBe('(not (and (= a 1) (= b 2)))');
    expect(show(parseTagExpression('a = 1 or b = 2 or c = 3'))).toBe('(or (or (= a 1) (= b 2)) (= c 3))');
    expect(show(parseTagExpression('(a = 1 or b = 2) and c = 3'))).toBe('(and (or (= a 1) (= b 2)) (= c 3))');
    expect(show(parseTagExpression('not not x'))).toBe('(not (not x))');
  });

  it('reads durations as days, percentages as fractions and both list brackets', () => {
    expect(show(parseTagExpression('recency_days > 90d'))).toBe('(> recency_days 90)');
    expect(show(parseTagExpression('recency_days <= 12w'))).toBe('(<= recency_days 84)');
    expect(show(parseTagExpression('x >= 50%'))).toBe('(>= x 0.5)');
    expect(show(parseTagExpression('x in [1, 2.5, -3]'))).toBe('(in x [1 2.5 -3])');
    expect(show(parseTagExpression("x not in ('a', 'b')"))).toBe('(not-in x ["a" "b"])');
    expect(show(parseTagExpression('age between 18 and 24 and y = 1'))).toBe('(and (between age 18 24) (= y 1))');
    expect(show(parseTagExpression('age not between 18 and 24'))).toBe('(not-between age 18 24)');
  });

  it('accepts == <> ≥ ≤ ≠, any keyword case, Chinese quotes and full-width punctuation', () => {
    expect(show(parseTagExpression('a == 1 AND b <> 2 Or c ≥ 3'))).toBe('(or (and (= a 1) (!= b 2)) (>= c 3))');
    expect(show(parseTagExpression('a ≤ 1 and b ≠ 2'))).toBe('(and (<= a 1) (!= b 2))');
    expect(show(parseTagExpression('has_tag（“沉睡客户”）'))).toBe('has_tag("沉睡客户")');
    expect(show(parseTagExpression('x in ［“a”，‘b’］'))).toBe('(in x ["a" "b"])');
  });

  it('decodes string escapes', () => {
    expect(show(parseTagExpression(String.raw`x = "a\"b\\c\n\u4e2d"`))).toBe(`(= x ${JSON.stringify('a"b\\c\n中')})`);
    expect(show(parseTagExpression(String.raw`x = 'it\'s'`))).toBe(`(= x "it's")`);
  });

  it('keeps positions of nodes', () => {
    const n = parseTagExpression('a = 1 or  bb > 2');
    expect(n.type).toBe('or');
    if (n.type !== 'or') return;
    expect(n.pos).toBe(6);
    expect(n.right.pos).toBe(10);
  });

  it('reports the position and what was expected', () => {
    const cases: [string, number, string[]][] = [
      ['', 0, ['field', 'number', 'string', 'function call']],
      ['recency_days >', 14, ['field', 'number', 'string', 'function call']],
      ['recency_days > 90 and', 21, ['field', 'number', 'string', 'function call']],
      ['a = 1 b = 2', 6, ['and', 'or', 'end of expression']],
      ['(a = 1', 6, ['and', 'or', ')']],
      ['a = 1)', 5, ['and', 'or', 'end of expression']],
      ['x in [1, 2', 10, [',', ']']],
      ['x in 1', 5, ['[', '(']],
      ['x between 1 or 2', 12, ['and']],
      ['has_tag("a" "b")', 12, [',', ')']],
      ['x = "abc', 8, ['"']],
      ['x = 90days', 6, ['d', 'w', '%']],
      ['x = 1.', 6, ['digit']],
      ['interview..a = 1', 10, ['name']],
      ['x = @', 4, ['field', 'number', 'string', 'operator', '(', ')']],
      [String.raw`x = "\q"`, 5, ['\\"', "\\'", '\\\\', '\\n', '\\t', '\\uXXXX']],
      ['x = - a', 6, ['number']],
    ];
    for (const [src, pos, expected] of cases) {
      const e = errorOf(src);
      expect({ src, pos: e.position, expected: e.expected }).toEqual({ src, pos, expected });
      expect(e.text.zh.length).toBeGreaterThan(0);
      expect(e.text.en.length).toBeGreaterThan(0);
    }
  });

  it('refuses over-long and over-deep input with the language error', () => {
    expect(errorOf('x = 1 or '.repeat(500)).position).toBe(MAX_EXPRESSION_LENGTH);
    const deep = `${'('.repeat(MAX_NESTING + 1)}x = 1${')'.repeat(MAX_NESTING + 1)}`;
    expect(errorOf(deep).position).toBe(MAX_NESTING);
    expect(errorOf(`${'not '.repeat(MAX_NESTING + 1)}x`).position).toBe(MAX_NESTING * 4);
    const ok = `${'('.repeat(MAX_NESTING)}x = 1${')'.repeat(MAX_NESTING)}`;
    expect(show(parseTagExpression(ok))).toBe('(= x 1)');
  });
});
