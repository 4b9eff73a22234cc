import { describe, expect, it } from 'vitest';
import { createPrng } from '../../../shared/random/prng';
import { defaultTaxonomy } from '../../../shared/tags/default-taxonomy';
import { compileTagPredicate } from '../../../shared/tags/compile-predicate';
import { evaluateTagExpression } from '../../../shared/tags/evaluator';
import { TagLanguageError } from '../../../shared/tags/tag-language-error';
import { tagExpression } from '../../../shared/tags/tag-expression';

const VALID = [
  'recency_days > 90 and aov_trend < -0.2', 'monetary_365d > 100000', 'interview.vehicle_use.cargo_share >= 0.5',
  'has_tag("沉睡客户")', 'events_7d("test_drive") >= 1 or max_view_s_1d("X3") >= 300', 'age between 18 and 24',
  'not (lifecycle in ["active", "sleeping"]) and gender != "male"', "region not in ('四川省', '重庆')", 'days_since_contact > 12w',
  'interview.vehicle_use.cargo_types = "goods" and interview.interests.self_drive', 'x = "a\\"b\\u4e2d"', 'churn_score >= 70%',
  ...defaultTaxonomy().flatMap((t) => (t.expression ? [t.expression] : [])),
];
const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyz_ABCXYZ0123456789.,;:()[]{}<>=!+-*/%&|^~?@#$\\\'"` \t\n',
  '“', '”', '‘', '’', '（', '）', '，', '［', '］', '≥', '≤', '≠', '沉', '睡', '客', '户', '\u3000', '\u0000', '\ud83d', '\ude00',
  'and ', 'or ', 'not ', ' in ', ' between ', 'true', 'false', 'null', '90d', '12w', '50%', '1e5', 'has_tag(', 'events_7d(', 'interview.',
];

/** Random edits of a valid expression: delete, insert, replace, duplicate a slice, truncate, swap two slices. */
function mutate(rng: ReturnType<typeof createPrng>, s: string): string {
  const edits = 1 + rng.nextInt(4);
  for (let k = 0; k < edits; k++) {
    const i = rng.nextInt(s.length + 1);
    const j = Math.min(s.length, i + rng.nextInt(6));
    const piece = ALPHABET[rng.nextInt(ALPHABET.length)];
    switch (rng.nextInt(6)) {
      case 0: s = s.slice(0, i) + s.slice(j); break;
      case 1: s = s.slice(0, i) + piece + s.slice(i); break;
      case 2: s = s.slice(0, i) + piece + s.slice(j); break;
      case 3: s = s.slice(0, j) + s.slice(i, j) + s.slice(j); break;
      case 4: s = s.slice(0, i); break;
      default: s = s.slice(j) + s.slice(0, i) + s.slice(i, j);
    }
  }
  return s;
}

function randomString(rng: ReturnType<typeof createPrng>): string {
  const len = rng.nextInt(rng.nextInt(10) === 0 ? 300 : 40);
  let s = '';
  for (let k = 0; k < len; k++) s += ALPHABET[rng.nextInt(ALPHABET.length)];
  return s;
}

describe('tag language fuzz', () => {
  it('throws nothing but TagLanguageError on 12,000 random and mutated inputs, and evaluates what it accepts', () => {
    const rng = createPrng(20261124);
    let accepted = 0;
    let rejected = 0;
    const foreign: string[] = [];
    const table = { n: 1, column: () => [null] };
    for (let k = 0; k < 12_000; k++) {
      const input = k % 3 === 0 ? randomString(rng) : mutate(rng, VALID[rng.nextInt(VALID.length)]);
      try {
        const e = tagExpression(input);
        evaluateTagExpression(e.ast, () => null);
        compileTagPredicate(e.ast, table)(0);
        accepted++;
      } catch (err) {
        if (err instanceof TagLanguageError) {
          rejected++;
          if (!(Number.isInteger(err.position) && err.position >= 0 && err.position <= input.length && err.expected.length > 0)) {
            foreign.push(`bad position/expected for ${JSON.stringify(input)}`);
          }
        } else {
          foreign.push(`${JSON.stringify(input)}: ${String(err)}`);
        }
      }
    }
    expect(foreign.slice(0, 5)).toEqual([]);
    expect(accepted + rejected).toBe(12_000);
    expect(accepted).toBeGreaterThan(200);
    expect(rejected).toBeGreaterThan(5_000);
  });

  it('survives pathological shapes', () => {
    for (const input of ['('.repeat(100_000), 'not '.repeat(20_000), `x in [${'1,'.repeat(50_000)}1]`, '"'.repeat(3999), '\\'.repeat(5000)]) {
      expect(() => tagExpression(input)).toThrow(TagLanguageError);
    }
  });
});
