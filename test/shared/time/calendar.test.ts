import { describe, expect, it } from 'vitest';
import { dayNumber, isoDate, isoWeek, isoWeekday, weekStart } from '../../../shared/time/calendar';

describe('calendar', () => {
  it('round-trips day numbers', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1997-09-30') - dayNumber('1997-01-01')).toBe(272);
    expect(isoDate(dayNumber('2024-02-29'))).toBe('2024-02-29');
  });
  it('rejects impossible dates', () => {
    expect(() => dayNumber('2023-02-29')).toThrow(RangeError);
    expect(() => dayNumber('20230101')).toThrow(RangeError);
  });
  it('computes ISO weeks (values from the ISO 8601 calendar)', () => {
    expect(isoWeekday(dayNumber('2026-11-24'))).toBe(2); // a Tuesday
    expect(isoDate(weekStart(dayNumber('2026-11-24')))).toBe('2026-11-23');
    expect(isoWeek(dayNumber('2026-11-24'))).toBe('2026-W48');
    expect(isoWeek(dayNumber('2021-01-03'))).toBe('2020-W53');
    expect(isoWeek(dayNumber('2024-12-30'))).toBe('2025-W01');
  });
});
