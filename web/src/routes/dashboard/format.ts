import type { Lang } from '../../i18n/i18n';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/**
 * One formatter per language and kind, made on first use: building an
 * `Intl.NumberFormat` costs far more than formatting with it, and the
 * dashboard formats hundreds of figures.
 */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(kind: 'count' | 'share', lang: Lang): Intl.NumberFormat {
  const key = `${kind}:${lang}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(lang), kind === 'count' ? { maximumFractionDigits: 0 } : { style: 'percent', maximumFractionDigits: 0 });
    formatters.set(key, f);
  }
  return f;
}

/** Whole number with grouping, e.g. 12,345. */
export const formatCount = (n: number, lang: Lang) => formatter('count', lang).format(n);

/** A 0–1 share as a percentage with no decimals, e.g. 0.634 → "63%". */
export const formatShare = (x: number, lang: Lang) => formatter('share', lang).format(x);

/** A signed change, e.g. +12, −3, 0. */
export const formatDelta = (d: number, lang: Lang) => (d > 0 ? `+${formatCount(d, lang)}` : d < 0 ? `−${formatCount(-d, lang)}` : '0');
