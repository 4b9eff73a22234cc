/**
 * Reading a CSV export in the browser for the import preview: decoding and the
 * first records. Exports from Chinese POS/DMS tools are often GB18030 (GBK),
 * so bytes that are not valid UTF-8 are decoded as GB18030; the text sent to
 * the server is always the decoded string (fetch sends it as UTF-8).
 */

export type CsvEncoding = 'utf-8' | 'gb18030';

/** Decodes a file's bytes: UTF-8 (BOM stripped) when valid, otherwise GB18030. */
export function decodeCsv(bytes: ArrayBuffer | Uint8Array): { text: string; encoding: CsvEncoding } {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  try {
    return { text: stripBom(new TextDecoder('utf-8', { fatal: true }).decode(data)), encoding: 'utf-8' };
  } catch {
    return { text: stripBom(new TextDecoder('gb18030').decode(data)), encoding: 'gb18030' };
  }
}

const stripBom = (s: string) => (s.charCodeAt(0) === 0xfeff ? s.slice(1) : s);

/**
 * The first `maxRecords` records of comma-separated text (RFC 4180: fields in
 * double quotes may hold commas, newlines and "" for a quote; CRLF or LF line
 * ends). Blank lines are skipped. Returns each record with the 1-based line on
 * which it starts, the numbering the server's error report uses.
 */
export function csvRecords(text: string, maxRecords: number): { line: number; fields: string[] }[] {
  const out: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let blank = true;
  const endRecord = () => {
    fields.push(field);
    if (!(blank && fields.length === 1 && field === '')) out.push({ line: start, fields });
    fields = [];
    field = '';
    blank = true;
  };
  for (let i = 0; i < text.length && out.length < maxRecords; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else { if (ch === '\n') line++; field += ch; }
      continue;
    }
    if (ch === '"' && field === '') { quoted = true; blank = false; }
    else if (ch === ',') { fields.push(field); field = ''; blank = false; }
    else if (ch === '\r' && text[i + 1] === '\n') continue;
    else if (ch === '\n' || ch === '\r') { endRecord(); line++; start = line; }
    else { field += ch; blank = false; }
  }
  if (out.length < maxRecords && (field !== '' || fields.length > 0)) endRecord();
  return out;
}
