import { DEFAULT_TEXT_MAX, fieldMax, fieldMin } from './check-value';
import { formatQuantity } from './format-answer';
import type { FieldType, TemplateField, Text } from './template-types';

/** Why an answer was rejected; stable codes for clients, with zh/en messages for people. */
export type AnswerErrorCode =
  | 'unknown_section' | 'unknown_field' | 'wrong_type' | 'not_integer' | 'below_min' | 'above_max'
  | 'too_short' | 'too_long' | 'bad_option' | 'duplicate_option' | 'required' | 'sum_exceeded' | 'unparseable';

const TYPE_NAME: Record<FieldType, Text> = {
  text: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  single: { zh: '一个选项', en: 'one of the options' },
  multi: { zh: '选项列表', en: 'a list of options' },
  yesno: { zh: '是或否', en: 'yes or no' },
  percent: { zh: '百分比', en: 'a percentage' },
};

/** How to answer a field in chat, used when a typed reply cannot be read. */
const HOW_TO_ANSWER: Record<FieldType, Text> = {
  text: { zh: '请输入文字', en: 'please type some text' },
  number: { zh: '请输入数字,例如 35', en: 'please enter a number, e.g. 35' },
  single: { zh: '请回复选项编号或选项名称', en: 'please reply with an option number or name' },
  multi: { zh: '请回复选项编号或名称,多个用逗号或顿号分隔', en: 'please reply with option numbers or names, separated by commas' },
  yesno: { zh: '请回复“是”或“否”', en: 'please reply "yes" or "no"' },
  percent: { zh: '请输入百分比,例如 60% 或 0.6', en: 'please enter a percentage, e.g. 60% or 0.6' },
};

/**
 * The zh/en message for an error on one field. `detail` is the offending
 * value (bad_option, duplicate_option) or the path (unknown_*).
 * Example: `fieldErrorMessage('below_min', ageField)` → `{ zh: '「年龄」不能小于16岁', en: '"Age" must be at least 16 years' }`.
 */
export function fieldErrorMessage(code: AnswerErrorCode, field: TemplateField, detail = ''): Text {
  const zh = `「${field.label.zh}」`;
  const en = `"${field.label.en}"`;
  const limit = (n: number | undefined): Text =>
    field.type === 'text' ? { zh: `${n ?? DEFAULT_TEXT_MAX}个字`, en: `${n ?? DEFAULT_TEXT_MAX} characters` } : formatQuantity(field, n ?? 0);
  switch (code) {
    case 'wrong_type': return { zh: `${zh}应填写${TYPE_NAME[field.type].zh}`, en: `${en} must be ${TYPE_NAME[field.type].en}` };
    case 'not_integer': return { zh: `${zh}请填写整数`, en: `${en} must be a whole number` };
    case 'below_min': return { zh: `${zh}不能小于${limit(fieldMin(field)).zh}`, en: `${en} must be at least ${limit(fieldMin(field)).en}` };
    case 'above_max': return { zh: `${zh}不能大于${limit(fieldMax(field)).zh}`, en: `${en} must be at most ${limit(fieldMax(field)).en}` };
    case 'too_short': return { zh: `${zh}至少${limit(fieldMin(field)).zh}`, en: `${en} needs at least ${limit(fieldMin(field)).en}` };
    case 'too_long': return { zh: `${zh}最多${limit(fieldMax(field)).zh}`, en: `${en} allows at most ${limit(fieldMax(field)).en}` };
    case 'bad_option': return { zh: `${zh}没有“${detail}”这个选项`, en: `${en} has no option "${detail}"` };
    case 'duplicate_option': return { zh: `${zh}的选项重复了:${detail}`, en: `${en} lists an option twice: ${detail}` };
    case 'required': return { zh: `请填写${zh}`, en: `${en} is required` };
    case 'unparseable': return { zh: `没看懂这个答案:${zh}${HOW_TO_ANSWER[field.type].zh}`, en: `Could not read that answer: for ${en}, ${HOW_TO_ANSWER[field.type].en}` };
    default: return unknownPathMessage(code, detail);
  }
}

/** Message for an answer outside the template. Example: `unknownPathMessage('unknown_field', 'basic.shoe_size').zh` → '模板中没有“basic.shoe_size”这一项'. */
export function unknownPathMessage(code: AnswerErrorCode, path: string): Text {
  return code === 'unknown_section'
    ? { zh: `模板中没有“${path}”这一部分`, en: `The template has no section "${path}"` }
    : { zh: `模板中没有“${path}”这一项`, en: `The template has no field "${path}"` };
}

/**
 * `sum_exceeded`: fields of one section whose answers add up to more than
 * `max`. The first field gives the unit. Example: shares → `{ zh: '「载人比例」与「拉货比例」之和不能超过100%', … }`.
 */
export function sumExceededMessage(fields: TemplateField[], max: number): Text {
  const unit = formatQuantity(fields[0], max);
  return {
    zh: `${fields.map((f) => `「${f.label.zh}」`).join('与')}之和不能超过${unit.zh}`,
    en: `${fields.map((f) => `"${f.label.en}"`).join(' and ')} together cannot exceed ${unit.en}`,
  };
}
