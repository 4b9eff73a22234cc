import type { TemplateField } from '../../../../shared/interview/index';
import { tx, useLang } from '../../i18n/i18n';
import { fieldId, formatInput, parseInput } from './answer-edit';

const L = {
  required: { zh: '必填', en: 'required' },
  yes: { zh: '是', en: 'Yes' },
  no: { zh: '否', en: 'No' },
  choose: { zh: '请选择', en: 'Choose' },
  range: { zh: '范围', en: 'Range' },
};

interface Props {
  section: string;
  field: TemplateField;
  value: unknown;
  /** What was typed into a number/percent input (kept so '3.' survives re-rendering). */
  raw: string | undefined;
  error: string | null;
  onChange: (value: unknown, raw?: string) => void;
}

function rangeHint(field: TemplateField, lang: 'zh' | 'en'): string | null {
  if (field.type === 'percent') return `0–${(field.max ?? 1) * 100}%`;
  if (field.type !== 'number' || (field.min === undefined && field.max === undefined)) return null;
  const unit = field.unit ? (lang === 'zh' ? field.unit.zh : ` ${field.unit.en}`) : '';
  return `${tx(L.range, lang)} ${field.min ?? ''}–${field.max ?? ''}${unit}`;
}

/** One template field as a labelled control; choices are real radio/checkbox inputs inside a fieldset. */
export function FieldInput({ section, field, value, raw, error, onChange }: Props) {
  const lang = useLang();
  const id = fieldId(section, field.key);
  const errId = `${id}-error`;
  const hintId = `${id}-hint`;
  const hint = rangeHint(field, lang);
  const unitId = `${id}-unit`;
  const hasUnit = field.type === 'percent' || (field.type === 'number' && field.unit !== undefined);
  const describedBy = [error ? errId : null, hasUnit ? unitId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const label = (
    <>
      {tx(field.label, lang)}
      {field.required && <span class="req" aria-hidden="true"> *</span>}
      {field.required && <span class="sr-only">（{tx(L.required, lang)}）</span>}
    </>
  );
  const errorLine = error && <p class="field-error" id={errId}>{error}</p>;
  const hintLine = hint && <p class="hint small muted" id={hintId}>{hint}</p>;

  if (field.type === 'single' || field.type === 'multi' || field.type === 'yesno') {
    const options = field.type === 'yesno'
      ? [{ value: 'true', label: L.yes }, { value: 'false', label: L.no }]
      : field.options ?? [];
    const multi = field.type === 'multi';
    const selected = (v: string) =>
      multi ? Array.isArray(value) && value.includes(v) : field.type === 'yesno' ? String(value) === v : value === v;
    const pick = (v: string, checked: boolean) => {
      if (multi) {
        const list = Array.isArray(value) ? (value as string[]).filter((x) => x !== v) : [];
        onChange(checked ? [...list, v] : list);
      } else onChange(field.type === 'yesno' ? v === 'true' : v);
    };
    return (
      <fieldset class={error ? 'field field--error' : 'field'} aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
        <legend>{label}</legend>
        <div class="choices">
          {options.map((o, i) => (
            <label class="choice" key={o.value}>
              <input id={i === 0 ? id : undefined} type={multi ? 'checkbox' : 'radio'} name={id} value={o.value}
                checked={selected(o.value)} onChange={(e) => pick(o.value, e.currentTarget.checked)} />
              <span>{tx(o.label, lang)}</span>
            </label>
          ))}
        </div>
        {errorLine}
      </fieldset>
    );
  }

  const numeric = field.type === 'number' || field.type === 'percent';
  const shown = numeric ? raw ?? formatInput(field, value) : typeof value === 'string' ? value : formatInput(field, value);
  const unit = field.type === 'percent' ? '%' : field.unit ? tx(field.unit, lang) : null;
  const long = field.type === 'text' && (field.max ?? 2000) > 120;
  const common = {
    id, name: id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy,
    'aria-required': field.required ? true : undefined,
  };
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
      <div class="input-row">
        {long ? (
          <textarea {...common} rows={3} maxLength={field.max} value={shown} onInput={(e) => onChange(e.currentTarget.value)} />
        ) : (
          <input {...common} type="text" inputMode={numeric ? (field.integer ? 'numeric' : 'decimal') : undefined}
            maxLength={numeric ? 12 : field.max} value={shown}
            onInput={(e) => {
              const t = e.currentTarget.value;
              onChange(numeric ? parseInput(field, t) : t, numeric ? t : undefined);
            }} />
        )}
        {unit && <span class="unit" id={unitId}>{unit}</span>}
      </div>
      {hintLine}
      {errorLine}
    </div>
  );
}
