import type { Lang } from '../../i18n/i18n';

const locale = (lang: Lang) => (lang === 'zh' ? 'zh-CN' : 'en');

/** Whole number with grouping, e.g. 12,345. */
export const formatCount = (n: number, lang: Lang) => new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 0 }).format(n);

/** A 0–1 share as a percentage with no decimals, e.g. 0.634 → "63%". */
export const formatShare = (x: number, lang: Lang) => new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(x);

/** A signed change, e.g. +12, −3, 0. */
export const formatDelta = (d: number, lang: Lang) => (d > 0 ? `+${formatCount(d, lang)}` : d < 0 ? `−${formatCount(-d, lang)}` : '0');
