/**
 * Local timestamps `'YYYY-MM-DD HH:mm:ss'` for the demo, with the hours real
 * customers keep: the showroom and workshop trade 08:30–18:30, sales calls go
 * out in office hours, people browse models on their phones in the evening.
 */
import { isoDate } from '../time/calendar';
import { pickWeighted, weightedTable } from './weighted-table';
import type { Draw } from './draw';

/** When something happens during the day. */
export type DayRhythm = 'store' | 'office' | 'browsing';

const hours = (weights: readonly number[], first: number) =>
  weightedTable(weights.map((w, i) => [first + i, w] as const));

/** Showroom/workshop arrivals: a morning and an afternoon peak, 08:00–18:59. */
const STORE_HOURS = hours([1, 4, 6, 6, 2, 3, 6, 6, 5, 3, 1], 8);
/** Calls from sales: 09:00–18:59, quiet at lunch. */
const OFFICE_HOURS = hours([4, 6, 6, 1, 3, 5, 5, 4, 2, 1], 9);
/** Browsing: 07:00–23:59, peaks at lunch and 20:00–22:00. */
const BROWSING_HOURS = hours([1, 2, 2, 2, 2, 4, 3, 2, 2, 2, 2, 3, 4, 6, 7, 6, 3], 7);

const TABLES: Record<DayRhythm, ReturnType<typeof hours>> = {
  store: STORE_HOURS,
  office: OFFICE_HOURS,
  browsing: BROWSING_HOURS,
};

const TWO_DIGITS: readonly string[] = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));

/** Seconds since local midnight for a moment of the given rhythm; the store never opens before 08:30. */
export function secondOfDay(draw: Draw, rhythm: DayRhythm): number {
  const hour = pickWeighted(TABLES[rhythm], draw.u());
  const minute = rhythm === 'store' && hour === 8 ? draw.int(30, 59) : draw.int(0, 59);
  return hour * 3600 + minute * 60 + draw.int(0, 59);
}

/**
 * Formats day numbers as local timestamps, caching the date part per day so
 * millions of stamps cost one string concatenation each.
 * Example: `new DemoStamps().format(20416, 9 * 3600 + 5)` → `'2025-11-24 09:00:05'`.
 */
export class DemoStamps {
  private readonly dates = new Map<number, string>();

  format(day: number, second: number): string {
    let date = this.dates.get(day);
    if (date === undefined) {
      date = isoDate(day);
      this.dates.set(day, date);
    }
    const s = Math.min(Math.max(0, Math.floor(second)), 86_399);
    return `${date} ${TWO_DIGITS[Math.floor(s / 3600)]}:${TWO_DIGITS[Math.floor(s / 60) % 60]}:${TWO_DIGITS[s % 60]}`;
  }
}
