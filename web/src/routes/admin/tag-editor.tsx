import { useState } from 'preact/hooks';
import { ApiError, apiPost } from '../../api/client';
import { tx, useLang } from '../../i18n/i18n';
import { A, fill } from './admin-text';
import { ExpressionField } from './expression-field';
import { errorPosition, useTagPreview } from './use-tag-preview';

const KINDS = ['rule', 'statistical', 'predictive', 'manual', 'event'] as const;
type Kind = (typeof KINDS)[number];
/** Kinds whose membership comes from an expression in the tag language (SPEC §5). */
const WITH_EXPRESSION: readonly Kind[] = ['rule', 'event'];

const empty = { name_zh: '', name_en: '', category: '', group: '', kind: 'rule' as Kind, expression: '', ttl_days: '7' };

/** New tag: names, taxonomy place, kind and expression (checked live), saved with `POST /api/tags`. */
export function TagEditor() {
  const lang = useLang();
  const [form, setForm] = useState(empty);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const withExpression = WITH_EXPRESSION.includes(form.kind);
  const preview = useTagPreview(withExpression ? form.expression : '');
  const set = (k: keyof typeof empty) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const save = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setMessage(null);
    const body = {
      name_zh: form.name_zh.trim(),
      ...(form.name_en.trim() ? { name_en: form.name_en.trim() } : {}),
      category: form.category.trim(),
      group: form.group.trim(),
      kind: form.kind,
      ...(withExpression ? { expression: form.expression } : {}),
      ...(form.kind === 'event' ? { ttl_days: Number(form.ttl_days) } : {}),
    };
    try {
      await apiPost('/api/tags', body);
      setMessage({ ok: true, text: fill(tx(A.saved, lang), { name: body.name_zh }) });
      setForm(empty);
    } catch (err) {
      const pos = err instanceof ApiError ? errorPosition(err.details) : null;
      const where = pos !== null ? fill(tx(A.errorAt, lang), { pos: pos + 1 }) : '';
      setMessage({ ok: false, text: `${tx(A.failed, lang)}: ${where}${(err as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="adm-form adm-card" onSubmit={save} aria-labelledby="adm-tag-title">
      <h3 id="adm-tag-title">{tx(A.newTag, lang)}</h3>
      <div class="adm-grid">
        <label class="adm-field"><span>{tx(A.nameZh, lang)}</span><input required maxLength={40} value={form.name_zh} onInput={set('name_zh')} /></label>
        <label class="adm-field"><span>{tx(A.nameEn, lang)}</span><input maxLength={60} value={form.name_en} onInput={set('name_en')} /></label>
        <label class="adm-field"><span>{tx(A.category, lang)}</span><input required value={form.category} placeholder="消费行为" onInput={set('category')} /></label>
        <label class="adm-field"><span>{tx(A.group, lang)}</span><input required value={form.group} placeholder="生命周期" onInput={set('group')} /></label>
        <label class="adm-field">
          <span>{tx(A.tagKind, lang)}</span>
          <select value={form.kind} onChange={set('kind')}>
            {KINDS.map((k) => <option key={k} value={k}>{tx(A.tagKinds[k], lang)}</option>)}
          </select>
        </label>
        {form.kind === 'event' && (
          <label class="adm-field"><span>{tx(A.ttlDays, lang)}</span><input type="number" min={1} max={3650} required value={form.ttl_days} onInput={set('ttl_days')} /></label>
        )}
      </div>
      {withExpression && <ExpressionField value={form.expression} onInput={(v) => setForm({ ...form, expression: v })} preview={preview} />}
      <button type="submit" class="adm-button" disabled={busy || (withExpression && (preview.status === 'invalid' || !form.expression.trim()))}>
        {tx(A.saveTag, lang)}
      </button>
      {message && <p class={message.ok ? 'adm-ok' : 'adm-bad'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </form>
  );
}
