import { describe, expect, it } from 'vitest';
import { fnv1a32 } from '../../../shared/random/hash';

describe('fnv1a32', () => {
  it('matches the published FNV-1a 32-bit test vectors (L. C. Noll, FNV test suite)', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
  });

  it('is an unsigned 32-bit integer and distinguishes close ids', () => {
    const h = fnv1a32('C-000123');
    expect(Number.isInteger(h) && h >= 0 && h < 2 ** 32).toBe(true);
    expect(fnv1a32('C-000124')).not.toBe(h);
  });
});
