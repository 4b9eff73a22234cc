import { describe, expect, it } from 'vitest';
import { drawFrom } from '../../../shared/demo/draw';
import { DemoStamps, secondOfDay } from '../../../shared/demo/time-of-day';
import { dayNumber } from '../../../shared/time/calendar';

describe('DemoStamps', () => {
  const stamps = new DemoStamps();

  it('formats a day number and a second of the day', () => {
    // 9 h 0 min 5 s = 32,405 s.
    expect(stamps.format(dayNumber('2025-11-24'), 9 * 3600 + 5)).toBe('2025-11-24 09:00:05');
    expect(stamps.format(dayNumber('2026-02-17'), 0)).toBe('2026-02-17 00:00:00');
  });

  it('clamps to the day', () => {
    expect(stamps.format(dayNumber('2026-02-17'), 86_400)).toBe('2026-02-17 23:59:59');
    expect(stamps.format(dayNumber('2026-02-17'), -3)).toBe('2026-02-17 00:00:00');
  });
});

describe('secondOfDay', () => {
  it('keeps the store within 08:30–18:59', () => {
    // u = 0: the first hour of each table, the smallest minute and second.
    expect(secondOfDay(drawFrom(() => 0), 'store')).toBe(8 * 3600 + 30 * 60);
    expect(secondOfDay(drawFrom(() => 0.999999), 'store')).toBe(18 * 3600 + 59 * 60 + 59);
  });

  it('lets people browse late', () => {
    expect(secondOfDay(drawFrom(() => 0.999999), 'browsing')).toBe(23 * 3600 + 59 * 60 + 59);
    expect(secondOfDay(drawFrom(() => 0), 'office')).toBe(9 * 3600);
  });
});
