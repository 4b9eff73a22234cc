import { describe, expect, it } from 'vitest';
import { knownItemsKey, knownPortraitItems, PORTRAIT_ITEMS } from '../../../shared/portrait';

describe('knownItemsKey', () => {
  it('is equal exactly when the known items are (values do not matter, emptiness and thresholds do)', () => {
    const a = { profile: { region: '江苏', gender: 'male', attributes: { religion: '无' } }, aggregates: { frequency: 9 } };
    const b = { profile: { region: '四川', gender: 'female', attributes: { religion: '佛教' } }, aggregates: { frequency: 3 } };
    expect(knownItemsKey(a)).toBe(knownItemsKey(b));
    expect(knownPortraitItems(a)).toEqual(knownPortraitItems(b));
    const variants = [
      { profile: { region: '  ', gender: 'male', attributes: { religion: '无' } }, aggregates: { frequency: 9 } }, // blank is empty
      { profile: { region: '江苏', gender: 'male', attributes: {} }, aggregates: { frequency: 9 } },
      { profile: { region: '江苏', gender: 'male', attributes: { religion: '无' } }, aggregates: { frequency: 1 } },
      { profile: { region: '江苏', gender: 'male', attributes: { religion: '无' } }, aggregates: { frequency: 0 } },
      { profile: { region: '江苏', gender: 'male', attributes: { religion: '无' } }, aggregates: {} },
    ];
    for (const v of variants) {
      expect(knownItemsKey(v)).not.toBe(knownItemsKey(a));
    }
    // Every distinct key in this set has its own flags, and equal keys equal flags.
    const all = [a, b, ...variants];
    for (const x of all) for (const y of all) {
      if (knownItemsKey(x) === knownItemsKey(y)) expect(knownPortraitItems(x, PORTRAIT_ITEMS)).toEqual(knownPortraitItems(y, PORTRAIT_ITEMS));
    }
  });
});
