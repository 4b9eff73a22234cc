/**
 * Calendar arithmetic on local dates, without reading the clock.
 *
 * A "day number" is the count of calendar days since 1970-01-01 (day 0) for a
 * local calendar date in the deployment's time zone. All analytics work on day
 * numbers (Int32), so recency = asOfDay - lastOrderDay in whole days.
 */

const MS_PER_DAY = 86_400_000;

/** `'2026-11-24'` → 20416. Throws RangeError on a malformed or impossible date. */
export function dayNumber(isoDate: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${isoDate}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new RangeError(`impossible date: ${isoDate}`);
  }
  return Math.round(ms / MS_PER_DAY);
}

/** 20416 → `'2026-11-24'`. */
export function isoDate(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO weekday, Monday = 1 … Sunday = 7. Day 0 (1970-01-01) was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Day number of the Monday of the ISO week containing `day`. */
export function weekStart(day: number): number {
  return day - (isoWeekday(day) - 1);
}

/** ISO 8601 week label of a day, e.g. `'2026-W48'` (the year is the ISO week-year). */
export function isoWeek(day: number): string {
  const thursday = weekStart(day) + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const jan1 = Math.round(Date.UTC(year, 0, 1) / MS_PER_DAY);
  const week = Math.floor((thursday - jan1) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(isoDateText: string, days: number): string {
  return isoDate(dayNumber(isoDateText) + days);
}
