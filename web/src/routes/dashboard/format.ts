import type { Lang } from '../../i18n/i18n';
import { groupDigits } from '../../format/format';

/*
 * The dashboard's figures, the same in zh-CN and en (commas every three
 * digits, no decimals, `%` after the number): written by hand, not with
 * `Intl.NumberFormat`, whose first use on a page loads ICU's locale data
 * (~30 ms of main thread in a Lighthouse trace of the dashboard, ×4 on a slow
 * phone). `lang` is kept so a language that formats differently can be added.
 */

/** Rounds half away from zero, as Intl's default (`halfExpand`) does. */
const whole = (x: number) => Math.sign(x) * Math.round(Math.abs(x));

/** Whole number with grouping, e.g. 12,345. */
export const formatCount = (n: number, _lang: Lang) => {
  const w = whole(n);
  return `${w < 0 ? '-' : ''}${groupDigits(Math.abs(w))}`;
};

/**
 * A 0–1 share as a percentage with no decimals, e.g. 0.634 → "63%". Like
 * Intl, the ×100 is done on the number's decimal form (0.145 → 14.5 → 15%),
 * not in binary (0.145 * 100 = 14.499…).
 */
export const formatShare = (x: number, lang: Lang) => {
  const text = String(x);
  const hundredfold = text.includes('e') ? x * 100 : Number(`${text}e2`);
  return `${formatCount(hundredfold, lang)}%`;
};

/** A signed change, e.g. +12, −3, 0. */
export const formatDelta = (d: number, lang: Lang) => (d > 0 ? `+${formatCount(d, lang)}` : d < 0 ? `−${formatCount(-d, lang)}` : '0');
