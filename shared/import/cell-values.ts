/**
 * Cell-level conversions shared by the row parsers. They return `undefined`
 * for "not parsable" so callers build the error with the row's line/column.
 */

const FLOAT_ARTEFACT = /^(-?\d+)\.0+$/;

/**
 * A trimmed id. A float artefact such as `17850.0` (spreadsheet and Spark
 * exports write integer ids as floats) becomes `17850`; other ids are kept
 * as they are (`C-0012`, `00042`).
 */
export function normaliseId(cell: string): string {
  let s = cell;
  const c0 = s.charCodeAt(0);
  const cl = s.charCodeAt(s.length - 1);
  if (c0 <= 32 || cl <= 32) s = s.trim();
  if (s.length > 2 && s.charCodeAt(s.length - 1) === 48 /* 0 */ && s.includes('.')) {
    const m = FLOAT_ARTEFACT.exec(s);
    if (m) return m[1];
  }
  return s;
}

/**
 * A decimal number: optional sign, digits with an optional fraction, or an
 * exponent (`1e3`). Not accepted: empty cells, hex, `Infinity`, thousands
 * separators. Returns `undefined` when not a number.
 */
export function parseDecimal(cell: string): number | undefined {
  const s = cell.trim();
  if (s === '') return undefined;
  const n = Number(s);
  if (!Number.isFinite(n)) return undefined;
  // Number() also accepts 0x…, 0b…, 0o…: refuse anything with a letter but e/E.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) | 32;
    if (c >= 97 && c <= 122 && c !== 101) return undefined;
  }
  return n;
}

/** Rounds to cents (half away from zero on the binary value, like the API). */
export const toCents = (x: number) => Math.round(x * 100) / 100;

/** Digits only; the last four are what a salesperson types to find a customer (null when fewer). */
export function phoneTail(phone: string | null): string | null {
  const digits = (phone ?? '').replace(/\D/g, '');
  return digits.length >= 4 ? digits.slice(-4) : null;
}

/** A trimmed cell, or null when empty. */
export function optionalText(cell: string | undefined): string | null {
  if (cell === undefined) return null;
  const s = cell.trim();
  return s === '' ? null : s;
}
