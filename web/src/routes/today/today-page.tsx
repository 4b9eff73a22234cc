import type { ChurnList, ChurnListEntry } from '../../../../shared/api/types';
import { EmptyState } from '../../components/empty-state';
import { CHURN_LEVEL } from '../../components/labels';
import { OutboxRow, SyncBadge } from '../../components/sync-status';
import { useApi } from '../../components/use-api';
import { dateTime, money } from '../../format/format';
import { tx, useLang } from '../../i18n/i18n';
import type { InterviewDraft, OutboxItem } from '../../offline/offline-types';
import { useOutbox } from '../../offline/use-outbox';

const L = {
  title: { zh: '今日', en: 'Today' },
  risk: { zh: '本周流失预警', en: 'At risk this week' },
  newly: { zh: '新增', en: 'New' },
  atRisk: { zh: '风险价值', en: 'Value at risk' },
  noChurn: { zh: '暂无流失预警：还没有计算结果，或本周没有高风险客户。', en: 'No churn alerts: nothing computed yet, or no one at high risk this week.' },
  offline: { zh: '离线中，且没有缓存的预警列表。', en: 'Offline, and no saved copy of the list.' },
  followUps: { zh: '待跟进', en: 'Follow-ups' },
  drafts: { zh: '未完成的深访', en: 'Unfinished interviews' },
  outbox: { zh: '同步队列', en: 'Sync queue' },
  nothing: { zh: '没有未完成的深访，也没有待同步的记录。', en: 'No unfinished interviews and nothing waiting to sync.' },
  continue: { zh: '继续填写', en: 'Continue' },
};

/**
 * The rep's day: this week's at-risk customers (GET /api/churn), unfinished
 * interviews, the sync queue. The follow-ups wait for the at-risk list (and
 * for the outbox to be read): shown earlier, they would be pushed down when
 * the list arrives above them (a layout shift of the whole lower page).
 */
export function TodayPage() {
  const lang = useLang();
  const churn = useApi<ChurnList>('/api/churn');
  const { items, drafts, loaded } = useOutbox();
  const open = items.filter((i) => i.status !== 'synced' || Date.now() - Date.parse(i.synced_at ?? '') < 86_400_000);
  return (
    <section class="page">
      <h1>{tx(L.title, lang)}</h1>
      {/* A no-break space holds the week's place: the heading's line box is already as tall as it will be with it. */}
      <h2>{tx(L.risk, lang)} <span class="muted small">{churn.state === 'ok' ? churn.data.week : '\u00a0'}</span></h2>
      {churn.state === 'loading' && <p class="muted" aria-busy="true">…</p>}
      {churn.state === 'ok' && churn.data.items.length > 0 && (
        <ul class="list">{churn.data.items.map((c) => <ChurnRow key={c.customer_id} entry={c} />)}</ul>
      )}
      {((churn.state === 'ok' && churn.data.items.length === 0) || churn.state === 'missing') && <EmptyState>{tx(L.noChurn, lang)}</EmptyState>}
      {churn.state === 'offline' && <EmptyState>{tx(L.offline, lang)}</EmptyState>}
      {churn.state === 'error' && <p class="error" role="alert">{churn.message}</p>}

      {churn.state !== 'loading' && loaded && <FollowUps drafts={drafts} open={open} />}
    </section>
  );
}

function FollowUps({ drafts, open }: { drafts: InterviewDraft[]; open: OutboxItem[] }) {
  const lang = useLang();
  return (
    <>
      <h2>{tx(L.followUps, lang)}</h2>
      {drafts.length === 0 && open.length === 0 && <EmptyState>{tx(L.nothing, lang)}</EmptyState>}
      {drafts.length > 0 && (
        <div class="card">
          <h3>{tx(L.drafts, lang)}</h3>
          <ul class="list">
            {drafts.map((d) => (
              <li class="outbox-row" key={d.customer_id}>
                <div class="outbox-main">
                  <a href={`/customers/${encodeURIComponent(d.customer_id)}/interview`}>
                    {d.customer_name ?? d.customer_id} · {tx(L.continue, lang)}
                  </a>
                  <SyncBadge status="draft" />
                </div>
                <p class="muted small">{dateTime(d.updated_at)}</p>
              </li>
            ))}
          </ul>
        </div>
      )}
      {open.length > 0 && (
        <div class="card">
          <h3>{tx(L.outbox, lang)}</h3>
          <ul class="list">{open.map((i) => <OutboxRow key={i.id} item={i} showCustomer />)}</ul>
        </div>
      )}
    </>
  );
}

function ChurnRow({ entry }: { entry: ChurnListEntry }) {
  const lang = useLang();
  const top = entry.reasons.slice().sort((a, b) => b.weight - a.weight)[0];
  return (
    <li class="list-item">
      <a class="list-link" href={`/customers/${encodeURIComponent(entry.customer_id)}`}>
        <span class="list-title">
          {entry.name ?? entry.customer_id}
          {entry.newly_at_risk && <span class="badge badge--new">{tx(L.newly, lang)}</span>}
          <span class={`badge badge--${entry.churn_level}`}>{tx(CHURN_LEVEL[entry.churn_level], lang)}</span>
        </span>
        <span class="muted small">{tx(L.atRisk, lang)} {money(entry.value_at_risk)}</span>
        {top && <span class="small">{tx(top.text, lang)}</span>}
        {entry.next_action && <span class="small next">→ {tx(entry.next_action.text, lang)}</span>}
      </a>
    </li>
  );
}
