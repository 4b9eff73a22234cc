import { useEffect, useRef, useState } from 'preact/hooks';
import { validateAnswers, visibleFields, type AnswerError, type Answers, type InterviewTemplate } from '../../../../shared/interview/index';
import { dateTime } from '../../format/format';
import { tx, useLang } from '../../i18n/i18n';
import { clientId } from '../../offline/client-id';
import type { OfflineStore } from '../../offline/offline-store';
import type { OutboxItem } from '../../offline/offline-types';
import { notifyOutboxChange } from '../../offline/outbox-sync';
import { answeredCount, fieldId, withAnswer } from './answer-edit';
import { FieldInput } from './field-input';

const L = {
  saved: { zh: '草稿已自动保存', en: 'Draft saved' },
  restored: { zh: '已恢复上次的草稿', en: 'Your last draft was restored' },
  answered: { zh: '已填写', en: 'Answered' },
  items: { zh: '项', en: '' },
  fix: { zh: '请先修改以下问题：', en: 'Please fix the following first:' },
  submit: { zh: '提交深访', en: 'Submit interview' },
  submitting: { zh: '正在保存…', en: 'Saving…' },
  discard: { zh: '清空草稿', en: 'Discard draft' },
  confirmDiscard: { zh: '确定清空这份草稿吗？', en: 'Discard this draft?' },
  sections: { zh: '跳转到', en: 'Jump to' },
  storeFailed: { zh: '无法保存到本机，请重试', en: 'Could not save on this phone, please try again' },
};

/** Milliseconds of quiet before a draft is written (every change is also written when the page is hidden). */
const SAVE_DELAY_MS = 300;

export interface InterviewFormProps {
  template: InterviewTemplate;
  customerId: string;
  customerName: string | null;
  store: OfflineStore;
  /** Called after the interview entered the outbox (the caller starts a sync). */
  onSubmitted: (item: OutboxItem) => void;
}

/**
 * The interview form generated from the template: sections, fields shown by
 * `visibleFields`, checked by the shared `validateAnswers`. Every change is
 * autosaved as the customer's draft; submitting stores the validated answers
 * in the outbox under a new client id and removes the draft in one step.
 */
export function InterviewForm({ template, customerId, customerName, store, onSubmitted }: InterviewFormProps) {
  const lang = useLang();
  const [answers, setAnswers] = useState<Answers>({});
  const [raw, setRaw] = useState<Record<string, string>>({});
  const [loaded, setLoaded] = useState(false);
  const [restored, setRestored] = useState(false);
  const [savedAt, setSavedAt] = useState<string | null>(null);
  const [errors, setErrors] = useState<AnswerError[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [storeError, setStoreError] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef<Answers>({});
  const dirty = useRef(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let alive = true;
    setLoaded(false);
    void store.getDraft(customerId).then((d) => {
      if (!alive) return;
      if (d && d.template_id === template.id) {
        setAnswers(d.answers);
        latest.current = d.answers;
        setSavedAt(d.updated_at);
        setRestored(true);
      }
      setLoaded(true);
    });
    return () => { alive = false; };
  }, [customerId, template.id]);

  const saveNow = async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (!dirty.current) return;
    dirty.current = false;
    const a = latest.current;
    const updated_at = new Date().toISOString();
    if (answeredCount(a) === 0) await store.deleteDraft(customerId);
    else await store.putDraft({ customer_id: customerId, customer_name: customerName, template_id: template.id, template_version: template.version, answers: a, updated_at });
    setSavedAt(updated_at);
    notifyOutboxChange();
  };

  useEffect(() => {
    const flush = () => void saveNow();
    const onHide = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [customerId]);

  const change = (section: string, key: string, value: unknown, typed?: string) => {
    const next = withAnswer(latest.current, section, key, value);
    latest.current = next;
    dirty.current = true;
    setAnswers(next);
    if (typed !== undefined) setRaw((r) => ({ ...r, [`${section}.${key}`]: typed }));
    if (errors) setErrors(validateAnswers(template, next).errors);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveNow(), SAVE_DELAY_MS);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const v = validateAnswers(template, latest.current);
    if (!v.ok) {
      setErrors(v.errors);
      requestAnimationFrame(() => {
        const first = v.errors[0];
        const el = first && document.getElementById(fieldId(first.section, first.field));
        (el ?? summaryRef.current)?.focus();
      });
      return;
    }
    setBusy(true);
    setStoreError(false);
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    dirty.current = false;
    const now = new Date().toISOString();
    const id = clientId();
    const item: OutboxItem = {
      id, kind: 'interview', customer_id: customerId, customer_name: customerName,
      body: { id, customer_id: customerId, template_id: template.id, template_version: template.version, answers: v.answers, conducted_at: now },
      status: 'pending', attempts: 0, last_error: null, created_at: now, updated_at: now, synced_at: null,
    };
    try {
      await store.submit(item);
      latest.current = {};
      setAnswers({});
      setRaw({});
      setErrors(null);
      setSavedAt(null);
      setRestored(false);
      notifyOutboxChange();
      onSubmitted(item);
    } catch {
      dirty.current = true;
      setStoreError(true);
    } finally {
      setBusy(false);
    }
  };

  if (!loaded) return <p class="muted" aria-busy="true">…</p>;
  const visible = visibleFields(template, answers);
  const errorAt = (s: string, k: string) => errors?.find((x) => x.section === s && x.field === k) ?? null;
  return (
    <form class="interview" onSubmit={submit} noValidate>
      <nav class="section-jump" aria-label={tx(L.sections, lang)}>
        {template.sections.map((s) => <a key={s.key} href={`#s-${s.key}`}>{tx(s.title, lang)}</a>)}
      </nav>
      <p class="draft-status small muted" role="status" aria-live="polite">
        {tx(L.answered, lang)} {answeredCount(answers)} {tx(L.items, lang)}
        {savedAt && ` · ${tx(restored && !dirty.current ? L.restored : L.saved, lang)} ${dateTime(savedAt)}`}
      </p>
      {errors && errors.length > 0 && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <p>{tx(L.fix, lang)}</p>
          <ul>
            {errors.map((er) => (
              <li key={`${er.section}.${er.field}.${er.code}`}><a href={`#${fieldId(er.section, er.field)}`}>{tx(er.message, lang)}</a></li>
            ))}
          </ul>
        </div>
      )}
      {template.sections.map((s) => (
        <section key={s.key} id={`s-${s.key}`} class="card form-section" aria-labelledby={`h-${s.key}`}>
          <h2 id={`h-${s.key}`}>{tx(s.title, lang)}</h2>
          {visible.filter((r) => r.section === s.key).map(({ field }) => {
            const er = errorAt(s.key, field.key);
            return (
              <FieldInput key={field.key} section={s.key} field={field} value={answers[s.key]?.[field.key]}
                raw={raw[`${s.key}.${field.key}`]} error={er ? tx(er.message, lang) : null}
                onChange={(value, typed) => change(s.key, field.key, value, typed)} />
            );
          })}
        </section>
      ))}
      {storeError && <p class="error" role="alert">{tx(L.storeFailed, lang)}</p>}
      <div class="form-actions">
        <button type="submit" class="btn btn--primary" disabled={busy}>{tx(busy ? L.submitting : L.submit, lang)}</button>
        {answeredCount(answers) > 0 && (
          <button type="button" class="btn" onClick={async () => {
            if (!confirm(tx(L.confirmDiscard, lang))) return;
            if (timer.current) clearTimeout(timer.current);
            dirty.current = false;
            latest.current = {};
            setAnswers({}); setRaw({}); setErrors(null); setSavedAt(null);
            await store.deleteDraft(customerId);
            notifyOutboxChange();
          }}>{tx(L.discard, lang)}</button>
        )}
      </div>
    </form>
  );
}
