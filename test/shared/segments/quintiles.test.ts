import { describe, expect, it } from 'vitest';
import { quintileBins, quintileOfRank, rfmScores } from '../../../shared/segments/quintiles';
import { rfmColumns } from './columns';

const ranks = (n: number): number[] => Array.from({ length: n }, (_, k) => quintileOfRank(k + 1, n));

describe('quintileOfRank', () => {
  it('equals pandas qcut(rank(method="first"), 5) for N = 7', () => {
    // qcut edges on ranks 1..7: 1 + j·6/5 → 1, 2.2, 3.4, 4.6, 5.8, 7 (right-closed, lowest included)
    // rank 1,2 ≤ 2.2 → 1; 3 → 2; 4 → 3; 5 → 4; 6, 7 > 5.8 → 5
    expect(ranks(7)).toEqual([1, 1, 2, 3, 4, 5, 5]);
  });

  it('equals pandas qcut(rank(method="first"), 5) for N = 10', () => {
    // edges 1 + j·9/5 → 1, 2.8, 4.6, 6.4, 8.2, 10 → ranks 1–2 | 3–4 | 5–6 | 7–8 | 9–10
    expect(ranks(10)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it('handles tiny populations', () => {
    // N = 1: 5·0 > j·0 never → bin 1. N = 2: rank 2 has 5·1 > j·1 for j = 1..4 → 5.
    // N = 3: rank 2 has 5 > 2j for j = 1, 2 → 3; rank 3 has 10 > 2j for all j → 5.
    expect(ranks(1)).toEqual([1]);
    expect(ranks(2)).toEqual([1, 5]);
    expect(ranks(3)).toEqual([1, 3, 5]);
    // N = 5: one customer per quintile.
    expect(ranks(5)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('quintileBins', () => {
  const all = (): boolean => true;

  it('breaks ties on value by customer id ascending', () => {
    // values a=10, c=5, b=5 → ascending 5(b), 5(c), 10(a): ranks b1 c2 a3 of N = 3 → bins b1 c3 a5
    expect(Array.from(quintileBins([10, 5, 5], ['a', 'c', 'b'], all))).toEqual([5, 3, 1]);
  });

  it('uses plain string order for ids ("C-10" < "C-9")', () => {
    // equal values: 'C-10' sorts before 'C-9' (char '1' < '9') → C-10 rank 1 (bin 1), C-9 rank 2 (bin 5)
    expect(Array.from(quintileBins([3, 3], ['C-9', 'C-10'], all))).toEqual([5, 1]);
  });

  it('ranks all-equal values purely by id', () => {
    // N = 5, all equal: ranks follow ids a..e → bins 1..5
    expect(Array.from(quintileBins([7, 7, 7, 7, 7], ['e', 'd', 'c', 'b', 'a'], all))).toEqual([5, 4, 3, 2, 1]);
  });

  it('gives 0 to excluded customers and ranks only the included', () => {
    // included a(1), c(3) → N = 2: a bin 1, c bin 5; b excluded → 0
    expect(Array.from(quintileBins([1, 100, 3], ['a', 'b', 'c'], (i) => i !== 1))).toEqual([1, 0, 5]);
  });

  it('returns an empty array for N = 0', () => {
    expect(quintileBins([], [], all)).toHaveLength(0);
  });
});

describe('rfmScores', () => {
  it('scores a hand-computed population; prospects get 0', () => {
    const columns = rfmColumns([
      ['a', 5, 1, 100],
      ['b', 40, 3, 900],
      ['c', 5, 2, 250],
      ['d', 200, 1, 100],
      ['e', 90, 6, 2000],
      ['f', 12, 2, 250],
      ['g', 365, 1, 50],
      ['p', 0, 0, 0], // prospect: not ranked, N = 7
    ]);
    const { r, f, m } = rfmScores(columns);
    // recency asc: a5 c5 f12 b40 e90 d200 g365 → bins 1 1 2 3 4 5 5 → R = 6 − bin: a5 c5 f4 b3 e2 d1 g1
    expect(Array.from(r)).toEqual([5, 3, 5, 1, 2, 4, 1, 0]);
    // frequency asc: a1 d1 g1 c2 f2 b3 e6 → a1 d1 g2 c3 f4 b5 e5
    expect(Array.from(f)).toEqual([1, 5, 3, 1, 5, 4, 2, 0]);
    // monetary asc: g50 a100 d100 c250 f250 b900 e2000 → g1 a1 d2 c3 f4 b5 e5
    expect(Array.from(m)).toEqual([1, 5, 3, 2, 5, 4, 1, 0]);
  });

  it('gives a single customer R 5, F 1, M 1', () => {
    const { r, f, m } = rfmScores(rfmColumns([['x', 30, 2, 500]]));
    expect([r[0], f[0], m[0]]).toEqual([5, 1, 1]);
  });

  it('handles N = 0 and a population of prospects only', () => {
    expect(rfmScores(rfmColumns([])).r).toHaveLength(0);
    const { r, f, m } = rfmScores(rfmColumns([['p', 0, 0, 0], ['q', 0, 0, 0]]));
    expect([...r, ...f, ...m]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
