import type { ImportErrorCode, ImportRowError } from './records';

/** Shortens a cell value for a message (long cells would flood a report). */
const show = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);

/**
 * The bilingual message of each error code. `column` is the header name in
 * the file, `value` the offending cell (or other detail, see each case).
 */
const messages: Record<ImportErrorCode, (column: string, value: string, hint: string) => { zh: string; en: string }> = {
  missing_customer_id: (c) => ({ zh: `缺少客户编号（${c}）`, en: `missing customer_id (${c})` }),
  missing_value: (c) => ({ zh: `缺少必填值（${c}）`, en: `missing required value (${c})` }),
  bad_date: (c, v, h) => ({ zh: `无法解析的日期 ${show(v)}（${c}，应为 ${h || 'ISO 8601'}）`, en: `unparsable date ${show(v)} (${c}, expected ${h || 'ISO 8601'})` }),
  negative_amount: (c, v) => ({ zh: `金额为负数 ${v}（${c}）`, en: `negative amount ${v} (${c})` }),
  negative_value: (c, v) => ({ zh: `不能为负数 ${show(v)}（${c}）`, en: `negative value ${show(v)} (${c})` }),
  not_a_number: (c, v) => ({ zh: `不是数字 ${show(v)}（${c}）`, en: `not a number ${show(v)} (${c})` }),
  out_of_range: (c, v) => ({ zh: `超出范围 ${show(v)}（${c}）`, en: `out of range ${show(v)} (${c})` }),
  unknown_owner: (c, v) => ({ zh: `未知的负责人账号 ${show(v)}（${c}）`, en: `unknown owner login ${show(v)} (${c})` }),
  field_count: (_c, v) => ({ zh: `列数与表头不符（${v}）`, en: `number of fields differs from the header (${v})` }),
  missing_column: (c, v) => ({ zh: `表头缺少列 ${c}${v ? `（${v}）` : ''}`, en: `the header has no column ${c}${v ? ` (${v})` : ''}` }),
  unknown_column: (c, v) => ({ zh: `--map 指向的列 ${show(c)} 不在表头中${v ? `（${v}）` : ''}`, en: `--map names column ${show(c)}, which is not in the header${v ? ` (${v})` : ''}` }),
  unknown_target: (c, v) => ({ zh: `--map 的目标 ${show(c)} 未知，可用：${v}`, en: `unknown --map target ${show(c)}; known: ${v}` }),
  duplicate_column: (c) => ({ zh: `表头中列 ${show(c)} 出现多次`, en: `column ${show(c)} appears more than once in the header` }),
  bad_map: (_c, v) => ({ zh: `--map 格式应为 目标=源列,…：${show(v)}`, en: `--map must be target=source,…: ${show(v)}` }),
  bad_date_format: (_c, v) => ({ zh: `--date-format 无效：${v}`, en: `bad --date-format: ${v}` }),
  no_header: () => ({ zh: '文件为空或没有表头', en: 'the file is empty or has no header' }),
  bad_csv: (_c, v) => ({ zh: `CSV 格式错误：${v}`, en: `malformed CSV: ${v}` }),
};

/** Builds one error: `line` is the physical line in the file (header = 1); `hint` is the expected form (dates). */
export function rowError(line: number, column: string | null, code: ImportErrorCode, value = '', hint = ''): ImportRowError {
  return { line, column, code, message: messages[code](column ?? '', value, hint) };
}
