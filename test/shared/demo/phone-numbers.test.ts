import { describe, expect, it } from 'vitest';
import { MOBILE_PREFIXES, mobileNumber, phoneSuffix } from '../../../shared/demo/phone-numbers';

describe('phoneSuffix / mobileNumber', () => {
  it('follows the keyed bijection by hand', () => {
    // m = 1, k = 0: x·1 = x, x XOR (x >>> 13) = x for x < 8192, + 0 → the identity on small x.
    expect(phoneSuffix(0, { multiplier: 1, offset: 0 })).toBe(0);
    expect(mobileNumber('138', 5, { multiplier: 1, offset: 0 })).toBe('13800000005');
    // m = 3, k = 10, x = 1: round 1: 1·3 = 3, 3 XOR 0 = 3, 3 + 10 = 13; round 2: 39, 39, 49.
    expect(phoneSuffix(1, { multiplier: 3, offset: 10 })).toBe(49);
  });

  it('gives distinct 8-digit suffixes to distinct customers', () => {
    const key = { multiplier: 0x2545f49, offset: 0x1234567 };
    const seen = new Set<number>();
    let outOfRange = 0;
    for (let i = 0; i < 200_000; i++) {
      const s = phoneSuffix(i, key);
      if (!(s >= 0 && s < 100_000_000)) outOfRange++;
      seen.add(s);
    }
    expect(outOfRange).toBe(0);
    expect(seen.size).toBe(200_000);
  });

  it('builds 11-digit numbers starting 1[3-9]', () => {
    const key = { multiplier: 12345, offset: 678 };
    for (const prefix of MOBILE_PREFIXES) expect(mobileNumber(prefix, 42, key)).toMatch(/^1[3-9]\d{9}$/);
  });

  it('rejects indices outside 0 … 10^8 − 1', () => {
    expect(() => phoneSuffix(-1, { multiplier: 1, offset: 0 })).toThrow(RangeError);
    expect(() => phoneSuffix(100_000_000, { multiplier: 1, offset: 0 })).toThrow(RangeError);
    expect(() => phoneSuffix(1.5, { multiplier: 1, offset: 0 })).toThrow(RangeError);
  });
});
