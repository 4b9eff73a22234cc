import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { CustomerList, CustomerListItem } from '../../../../shared/api/types';
import { apiGet, isNetworkError } from '../../api/client';
import { useSession } from '../../auth/session';
import { EmptyState } from '../../components/empty-state';
import { CHURN_LEVEL, segmentName } from '../../components/labels';
import { maskPhone } from '../../format/format';
import { tx, useLang } from '../../i18n/i18n';
import { CustomerFilters, QUERY_KEYS, type CustomerQuery } from './customer-filters';

const L = {
  title: { zh: '客户', en: 'Customers' },
  search: { zh: '搜索客户', en: 'Search customers' },
  hint: { zh: '姓名、客户编号或手机尾号', en: 'Name, customer id or last phone digits' },
  none: { zh: '没有找到客户', en: 'No customers found' },
  more: { zh: '加载更多', en: 'Load more' },
  offline: { zh: '离线中：只能显示已缓存的列表。', en: 'Offline: only lists already viewed are available.' },
  failed: { zh: '加载失败', en: 'Could not load' },
};

function listUrl(q: CustomerQuery, cursor: string | null): string {
  const p = new URLSearchParams();
  for (const k of QUERY_KEYS) if (q[k]) p.set(k, q[k]);
  if (cursor) p.set('cursor', cursor);
  const s = p.toString();
  return `/api/customers${s ? `?${s}` : ''}`;
}

/** Search and filters live in the URL (`/customers?q=…&segment=rfm_segment:at_risk`). */
export function CustomersPage() {
  const lang = useLang();
  const session = useSession();
  const { query, route } = useLocation();
  const current: CustomerQuery = { q: query.q ?? '', segment: query.segment ?? '', tag: query.tag ?? '', owner: query.owner ?? '', lifecycle: query.lifecycle ?? '' };
  const [typed, setTyped] = useState(current.q);
  const [items, setItems] = useState<CustomerListItem[]>([]);
  const [next, setNext] = useState<string | null>(null);
  const [status, setStatus] = useState<'loading' | 'ok' | 'offline' | 'error'>('loading');
  const key = listUrl(current, null);

  const update = (patch: Partial<CustomerQuery>) => {
    const merged = { ...current, ...patch };
    const p = new URLSearchParams();
    for (const k of QUERY_KEYS) if (merged[k]) p.set(k, merged[k]);
    const s = p.toString();
    route(`/customers${s ? `?${s}` : ''}`, true);
  };

  useEffect(() => {
    const t = setTimeout(() => typed !== current.q && update({ q: typed.trim() }), 300);
    return () => clearTimeout(t);
  }, [typed]);

  const load = async (cursor: string | null) => {
    setStatus('loading');
    try {
      const page = await apiGet<CustomerList>(listUrl(current, cursor));
      setItems((prev) => (cursor ? [...prev, ...page.items] : page.items));
      setNext(page.next_cursor);
      setStatus('ok');
    } catch (err) {
      setStatus(isNetworkError(err) ? 'offline' : 'error');
    }
  };

  useEffect(() => {
    setItems([]);
    void load(null);
  }, [key]);

  return (
    <section class="page">
      <h1>{tx(L.title, lang)}</h1>
      <form role="search" class="search" onSubmit={(e) => { e.preventDefault(); update({ q: typed.trim() }); }}>
        <label for="customer-search" class="sr-only">{tx(L.search, lang)}</label>
        <input id="customer-search" type="search" enterKeyHint="search" placeholder={tx(L.hint, lang)} aria-describedby="customer-search-hint"
          value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
        <span id="customer-search-hint" class="sr-only">{tx(L.hint, lang)}</span>
      </form>
      {session.status === 'signed-in' && <CustomerFilters query={current} role={session.user.role} onChange={update} />}
      {status === 'offline' && <p class="notice">{tx(L.offline, lang)}</p>}
      {status === 'error' && <p class="error" role="alert">{tx(L.failed, lang)}</p>}
      {status === 'ok' && items.length === 0 && <EmptyState>{tx(L.none, lang)}</EmptyState>}
      <ul class="list" aria-busy={status === 'loading'}>
        {items.map((c) => <CustomerRow key={c.customer_id} c={c} />)}
      </ul>
      {next && status !== 'loading' && <button type="button" class="btn" onClick={() => void load(next)}>{tx(L.more, lang)}</button>}
    </section>
  );
}

function CustomerRow({ c }: { c: CustomerListItem }) {
  const lang = useLang();
  const s = c.scores;
  return (
    <li class="list-item">
      <a class="list-link" href={`/customers/${encodeURIComponent(c.customer_id)}`}>
        <span class="list-title">
          {c.name ?? c.customer_id}
          {s?.churn_level && <span class={`badge badge--${s.churn_level}`}>{tx(CHURN_LEVEL[s.churn_level], lang)}</span>}
        </span>
        <span class="muted small">
          {c.customer_id}{c.phone ? ` · ${maskPhone(c.phone)}` : ''}{c.owner ? ` · ${c.owner}` : ''}
        </span>
        {s && (
          <span class="small">
            {tx(segmentName('lifecycle', s.lifecycle), lang)}
            {s.rfm_segment ? ` · ${tx(segmentName('rfm_segment', s.rfm_segment), lang)}` : ''}
            {s.clv_tier ? ` · ${tx(segmentName('clv_tier', s.clv_tier), lang)}` : ''}
          </span>
        )}
      </a>
    </li>
  );
}
