import type { SyncStatus } from '../offline/offline-types';
import type { OutboxItem } from '../offline/offline-types';
import { dateTime } from '../format/format';
import { tx, useLang } from '../i18n/i18n';
import { retryItem } from '../offline/outbox-sync';

export const SYNC_LABEL: Record<SyncStatus | 'draft', { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  pending: { zh: '待同步', en: 'Waiting to sync' },
  syncing: { zh: '同步中', en: 'Syncing' },
  synced: { zh: '已同步', en: 'Synced' },
  failed: { zh: '失败-重试', en: 'Failed — retry' },
};

export function SyncBadge({ status }: { status: SyncStatus | 'draft' }) {
  const lang = useLang();
  return <span class={`sync sync--${status}`} data-status={status}>{tx(SYNC_LABEL[status], lang)}</span>;
}

/** One outbox row: what, when, its status; a failed item gets a retry button and its error. */
export function OutboxRow({ item, showCustomer = false }: { item: OutboxItem; showCustomer?: boolean }) {
  const lang = useLang();
  return (
    <li class="outbox-row" data-outbox-id={item.id}>
      <div class="outbox-main">
        <span>
          {showCustomer ? <a href={`/customers/${encodeURIComponent(item.customer_id)}`}>{item.customer_name ?? item.customer_id}</a> : null}
          {showCustomer ? ' · ' : ''}
          {tx({ zh: '深访', en: 'Interview' }, lang)} {dateTime(item.body.conducted_at)}
        </span>
        {item.status === 'failed' ? (
          <button type="button" class="sync sync--failed" data-status="failed" onClick={() => void retryItem(item.id)}>
            {tx(SYNC_LABEL.failed, lang)}
          </button>
        ) : (
          <SyncBadge status={item.status} />
        )}
      </div>
      {item.status === 'failed' && item.last_error && <p class="muted small">{item.last_error}</p>}
    </li>
  );
}
