import { languageError } from './tag-language-error';

export type TokenKind = 'name' | 'keyword' | 'number' | 'string' | 'op' | '(' | ')' | '[' | ']' | ',' | '-' | 'end';

/**
 * One token. `value` is the number (durations already in days, percentages as
 * fractions), the decoded string, the lower-cased keyword, the operator, or the name.
 */
export interface Token { kind: TokenKind; value: string | number; pos: number; end: number }

export const KEYWORDS = new Set(['and', 'or', 'not', 'in', 'between', 'true', 'false', 'null']);

/** Days per duration unit: `90d` = 90, `12w` = 84. */
const DURATION_DAYS: Record<string, number> = { d: 1, w: 7 };

/** Full-width punctuation from Chinese input methods, read as its ASCII twin. */
const PUNCTUATION: Record<string, TokenKind> = { '(': '(', ')': ')', '[': '[', ']': ']', ',': ',', '（': '(', '）': ')', '［': '[', '］': ']', '，': ',', '-': '-' };
/** Closing quote for each opening quote, including Chinese curly quotes. */
const QUOTES: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };
const ESCAPES: Record<string, string> = { '"': '"', "'": "'", '\\': '\\', n: '\n', t: '\t', r: '\r', '”': '”', '’': '’' };

const isDigit = (c: string) => c >= '0' && c <= '9';
const isNameStart = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_';
const isNamePart = (c: string) => isNameStart(c) || isDigit(c);

/**
 * Splits an expression into tokens. Names may be dotted
 * (`interview.vehicle_use.cargo_share`); keywords are case-insensitive;
 * numbers may carry a duration unit (`90d`, `12w`) or `%` (`50%` = 0.5);
 * strings use '…', "…" or Chinese quotes “…” with escapes \" \' \\ \n \t \r \uXXXX.
 * Operators: = == != <> < <= > >= and ≠ ≤ ≥. Throws TagLanguageError.
 */
export function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const n = source.length;
  while (i < n) {
    const c = source[i];
    if (/\s/.test(c)) { i++; continue; }
    const start = i;
    if (isDigit(c) || (c === '.' && isDigit(source[i + 1] ?? ''))) {
      tokens.push(readNumber(source, i));
      i = tokens[tokens.length - 1].end;
      continue;
    }
    if (isNameStart(c)) {
      const tok = readName(source, i);
      tokens.push(tok);
      i = tok.end;
      continue;
    }
    if (c in QUOTES) {
      const tok = readString(source, i, QUOTES[c]);
      tokens.push(tok);
      i = tok.end;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (two === '==' || two === '!=' || two === '<>' || two === '<=' || two === '>=') {
      const op = two === '==' ? '=' : two === '<>' ? '!=' : two;
      tokens.push({ kind: 'op', value: op, pos: start, end: i + 2 });
      i += 2;
      continue;
    }
    if (c === '=' || c === '<' || c === '>' || c === '≠' || c === '≤' || c === '≥') {
      const op = c === '≠' ? '!=' : c === '≤' ? '<=' : c === '≥' ? '>=' : c;
      tokens.push({ kind: 'op', value: op, pos: start, end: i + 1 });
      i++;
      continue;
    }
    if (c in PUNCTUATION) {
      tokens.push({ kind: PUNCTUATION[c], value: c, pos: start, end: i + 1 });
      i++;
      continue;
    }
    throw languageError(start, ['field', 'number', 'string', 'operator', '(', ')'],
      `无法识别的字符「${c}」`, `unexpected character '${c}'`);
  }
  tokens.push({ kind: 'end', value: '', pos: n, end: n });
  return tokens;
}

function readNumber(source: string, start: number): Token {
  let i = start;
  while (isDigit(source[i] ?? '')) i++;
  if (source[i] === '.') {
    i++;
    if (!isDigit(source[i] ?? '')) throw languageError(i, ['digit'], '小数点后应为数字', 'expected a digit after the decimal point');
    while (isDigit(source[i] ?? '')) i++;
  }
  let value = Number(source.slice(start, i));
  const next = source[i] ?? '';
  if (next === '%') {
    value /= 100;
    i++;
  } else if (isNameStart(next)) {
    const unitEnd = scanWhile(source, i, isNamePart);
    const unit = source.slice(i, unitEnd);
    if (!(unit in DURATION_DAYS)) {
      throw languageError(i, ['d', 'w', '%'], `无法识别的单位「${unit}」，时长请用 d（天）或 w（周）`,
        `unknown unit '${unit}': durations use d (days) or w (weeks)`);
    }
    value *= DURATION_DAYS[unit];
    i = unitEnd;
  }
  return { kind: 'number', value, pos: start, end: i };
}

function scanWhile(source: string, i: number, ok: (c: string) => boolean): number {
  while (i < source.length && ok(source[i])) i++;
  return i;
}

function readName(source: string, start: number): Token {
  let i = scanWhile(source, start, isNamePart);
  while (source[i] === '.') {
    if (!isNameStart(source[i + 1] ?? '')) {
      throw languageError(i + 1, ['name'], '点号后应为字段名', 'expected a name after the dot');
    }
    i = scanWhile(source, i + 1, isNamePart);
  }
  const text = source.slice(start, i);
  const lower = text.toLowerCase();
  if (KEYWORDS.has(lower)) return { kind: 'keyword', value: lower, pos: start, end: i };
  return { kind: 'name', value: text, pos: start, end: i };
}

function readString(source: string, start: number, close: string): Token {
  let i = start + 1;
  let out = '';
  for (;;) {
    if (i >= source.length) {
      throw languageError(source.length, [close], `字符串未结束，缺少 ${close}`, `unterminated string: expected ${close}`);
    }
    const c = source[i];
    if (c === close) return { kind: 'string', value: out, pos: start, end: i + 1 };
    if (c !== '\\') {
      out += c;
      i++;
      continue;
    }
    const e = source[i + 1] ?? '';
    if (e === 'u') {
      const hex = source.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw languageError(i, ['\\uXXXX'], '\\u 后应为 4 位十六进制数', 'expected 4 hex digits after \\u');
      out += String.fromCharCode(parseInt(hex, 16));
      i += 6;
    } else if (e in ESCAPES) {
      out += ESCAPES[e];
      i += 2;
    } else {
      throw languageError(i, ['\\"', "\\'", '\\\\', '\\n', '\\t', '\\uXXXX'], '无效的转义序列', 'invalid escape sequence');
    }
  }
}
