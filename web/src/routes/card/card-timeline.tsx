import { useState } from 'preact/hooks';
import type { CardAnalytics, PortraitCard, Text } from '../../../../shared/api/types';
import { segmentName } from '../../components/labels';
import { SyncBadge } from '../../components/sync-status';
import { dateTime, money, timeValue } from '../../format/format';
import { tx, useLang } from '../../i18n/i18n';
import type { OutboxItem } from '../../offline/offline-types';

const L = {
  timeline: { zh: '时间线', en: 'Timeline' },
  empty: { zh: '还没有订单、互动、深访或备注', en: 'No orders, events, interviews or notes yet' },
  order: { zh: '订单', en: 'Order' },
  interview: { zh: '深访', en: 'Interview' },
  note: { zh: '备注', en: 'Note' },
  more: { zh: '显示更多', en: 'Show more' },
  history: { zh: '分群变化', en: 'Segment history' },
  noHistory: { zh: '还没有周快照', en: 'No weekly snapshots yet' },
  steady: { zh: '最近各周分群没有变化', en: 'No change in recent weeks' },
  entered: { zh: '进入', en: 'entered' },
  from: { zh: '原为', en: 'was' },
  first: { zh: '首次记录', en: 'first snapshot' },
};

const EVENT: Record<string, Text> = {
  view: { zh: '浏览', en: 'Viewed' }, click: { zh: '点击', en: 'Clicked' }, cart: { zh: '加购', en: 'Added to cart' },
  visit: { zh: '到店', en: 'Store visit' }, test_drive: { zh: '试驾', en: 'Test drive' }, call: { zh: '通话', en: 'Call' },
  service: { zh: '维修保养', en: 'Service' }, message: { zh: '消息', en: 'Message' },
};

interface Entry { key: string; at: string; kind: 'order' | 'event' | 'interview' | 'note' | 'outbox'; title: string; detail?: string; item?: OutboxItem }

/** Orders, events, interviews and notes merged newest first; interviews still in the outbox show their sync status. */
export function Timeline({ card, pending }: { card: PortraitCard; pending: OutboxItem[] }) {
  const lang = useLang();
  const [limit, setLimit] = useState(20);
  const synced = new Set(card.interviews.map((i) => i.id));
  const entries: Entry[] = [
    ...card.orders.map((o): Entry => ({ key: `o${o.order_id}`, at: o.ordered_at, kind: 'order',
      title: `${tx(L.order, lang)} ${money(o.amount)}`, detail: [o.product, o.quantity ? `×${o.quantity}` : null, o.channel].filter(Boolean).join(' · ') })),
    ...card.events.map((e, i): Entry => ({ key: `e${i}`, at: e.occurred_at, kind: 'event',
      title: tx(EVENT[e.type] ?? { zh: e.type, en: e.type }, lang),
      detail: [e.product, e.duration_s ? `${Math.round(e.duration_s / 60)} min` : null].filter(Boolean).join(' · ') })),
    ...card.interviews.map((iv): Entry => ({ key: `i${iv.id}`, at: iv.conducted_at, kind: 'interview', title: tx(L.interview, lang), detail: iv.author ?? undefined })),
    ...card.notes.map((n): Entry => ({ key: `n${n.id}`, at: n.created_at, kind: 'note', title: tx(L.note, lang), detail: `${n.text}${n.author ? ` — ${n.author}` : ''}` })),
    ...pending.filter((p) => !synced.has(p.id)).map((p): Entry => ({ key: `q${p.id}`, at: p.body.conducted_at, kind: 'outbox', title: tx(L.interview, lang), item: p })),
  ].sort((a, b) => timeValue(b.at) - timeValue(a.at));
  return (
    <section class="card" aria-labelledby="h-timeline">
      <h2 id="h-timeline">{tx(L.timeline, lang)}</h2>
      {entries.length === 0 && <p class="muted">{tx(L.empty, lang)}</p>}
      <ol class="timeline">
        {entries.slice(0, limit).map((e) => (
          <li key={e.key} class={`tl tl--${e.kind}`}>
            <time class="small muted">{dateTime(e.at)}</time>
            <span class="tl-title">{e.title} {e.item && <SyncBadge status={e.item.status} />}</span>
            {e.detail && <span class="small">{e.detail}</span>}
          </li>
        ))}
      </ol>
      {entries.length > limit && <button type="button" class="btn" onClick={() => setLimit(limit + 30)}>{tx(L.more, lang)}</button>}
    </section>
  );
}

const SCHEMES = ['churn_level', 'rfm_segment', 'lifecycle', 'clv_tier'] as const;
const SCHEME_NAME: Record<(typeof SCHEMES)[number], Text> = {
  churn_level: { zh: '流失风险', en: 'Churn risk' }, rfm_segment: { zh: 'RFM 分群', en: 'RFM segment' },
  lifecycle: { zh: '生命周期', en: 'Lifecycle' }, clv_tier: { zh: '价值分层', en: 'CLV tier' },
};

/** Week-over-week changes of the snapshot labels ("2026-W47 流失风险: 进入 高风险，原为 中风险"), newest first. */
export function SegmentHistory({ a }: { a: CardAnalytics }) {
  const lang = useLang();
  const weeks = a.history.slice().reverse();
  const lines: { week: string; text: string }[] = [];
  // Walk oldest → newest comparing each week with the one before; show newest week first.
  weeks.forEach((w, i) => {
    const prev = weeks[i - 1];
    const changes: { week: string; text: string }[] = [];
    for (const s of SCHEMES) {
      const now = w[s];
      if (!prev || now === prev[s] || !now) continue;
      const was = prev[s] ? `${tx(L.from, lang)} ${tx(segmentName(s, prev[s]), lang)}` : '';
      changes.push({ week: w.week, text: `${tx(SCHEME_NAME[s], lang)}：${tx(L.entered, lang)} ${tx(segmentName(s, now), lang)}${was ? `，${was}` : ''}` });
    }
    lines.unshift(...changes);
  });
  return (
    <section class="card" aria-labelledby="h-history">
      <h2 id="h-history">{tx(L.history, lang)}</h2>
      {weeks.length === 0 && <p class="muted">{tx(L.noHistory, lang)}</p>}
      {weeks.length > 0 && lines.length === 0 && (
        <p class="muted">{weeks.length > 1 ? tx(L.steady, lang) : `${weeks[0].week} ${tx(L.first, lang)}`}</p>
      )}
      <ul class="history">{lines.map((l, i) => <li key={i}><span class="small muted">{l.week}</span> {l.text}</li>)}</ul>
    </section>
  );
}
