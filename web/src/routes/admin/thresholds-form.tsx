import { useEffect, useState } from 'preact/hooks';
import type { Text } from '../../../../shared/api/types';
import { ApiError, apiGet, apiSend } from '../../api/client';
import { tx, useLang } from '../../i18n/i18n';
import { A } from './admin-text';
import { fromFields, thresholdProblems, toFields, type ThresholdFields, type ThresholdKey, type Thresholds } from './thresholds';

type Load = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready' };

/** Segment and churn thresholds over `GET|PUT /api/settings/thresholds`. */
export function ThresholdsForm() {
  const lang = useLang();
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [loaded, setLoaded] = useState<Thresholds | null>(null);
  const [fields, setFields] = useState<ThresholdFields | null>(null);
  const [problems, setProblems] = useState<Text[]>([]);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const ctl = new AbortController();
    apiGet<Thresholds>('/api/settings/thresholds', ctl.signal).then(
      (t) => { setLoaded(t); setFields(toFields(t)); setLoad({ status: 'ready' }); },
      (err: unknown) => {
        if (ctl.signal.aborted) return;
        setLoad(err instanceof ApiError && err.status === 404 ? { status: 'missing' } : { status: 'error', message: (err as Error).message });
      },
    );
    return () => ctl.abort();
  }, []);

  if (load.status === 'loading') return <p class="adm-note">{tx(A.loading, lang)}</p>;
  if (load.status === 'missing') return <p class="adm-note">{tx(A.notServed, lang)}</p>;
  if (load.status === 'error' || !fields || !loaded) return <p class="adm-bad" role="alert">{tx(A.failed, lang)}: {load.status === 'error' ? load.message : ''}</p>;

  const save = async (e: Event) => {
    e.preventDefault();
    setMessage(null);
    const value = fromFields(fields, loaded);
    const found = thresholdProblems(value);
    setProblems(found);
    if (found.length) return;
    setBusy(true);
    try {
      const saved = await apiSend<Thresholds | null>('PUT', '/api/settings/thresholds', value);
      const now = saved && typeof saved === 'object' && 'lifecycle' in saved ? saved : value;
      setLoaded(now);
      setFields(toFields(now));
      setMessage({ ok: true, text: tx(A.thresholdsSaved, lang) });
    } catch (err) {
      setMessage({ ok: false, text: `${tx(A.failed, lang)}: ${(err as Error).message}` });
    } finally {
      setBusy(false);
    }
  };

  const num = (key: ThresholdKey, label: Text, unit: string, step: string, max?: number) => fields[key] !== undefined && (
    <label class="adm-field adm-inline">
      <span>{tx(label, lang)}</span>
      <input type="number" inputMode="decimal" step={step} min={0} max={max} required value={fields[key]}
        onInput={(e) => setFields({ ...fields, [key]: (e.currentTarget as HTMLInputElement).value })} />
      <span class="adm-unit">{unit}</span>
    </label>
  );
  const days = tx(A.days, lang);

  return (
    <form class="adm-form" onSubmit={save} noValidate>
      <fieldset class="adm-card"><legend>{tx(A.lifecycle, lang)}</legend>
        {num('active', A.active, days, '1')}{num('sleeping', A.sleeping, days, '1')}{num('pre_churn', A.preChurn, days, '1')}
      </fieldset>
      <fieldset class="adm-card"><legend>{tx(A.abc, lang)}</legend>
        {num('abc_a', A.abcA, '%', '0.1', 100)}{num('abc_b', A.abcB, '%', '0.1', 100)}
      </fieldset>
      <fieldset class="adm-card"><legend>{tx(A.clv, lang)}</legend>
        {num('whale', A.whale, '%', '0.1', 100)}{num('dolphin', A.dolphin, '%', '0.1', 100)}
      </fieldset>
      <fieldset class="adm-card"><legend>{tx(A.churn, lang)}</legend>
        {num('churn_high', A.churnHigh, '', '0.01', 1)}{num('churn_medium', A.churnMedium, '', '0.01', 1)}
        {num('recency_rule_days', A.recencyRule, days, '1')}{num('contact_gap_days', A.contactGap, days, '1')}
        {num('monthly_discount_rate', A.discount, '%', '0.1', 50)}
      </fieldset>
      {problems.length > 0 && (
        <ul class="adm-bad" role="alert">{problems.map((p) => <li key={p.en}>{tx(p, lang)}</li>)}</ul>
      )}
      <button type="submit" class="adm-button" disabled={busy}>{tx(A.saveThresholds, lang)}</button>
      {message && <p class={message.ok ? 'adm-ok' : 'adm-bad'} role={message.ok ? 'status' : 'alert'}>{message.text}</p>}
    </form>
  );
}
