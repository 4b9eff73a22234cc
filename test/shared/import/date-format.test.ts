import { describe, expect, it } from 'vitest';
import { civilDay, compileDateFormat, makeTimestampParser, type ParsedTimestamp } from '../../../shared/import/date-format';
import { dayNumber } from '../../../shared/time/calendar';

/** A fixed-offset stand-in for the server's zone conversion: UTC+8 (Asia/Shanghai has no DST). */
const utc8 = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

function parse(cell: string, format?: string): ParsedTimestamp | undefined {
  const p = makeTimestampParser({ format, instantToLocal: utc8 });
  if (!p.ok) throw new Error(p.error);
  const out = { local: '', day: 0 };
  return p.parse(cell, out) ? out : undefined;
}

describe('civilDay', () => {
  it('agrees with the calendar module across centuries and leap days', () => {
    for (const d of ['1970-01-01', '1969-12-31', '2000-02-29', '1900-03-01', '2026-11-24', '2400-12-31', '1600-01-01']) {
      const [y, m, day] = d.split('-').map(Number);
      expect(civilDay(y, m, day), d).toBe(dayNumber(d));
    }
  });
});

describe('ISO 8601 (default)', () => {
  it('takes date-only, minutes, seconds, T separator and fractions as local time', () => {
    expect(parse('2026-11-24')).toEqual({ local: '2026-11-24 00:00:00', day: dayNumber('2026-11-24') });
    expect(parse('2026-11-24T09:30')).toEqual({ local: '2026-11-24 09:30:00', day: dayNumber('2026-11-24') });
    expect(parse('2026-11-24 09:30:15')).toEqual({ local: '2026-11-24 09:30:15', day: dayNumber('2026-11-24') });
    expect(parse('2026-11-24T09:30:15.987')).toEqual({ local: '2026-11-24 09:30:15', day: dayNumber('2026-11-24') });
    expect(parse(' 2026-11-24 09:30:15 ')?.local).toBe('2026-11-24 09:30:15');
  });

  it('converts values with an offset into the deployment zone (here UTC+8)', () => {
    expect(parse('2026-11-24T20:00:00Z')).toEqual({ local: '2026-11-25 04:00:00', day: dayNumber('2026-11-25') });
    expect(parse('2026-11-24T09:00:00+08:00')?.local).toBe('2026-11-24 09:00:00');
    expect(parse('2026-11-24T09:00:00-0500')?.local).toBe('2026-11-24 22:00:00');
    expect(parse('2026-11-24T01:00+01')?.local).toBe('2026-11-24 08:00:00');
  });

  it('refuses impossible or malformed values', () => {
    for (const bad of ['2023-02-29', '2026-13-01', '2026-11-31', '2026-11-24 24:00:00', '2026-11-24 10:60', '24/11/2026', '20261124', '2026-1-4', 'x', '2026-11-24 10:00:00 junk']) {
      expect(parse(bad), bad).toBeUndefined();
    }
  });
});

describe('--date-format', () => {
  it('YYYYMMDD (CDNOW)', () => {
    expect(parse('19970101', 'YYYYMMDD')).toEqual({ local: '1997-01-01 00:00:00', day: dayNumber('1997-01-01') });
    expect(parse('19970230', 'YYYYMMDD')).toBeUndefined();
    expect(parse('1997011', 'YYYYMMDD')).toBeUndefined();
  });

  it('M/D/YYYY H:mm (the UCI xlsx form) with one- or two-digit fields', () => {
    expect(parse('12/1/2010 8:26', 'M/D/YYYY H:mm')?.local).toBe('2010-12-01 08:26:00');
    expect(parse('1/12/2011 14:05', 'M/D/YYYY H:mm')?.local).toBe('2011-01-12 14:05:00');
    expect(parse('12/1/2010', 'M/D/YYYY H:mm')).toBeUndefined();
  });

  it('DD.MM.YYYY HH:mm:ss, literal characters and flexible spaces', () => {
    expect(parse('03.04.2025   07:08:09', 'DD.MM.YYYY HH:mm:ss')?.local).toBe('2025-04-03 07:08:09');
    expect(parse('2025年4月3日', 'YYYY年M月D日')?.local).toBe('2025-04-03 00:00:00');
    expect(parse('03-04-2025', 'DD.MM.YYYY')).toBeUndefined();
  });

  it('explains a pattern that cannot work', () => {
    expect(compileDateFormat('MM/DD').ok).toBe(false);
    expect(compileDateFormat('YYYY-MM-DD mm').ok).toBe(false);
    expect(compileDateFormat('YYYY-MM-DD-DD').ok).toBe(false);
    const r = makeTimestampParser({ format: 'DD/MM', instantToLocal: utc8 });
    expect(r.ok ? '' : r.error).toContain('YYYY');
  });
});
