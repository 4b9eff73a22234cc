/**
 * Display formatting for the PWA: money, shares, dates. Server timestamps
 * without an offset are local to the deployment (SPEC §2) and are shown as
 * written; ISO instants with `Z`/an offset are shown in the phone's zone.
 */
import type { Lang } from '../i18n/i18n';
export { maskPhone } from '../../../shared/chat/mask-phone';

/**
 * `12345.6` → `¥12,346`: whole yuan (`Math.round`, so halves go up), digits
 * grouped by three with commas. Grouped by hand rather than with
 * `toLocaleString`: the first Intl call of a page loads ICU locale data, which
 * cost ≈ 60 ms of main thread on the portrait card (≈ 250 ms on a slow phone).
 */
export function money(n: number | null | undefined): string {
  if (n === null || n === undefined || !Number.isFinite(n)) return '—';
  const whole = Math.round(n);
  return `${whole < 0 ? '-' : ''}¥${groupDigits(Math.abs(whole))}`;
}

/** A non-negative whole number's digits grouped by three with commas: 1234567 → `1,234,567`. */
export function groupDigits(whole: number): string {
  return String(whole).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `0.734` → `73%`. */
export function percent(share: number | null | undefined, digits = 0): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${(share * 100).toFixed(digits)}%`;
}

const HAS_ZONE = /(Z|[+-]\d\d:?\d\d)$/;
const pad = (n: number) => String(n).padStart(2, '0');

/** Milliseconds for sorting; strings without a zone are read as local wall time. */
export function timeValue(s: string): number {
  const t = Date.parse(HAS_ZONE.test(s) || s.length <= 10 ? s : s.replace(' ', 'T'));
  return Number.isNaN(t) ? 0 : t;
}

/** `2026-11-20` from a date or timestamp. */
export function day(s: string | null | undefined): string {
  if (!s) return '—';
  if (!HAS_ZONE.test(s)) return s.slice(0, 10);
  const d = new Date(s);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** `2026-11-20 14:05`. */
export function dateTime(s: string | null | undefined): string {
  if (!s) return '—';
  if (!HAS_ZONE.test(s)) return s.length > 10 ? `${s.slice(0, 10)} ${s.slice(11, 16)}` : s;
  const d = new Date(s);
  return `${day(s)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A number rounded to `digits`, or a dash. */
export function num(n: number | null | undefined, digits = 0): string {
  return n === null || n === undefined || !Number.isFinite(n) ? '—' : n.toFixed(digits);
}

export const sep = (lang: Lang) => (lang === 'zh' ? '，' : ', ');
