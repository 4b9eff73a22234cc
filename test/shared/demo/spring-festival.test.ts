import { describe, expect, it } from 'vitest';
import { drawFrom } from '../../../shared/demo/draw';
import { avoidSpringFestival, springFestivalNear } from '../../../shared/demo/spring-festival';
import { dayNumber } from '../../../shared/time/calendar';

const NY_2026 = dayNumber('2026-02-17'); // 正月初一 2026
const half = drawFrom(() => 0.5); // int(1, 14) = 1 + ⌊0.5·14⌋ = 8; chance(0.7) is true
const late = drawFrom(() => 0.9); // chance(0.7) is false

describe('springFestivalNear', () => {
  it('finds the New Year within ±10 days', () => {
    expect(springFestivalNear(NY_2026 - 10)).toBe(NY_2026);
    expect(springFestivalNear(NY_2026 + 10)).toBe(NY_2026);
    expect(springFestivalNear(NY_2026 + 11)).toBeNull();
    expect(springFestivalNear(dayNumber('2025-01-29'))).toBe(dayNumber('2025-01-29'));
  });

  it('knows no festival outside 2015–2040', () => {
    expect(springFestivalNear(dayNumber('2050-01-23'))).toBeNull();
  });
});

describe('avoidSpringFestival', () => {
  const far = dayNumber('2030-01-01');

  it('leaves days outside the slump alone', () => {
    expect(avoidSpringFestival(NY_2026 + 11, half, far)).toBe(NY_2026 + 11);
    expect(avoidSpringFestival(dayNumber('2026-07-01'), half, far)).toBe(dayNumber('2026-07-01'));
  });

  it('always moves a closed-core day to after 正月初十', () => {
    // NY + 1 is in the core (−3 … +6): moved to NY + 10 + 8 = NY + 18 = 2026-03-07, whatever the chance draw.
    expect(avoidSpringFestival(NY_2026 + 1, half, far)).toBe(dayNumber('2026-03-07'));
    expect(avoidSpringFestival(NY_2026 + 1, late, far)).toBe(NY_2026 + 10 + 1 + Math.floor(0.9 * 14));
  });

  it('moves a slump day with probability 0.7', () => {
    expect(avoidSpringFestival(NY_2026 - 8, half, far)).toBe(NY_2026 + 18);
    expect(avoidSpringFestival(NY_2026 - 8, late, far)).toBe(NY_2026 - 8);
  });

  it('moves before the festival when after would pass the last day', () => {
    // NY + 18 > lastDay NY + 15 → NY − 10 − 8 = NY − 18 = 2026-01-30.
    expect(avoidSpringFestival(NY_2026 + 1, half, NY_2026 + 15)).toBe(dayNumber('2026-01-30'));
  });
});
