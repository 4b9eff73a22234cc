import { useRoute } from 'preact-iso';
import type { PortraitCard } from '../../../../shared/api/types';
import { useApi } from '../../components/use-api';
import { tx, useLang } from '../../i18n/i18n';
import { useOutbox } from '../../offline/use-outbox';
import { PortraitCardView } from './portrait-card-view';

const L = {
  loading: { zh: '正在加载客户画像…', en: 'Loading the portrait…' },
  missing: { zh: '找不到这位客户，或您没有查看权限。', en: 'Customer not found, or you may not see them.' },
  offline: { zh: '离线中：这张卡片还没有在本机打开过，联网后再试。', en: 'Offline: this card has not been opened on this phone yet. Try again online.' },
  back: { zh: '返回客户列表', en: 'Back to customers' },
};

export function CardPage() {
  const lang = useLang();
  const { params } = useRoute();
  const id = params.customer_id;
  const card = useApi<PortraitCard>(`/api/customers/${encodeURIComponent(id)}`);
  const { items } = useOutbox(id);
  return (
    <section class="page">
      <p><a href="/customers" class="small">← {tx(L.back, lang)}</a></p>
      {card.state === 'loading' && <p class="muted" aria-busy="true">{tx(L.loading, lang)}</p>}
      {card.state === 'missing' && <p class="notice">{tx(L.missing, lang)}</p>}
      {card.state === 'offline' && <p class="notice">{tx(L.offline, lang)}</p>}
      {card.state === 'error' && <p class="error" role="alert">{card.message}</p>}
      {card.state === 'ok' && <PortraitCardView card={card.data} pending={items} staged />}
    </section>
  );
}
