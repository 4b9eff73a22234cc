import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { PortraitCard } from '../../../../shared/api/types';
import { DEFAULT_INTERVIEW_TEMPLATE } from '../../../../shared/interview/index';
import { OutboxRow } from '../../components/sync-status';
import { useApi } from '../../components/use-api';
import { useOnline } from '../../components/use-online';
import { tx, useLang } from '../../i18n/i18n';
import { offlineStore } from '../../offline/offline-store';
import { requestSync } from '../../offline/outbox-sync';
import { useOutbox } from '../../offline/use-outbox';
import { InterviewForm } from './interview-form';

const L = {
  back: { zh: '返回客户画像', en: 'Back to the portrait' },
  offlineNote: { zh: '当前离线：提交后保存在本机，联网后自动同步。', en: 'Offline: submitted interviews are kept on this phone and sync when you are back online.' },
  done: { zh: '深访已保存。', en: 'Interview saved.' },
  queue: { zh: '本客户的深访同步状态', en: 'Sync status of this customer’s interviews' },
};

export function InterviewPage() {
  const lang = useLang();
  const online = useOnline();
  const { params } = useRoute();
  const id = params.customer_id;
  const card = useApi<PortraitCard>(`/api/customers/${encodeURIComponent(id)}`);
  const name = card.state === 'ok' ? card.data.profile.name : null;
  const { items } = useOutbox(id);
  const [justSent, setJustSent] = useState<string | null>(null);
  const template = DEFAULT_INTERVIEW_TEMPLATE;
  return (
    <section class="page">
      <p><a class="small" href={`/customers/${encodeURIComponent(id)}`}>← {tx(L.back, lang)}</a></p>
      {/* No line break before the separator: a long (English) title wraps as "… interview ·" / "name". */}
      <h1>{tx(template.title, lang)}{name ? `\u00a0· ${name}` : ''}</h1>
      {!online && <p class="notice">{tx(L.offlineNote, lang)}</p>}
      {justSent && <p class="notice notice--ok" role="status">{tx(L.done, lang)}</p>}
      {items.length > 0 && (
        <section class="card" aria-labelledby="h-queue">
          <h2 id="h-queue">{tx(L.queue, lang)}</h2>
          <ul class="list">{items.slice().reverse().map((i) => <OutboxRow key={i.id} item={i} />)}</ul>
        </section>
      )}
      <InterviewForm template={template} customerId={id} customerName={name} store={offlineStore()}
        onSubmitted={(item) => {
          setJustSent(item.id);
          window.scrollTo(0, 0);
          requestSync();
        }} />
    </section>
  );
}
