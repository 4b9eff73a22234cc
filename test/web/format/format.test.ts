import { expect, test } from 'vitest';
import { money } from '../../../web/src/format/format';

test('money: whole yuan, rounded half up, grouped by three', () => {
  expect(money(0)).toBe('¥0');
  expect(money(999.4)).toBe('¥999');
  expect(money(999.5)).toBe('¥1,000');
  expect(money(12345.6)).toBe('¥12,346');
  expect(money(1234567)).toBe('¥1,234,567');
  expect(money(100000)).toBe('¥100,000');
});

test('money: the sign goes before the currency; tiny negatives are zero', () => {
  expect(money(-1234.4)).toBe('-¥1,234');
  expect(money(-0.4)).toBe('¥0');
});

test('money: missing or non-finite amounts are a dash', () => {
  expect(money(null)).toBe('—');
  expect(money(undefined)).toBe('—');
  expect(money(Number.NaN)).toBe('—');
  expect(money(Number.POSITIVE_INFINITY)).toBe('—');
});
