import type { PortraitCard } from '../../../../shared/api/types';
import { day, maskPhone } from '../../format/format';
import { tx, useLang } from '../../i18n/i18n';

const L = {
  call: { zh: '拨打', en: 'Call' },
  owner: { zh: '负责人', en: 'Owner' },
  field: { zh: '外勤', en: 'Field rep' },
  since: { zh: '客户始于', en: 'Customer since' },
  noPhone: { zh: '无电话', en: 'No phone' },
  erased: { zh: '此客户的个人信息已按要求删除', en: 'This customer’s personal data has been erased' },
  interview: { zh: '填写深访', en: 'New interview' },
};

/** Name, masked phone with tap-to-call (the full number stays in the tel: link only), owner, customer since. */
export function CardHeader({ card }: { card: PortraitCard }) {
  const lang = useLang();
  const p = card.profile;
  const since = card.stats?.first_order ?? p.created_at;
  const place = [p.region, p.city].filter(Boolean).join(' · ');
  const tel = p.phone?.replace(/[^\d+]/g, '');
  return (
    <header class="card card-header">
      <h1>{p.name ?? p.customer_id}</h1>
      <p class="muted small">{p.customer_id}{place ? ` · ${place}` : ''}</p>
      {card.erased && <p class="notice">{tx(L.erased, lang)}</p>}
      <p class="phone">
        {tel ? (
          <a class="btn btn--call" href={`tel:${tel}`} aria-label={`${tx(L.call, lang)} ${maskPhone(p.phone)}`}>
            <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true"><path d="M5 3h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z" /></svg>
            {maskPhone(p.phone)}
          </a>
        ) : <span class="muted">{tx(L.noPhone, lang)}</span>}
      </p>
      <dl class="facts">
        <div><dt>{tx(L.owner, lang)}</dt><dd>{p.owner ?? '—'}</dd></div>
        {p.field_rep && <div><dt>{tx(L.field, lang)}</dt><dd>{p.field_rep}</dd></div>}
        <div><dt>{tx(L.since, lang)}</dt><dd>{day(since)}</dd></div>
      </dl>
      {!card.erased && (
        <a class="btn btn--primary" href={`/customers/${encodeURIComponent(p.customer_id)}/interview`}>{tx(L.interview, lang)}</a>
      )}
    </header>
  );
}
