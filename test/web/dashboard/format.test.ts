import { expect, test } from 'vitest';
import { formatCount, formatDelta, formatShare } from '../../../web/src/routes/dashboard/format';

/** The hand-written formatters must read exactly as Intl.NumberFormat did (they replaced it to spare the page ICU's start-up). */
test('counts and shares read exactly as Intl.NumberFormat formats them, in zh-CN and en', () => {
  const counts = [0, 1, 7, 12, 999, 1000, 1001, 12_345, 99_999.5, 100_000, 1_234_567, 2.5, 3.5, 0.4999, 1e9 + 0.5, -1234.5];
  const shares = [0, 0.004, 0.005, 0.0051, 0.125, 0.145, 0.5, 0.634, 0.995, 1, 1.5, 12.345, 0.285, 0.575];
  for (const [lang, locale] of [['zh', 'zh-CN'], ['en', 'en']] as const) {
    const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
    const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
    for (const n of counts) expect(formatCount(n, lang), `${lang} ${n}`).toBe(count.format(n));
    for (const x of shares) expect(formatShare(x, lang), `${lang} ${x}`).toBe(share.format(x));
  }
  expect(formatDelta(1234, 'zh')).toBe('+1,234');
  expect(formatDelta(-3, 'en')).toBe('−3');
  expect(formatDelta(0, 'zh')).toBe('0');
});
