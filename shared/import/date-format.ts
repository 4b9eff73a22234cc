/**
 * Timestamp parsing for imports: ISO 8601 by default, or a `--date-format`
 * pattern. The result is local wall time `YYYY-MM-DD HH:mm:ss` in the
 * deployment's zone plus its calendar day number (days since 1970-01-01, as
 * shared/time/calendar's `dayNumber`).
 *
 * - ISO 8601 accepted: `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`, `YYYY-MM-DD HH:mm:ss`,
 *   with optional fraction of seconds (dropped, not rounded) and optional
 *   offset `Z`, `±HH:mm`, `±HHmm`, `±HH`. Without an offset the value already
 *   is local time; with one it is converted by the injected `instantToLocal`.
 * - `--date-format` tokens: `YYYY` (4-digit year), `MM`/`M` (month, 2 or 1–2
 *   digits), `DD`/`D` (day), `HH`/`H` (hour 0–23), `mm` (minute), `ss`
 *   (second); any other character must appear literally; a space matches one
 *   or more spaces. Year, month and day are required; a missing time is
 *   00:00:00. The whole cell must match (after trimming).
 *
 * Impossible dates (2023-02-29, month 13, hour 24) are refused.
 */

export interface ParsedTimestamp {
  /** Local wall time `YYYY-MM-DD HH:mm:ss`. */
  local: string;
  /** Calendar day number of `local`'s date. */
  day: number;
}

/** Parses one cell into `out` (reused by the caller to avoid an allocation per row); false when unparsable. */
export type TimestampParser = (cell: string, out: ParsedTimestamp) => boolean;

export interface TimestampOptions {
  /** The `--date-format` pattern; ISO 8601 when absent. */
  format?: string;
  /**
   * Local wall time `YYYY-MM-DD HH:mm:ss` in the deployment's zone of a UTC
   * instant in ms. Used only for ISO values that carry an offset.
   */
  instantToLocal: (utcMs: number) => string;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function civilDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const daysInMonth = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;

/** True when the fields make a real date and time (years 1000–9999). */
export function validDateTime(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  return y >= 1000 && y <= 9999 && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && h >= 0 && h <= 23 && mi >= 0 && mi <= 59 && s >= 0 && s <= 59;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const wall = (y: number, mo: number, d: number, h: number, mi: number, s: number) => `${y}-${pad2(mo)}-${pad2(d)} ${pad2(h)}:${pad2(mi)}:${pad2(s)}`;

/** The value of 1–4 ASCII digits at [from, to), or -1. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

const ISO_FULL = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)? ?(Z|[+-]\d{2}(?::?\d{2})?)?$/;

function isoParser(instantToLocal: (utcMs: number) => string): TimestampParser {
  return (cell, out) => {
    const t = cell.length > 0 && (cell.charCodeAt(0) <= 32 || cell.charCodeAt(cell.length - 1) <= 32) ? cell.trim() : cell;
    // Fast path: `YYYY-MM-DD HH:mm:ss` (the common export form) without a regex or allocation.
    if (t.length === 19 && t.charCodeAt(4) === 45 && t.charCodeAt(7) === 45 && t.charCodeAt(10) === 32 && t.charCodeAt(13) === 58 && t.charCodeAt(16) === 58) {
      const y = digits(t, 0, 4), mo = digits(t, 5, 7), d = digits(t, 8, 10), h = digits(t, 11, 13), mi = digits(t, 14, 16), s = digits(t, 17, 19);
      if (!validDateTime(y, mo, d, h, mi, s)) return false;
      out.local = t;
      out.day = civilDay(y, mo, d);
      return true;
    }
    const m = ISO_FULL.exec(t);
    if (!m) return false;
    const y = +m[1], mo = +m[2], d = +m[3];
    const h = m[4] === undefined ? 0 : +m[4], mi = m[5] === undefined ? 0 : +m[5], s = m[6] === undefined ? 0 : +m[6];
    if (!validDateTime(y, mo, d, h, mi, s)) return false;
    const offset = m[7];
    if (offset === undefined) {
      out.local = wall(y, mo, d, h, mi, s);
      out.day = civilDay(y, mo, d);
      return true;
    }
    let offsetMin = 0;
    if (offset !== 'Z') {
      const oh = +offset.slice(1, 3), om = offset.length > 3 ? +offset.slice(-2) : 0;
      if (oh > 23 || om > 59) return false;
      offsetMin = (offset[0] === '-' ? -1 : 1) * (oh * 60 + om);
    }
    const local = instantToLocal(Date.UTC(y, mo - 1, d, h, mi, s) - offsetMin * 60_000);
    out.local = local;
    out.day = civilDay(digits(local, 0, 4), digits(local, 5, 7), digits(local, 8, 10));
    return true;
  };
}

type Token = 'YYYY' | 'MM' | 'M' | 'DD' | 'D' | 'HH' | 'H' | 'mm' | 'ss';
const TOKENS: Token[] = ['YYYY', 'MM', 'DD', 'HH', 'mm', 'ss', 'M', 'D', 'H'];
const TOKEN_PATTERN: Record<Token, string> = { YYYY: '(\\d{4})', MM: '(\\d{2})', M: '(\\d{1,2})', DD: '(\\d{2})', D: '(\\d{1,2})', HH: '(\\d{2})', H: '(\\d{1,2})', mm: '(\\d{2})', ss: '(\\d{2})' };
const FIELD: Record<Token, 'y' | 'mo' | 'd' | 'h' | 'mi' | 's'> = { YYYY: 'y', MM: 'mo', M: 'mo', DD: 'd', D: 'd', HH: 'h', H: 'h', mm: 'mi', ss: 's' };

/**
 * Compiles a `--date-format` pattern into a regular expression, or explains
 * why it is not valid (a token twice, no year/month/day, minutes without hours).
 */
export function compileDateFormat(format: string): { ok: true; regex: RegExp; fields: ('y' | 'mo' | 'd' | 'h' | 'mi' | 's')[] } | { ok: false; error: string } {
  let source = '^';
  const fields: ('y' | 'mo' | 'd' | 'h' | 'mi' | 's')[] = [];
  for (let i = 0; i < format.length; ) {
    const token = TOKENS.find((tk) => format.startsWith(tk, i));
    if (token) {
      const field = FIELD[token];
      if (fields.includes(field)) return { ok: false, error: `${JSON.stringify(format)}: ${token} repeats a field` };
      fields.push(field);
      source += TOKEN_PATTERN[token];
      i += token.length;
    } else if (format[i] === ' ') {
      source += ' +';
      while (format[i] === ' ') i++;
    } else {
      source += format[i].replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
      i++;
    }
  }
  for (const [f, tk] of [['y', 'YYYY'], ['mo', 'MM or M'], ['d', 'DD or D']] as const) {
    if (!fields.includes(f)) return { ok: false, error: `${JSON.stringify(format)} has no ${tk} (tokens: YYYY MM M DD D HH H mm ss)` };
  }
  if ((fields.includes('mi') && !fields.includes('h')) || (fields.includes('s') && !fields.includes('mi'))) {
    return { ok: false, error: `${JSON.stringify(format)}: minutes need hours and seconds need minutes` };
  }
  return { ok: true, regex: new RegExp(`${source}$`), fields };
}

function patternParser(regex: RegExp, fields: ('y' | 'mo' | 'd' | 'h' | 'mi' | 's')[]): TimestampParser {
  const at = (f: string) => fields.indexOf(f as never) + 1; // capture group index, 0 = absent
  const [gy, gmo, gd, gh, gmi, gs] = ['y', 'mo', 'd', 'h', 'mi', 's'].map(at);
  return (cell, out) => {
    const m = regex.exec(cell.trim());
    if (!m) return false;
    const y = +m[gy], mo = +m[gmo], d = +m[gd];
    const h = gh ? +m[gh] : 0, mi = gmi ? +m[gmi] : 0, s = gs ? +m[gs] : 0;
    if (!validDateTime(y, mo, d, h, mi, s)) return false;
    out.local = wall(y, mo, d, h, mi, s);
    out.day = civilDay(y, mo, d);
    return true;
  };
}

/** A timestamp parser for the options, or the reason the `--date-format` is not valid. */
export function makeTimestampParser(opts: TimestampOptions): { ok: true; parse: TimestampParser; label: string } | { ok: false; error: string } {
  if (opts.format === undefined || opts.format === '') return { ok: true, parse: isoParser(opts.instantToLocal), label: 'ISO 8601' };
  const compiled = compileDateFormat(opts.format);
  if (!compiled.ok) return compiled;
  return { ok: true, parse: patternParser(compiled.regex, compiled.fields), label: opts.format };
}
