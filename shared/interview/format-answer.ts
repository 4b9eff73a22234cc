import { isEmptyAnswer } from './field-path';
import type { TemplateField, Text } from './template-types';

/** Rounds to at most 2 decimals and drops trailing zeros: 3.456 → '3.46', 60 → '60'. */
export function plainNumber(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/**
 * A number with the field's unit, Chinese units written without a space
 * (`35岁`, `3.5万元/月`), English with one (`35 years`); percent fields show
 * percentage points (0.6 → `60%`, rounded to 0.1 point).
 */
export function formatQuantity(field: TemplateField, n: number): Text {
  if (field.type === 'percent') {
    const p = `${Math.round(n * 1000) / 10}%`;
    return { zh: p, en: p };
  }
  const v = plainNumber(n);
  return field.unit ? { zh: `${v}${field.unit.zh}`, en: `${v} ${field.unit.en}` } : { zh: v, en: v };
}

/**
 * A typed answer as people read it: option labels for choices (multi joined
 * with 、 / ", "), 是/否 and yes/no, numbers with units, percents as `60%`.
 * Unknown option values are shown as they are. Empty → null.
 * Example: a multi answer `['goods','tools']` → `{ zh: '商品、工具', en: 'Goods, Tools' }`.
 */
export function formatAnswer(field: TemplateField, value: unknown): Text | null {
  if (isEmptyAnswer(value)) return null;
  switch (field.type) {
    case 'yesno':
      return value === true ? { zh: '是', en: 'yes' } : value === false ? { zh: '否', en: 'no' } : same(String(value));
    case 'number':
    case 'percent':
      return typeof value === 'number' ? formatQuantity(field, value) : same(String(value));
    case 'single':
      return optionLabel(field, String(value));
    case 'multi': {
      const labels = (Array.isArray(value) ? value : [value]).map((v) => optionLabel(field, String(v)));
      return { zh: labels.map((l) => l.zh).join('、'), en: labels.map((l) => l.en).join(', ') };
    }
    default:
      return same(String(value).trim());
  }
}

function optionLabel(field: TemplateField, value: string): Text {
  const o = field.options?.find((x) => x.value === value);
  return o ? o.label : same(value);
}

function same(s: string): Text {
  return { zh: s, en: s };
}
