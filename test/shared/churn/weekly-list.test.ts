import { describe, expect, it } from 'vitest';
import { weeklyChurnList, type ChurnLevel } from '../../../shared/churn';

const e = (customer_id: string, churn_level: ChurnLevel | null, value_at_risk: number) => ({ customer_id, churn_level, value_at_risk, name: `n-${customer_id}` });

describe('weeklyChurnList', () => {
  it('lists high risk only: newly at risk first, then value at risk, then id', () => {
    const entries = [
      e('C-1', 'high', 500), // high last week too
      e('C-2', 'high', 100), // was medium → newly
      e('C-3', 'medium', 9999),
      e('C-4', 'high', 800), // not in last week's snapshot → newly
      e('C-5', 'high', 500), // high last week, same value as C-1 → by id
      e('C-10', 'high', 100), // newly, same value as C-2: 'C-10' < 'C-2'
      e('C-6', null, 0),
    ];
    const previous = new Map<string, ChurnLevel | null>([['C-1', 'high'], ['C-2', 'medium'], ['C-5', 'high'], ['C-10', null]]);
    const list = weeklyChurnList(entries, previous);
    expect(list.map((x) => [x.customer_id, x.newly_at_risk])).toEqual([
      ['C-4', true], ['C-10', true], ['C-2', true], ['C-1', false], ['C-5', false],
    ]);
    expect(list[0].name).toBe('n-C-4');
  });

  it('accepts a plain record of last week, counts a non-finite value as 0, and does not mutate its input', () => {
    const entries = [e('b', 'high', Number.NaN), e('a', 'high', -1), e('c', 'high', 0)];
    const list = weeklyChurnList(entries, { a: 'high', b: 'high', c: 'high' });
    expect(list.map((x) => x.customer_id)).toEqual(['b', 'c', 'a']);
    expect(list.every((x) => !x.newly_at_risk)).toBe(true);
    expect(entries.map((x) => x.customer_id)).toEqual(['b', 'a', 'c']);
    expect('newly_at_risk' in entries[0]).toBe(false);
    expect(weeklyChurnList([], {})).toEqual([]);
  });
});
