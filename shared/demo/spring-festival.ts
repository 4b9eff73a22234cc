/**
 * The Spring Festival (春节) slump: dealers close for about a week around
 * Chinese New Year and trade is thin from 腊月二十 to 正月初十, so the demo
 * moves most store business out of that window.
 */
import { dayNumber } from '../time/calendar';
import type { Draw } from './draw';

/** Chinese New Year's Day (正月初一), Gregorian, 2015–2040 (Hong Kong Observatory calendar tables). */
const NEW_YEAR_DAYS: readonly number[] = [
  '2015-02-19', '2016-02-08', '2017-01-28', '2018-02-16', '2019-02-05', '2020-01-25', '2021-02-12',
  '2022-02-01', '2023-01-22', '2024-02-10', '2025-01-29', '2026-02-17', '2027-02-06', '2028-01-26',
  '2029-02-13', '2030-02-03', '2031-01-23', '2032-02-11', '2033-01-31', '2034-02-19', '2035-02-08',
  '2036-01-28', '2037-02-15', '2038-02-04', '2039-01-24', '2040-02-12',
].map(dayNumber);

/** Days before / after New Year's Day that count as the slump, and the closed core. */
const SLUMP_BEFORE = 10;
const SLUMP_AFTER = 10;
const CLOSED_BEFORE = 3;
const CLOSED_AFTER = 6;

/** New Year's Day whose slump contains `day`, or null (also null outside 2015–2040). */
export function springFestivalNear(day: number): number | null {
  for (const ny of NEW_YEAR_DAYS) {
    if (day >= ny - SLUMP_BEFORE && day <= ny + SLUMP_AFTER) return ny;
  }
  return null;
}

/**
 * Moves a store-business day out of the slump: inside the closed core
 * (New Year −3 … +6) always, elsewhere in the slump (−10 … +10) with
 * probability 0.7; the new day is New Year +11 … +24 (people come back after
 * 正月初十), or New Year −24 … −11 when that would pass `lastDay`.
 * Days outside the slump are returned unchanged without drawing.
 * Example: New Year 2026-02-17, day 2026-02-18 → a day in 2026-02-28 … 2026-03-13.
 */
export function avoidSpringFestival(day: number, draw: Draw, lastDay: number): number {
  const ny = springFestivalNear(day);
  if (ny === null) return day;
  const closed = day >= ny - CLOSED_BEFORE && day <= ny + CLOSED_AFTER;
  if (!closed && !draw.chance(0.7)) return day;
  const after = ny + SLUMP_AFTER + draw.int(1, 14);
  return after <= lastDay ? after : ny - SLUMP_BEFORE - draw.int(1, 14);
}
