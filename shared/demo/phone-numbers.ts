/**
 * Mainland mobile numbers for the demo: unique by construction, so 100,000
 * customers need no "seen" set and no retries.
 */

/** Mobile number prefixes (号段) in use by the three carriers; 1[3-9]x. */
export const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '147', '150', '151', '152',
  '153', '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181',
  '182', '183', '184', '185', '186', '187', '188', '189', '191', '193', '195', '198', '199',
] as const;

const SUFFIX_SPACE = 100_000_000; // 8 digits after the 3-digit prefix
const MASK_27 = (1 << 27) - 1; // 2^27 = 134,217,728 ≥ 10^8

export interface PhoneKey {
  /** Odd multiplier (odd ⇒ invertible mod 2^27). */
  multiplier: number;
  /** Additive key, any 27-bit value. */
  offset: number;
}

/**
 * Maps customer index i (0 ≤ i < 10^8) to a distinct 8-digit suffix.
 * Method: a keyed bijection on 27-bit integers — x ↦ (x·m) mod 2^27,
 * x ↦ x XOR (x >>> 13), x ↦ (x + k) mod 2^27, applied twice — made a bijection
 * on [0, 10^8) by cycle-walking (re-apply while the result is ≥ 10^8; ≈ 1.34
 * rounds on average, Black & Rogaway 2002). Distinct i ⇒ distinct suffixes.
 * Example: with any key, suffixes of i = 0…99,999 are 100,000 different numbers.
 */
export function phoneSuffix(index: number, key: PhoneKey): number {
  if (!Number.isInteger(index) || index < 0 || index >= SUFFIX_SPACE) throw new RangeError(`phone index out of range: ${index}`);
  let x = index;
  do {
    for (let round = 0; round < 2; round++) {
      x = Math.imul(x, key.multiplier | 1) & MASK_27;
      x ^= x >>> 13;
      x = (x + key.offset) & MASK_27;
    }
  } while (x >= SUFFIX_SPACE);
  return x;
}

/**
 * The phone number of customer `index`: the given prefix and the unique
 * suffix, 11 digits. Example: prefix '138', suffix 5 → `'13800000005'`.
 */
export function mobileNumber(prefix: string, index: number, key: PhoneKey): string {
  return prefix + String(phoneSuffix(index, key)).padStart(8, '0');
}
