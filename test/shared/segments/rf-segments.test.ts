import { describe, expect, it } from 'vitest';
import { rfmScores } from '../../../shared/segments/quintiles';
import { RF_SEGMENT_IDS, rfSegmentOf, rfSegments } from '../../../shared/segments/rf-segments';
import { labelsOf, rfmColumns } from './columns';

describe('rfSegmentOf', () => {
  it('maps the whole 5×5 grid as in the SPEC §3.1 table', () => {
    // Rows R = 1..5, columns F = 1..5, read off the table by hand.
    const expected = [
      ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'],
      ['hibernating', 'hibernating', 'at_risk', 'at_risk', 'cant_lose'],
      ['about_to_sleep', 'about_to_sleep', 'need_attention', 'loyal', 'loyal'],
      ['promising', 'potential_loyalist', 'potential_loyalist', 'loyal', 'loyal'],
      ['new', 'potential_loyalist', 'potential_loyalist', 'champions', 'champions'],
    ];
    for (let r = 1; r <= 5; r++) {
      for (let f = 1; f <= 5; f++) expect(rfSegmentOf(r, f), `R${r}F${f}`).toBe(expected[r - 1][f - 1]);
    }
  });

  it('gives null without scores (no orders)', () => {
    expect(rfSegmentOf(0, 0)).toBeNull();
    expect(rfSegmentOf(5, 0)).toBeNull();
  });
});

describe('rfSegments', () => {
  it('labels the hand-scored population of the quintile test', () => {
    const columns = rfmColumns([
      ['a', 5, 1, 100],
      ['b', 40, 3, 900],
      ['c', 5, 2, 250],
      ['d', 200, 1, 100],
      ['e', 90, 6, 2000],
      ['f', 12, 2, 250],
      ['g', 365, 1, 50],
      ['p', 0, 0, 0],
    ]);
    const { r, f } = rfmScores(columns);
    // (R, F): a (5,1) new · b (3,5) loyal · c (5,3) potential_loyalist · d (1,1) hibernating
    //         e (2,5) cant_lose · f (4,4) loyal · g (1,2) hibernating · p none
    expect(labelsOf(rfSegments(r, f))).toEqual([
      'new', 'loyal', 'potential_loyalist', 'hibernating', 'cant_lose', 'loyal', 'hibernating', null,
    ]);
  });

  it('uses 1-based codes into RF_SEGMENT_IDS', () => {
    const result = rfSegments(Uint8Array.of(5, 1), Uint8Array.of(5, 1));
    expect(result.labelIds).toBe(RF_SEGMENT_IDS);
    expect(Array.from(result.codes)).toEqual([RF_SEGMENT_IDS.indexOf('champions') + 1, 1]);
  });
});
