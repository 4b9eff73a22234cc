import { useEffect, useState } from 'preact/hooks';
import { offlineStore } from './offline-store';
import type { InterviewDraft, OutboxItem } from './offline-types';
import { onOutboxChange } from './outbox-sync';

/** Outbox items and drafts (optionally of one customer), re-read whenever they change. */
export function useOutbox(customerId?: string): { items: OutboxItem[]; drafts: InterviewDraft[]; loaded: boolean } {
  const [state, setState] = useState<{ items: OutboxItem[]; drafts: InterviewDraft[]; loaded: boolean }>({ items: [], drafts: [], loaded: false });
  useEffect(() => {
    let alive = true;
    const load = async () => {
      const store = offlineStore();
      const [items, drafts] = await Promise.all([store.listOutbox(), store.listDrafts()]);
      const mine = <T extends { customer_id: string }>(xs: T[]) => (customerId ? xs.filter((x) => x.customer_id === customerId) : xs);
      if (alive) setState({ items: mine(items), drafts: mine(drafts), loaded: true });
    };
    void load();
    const off = onOutboxChange(() => void load());
    return () => {
      alive = false;
      off();
    };
  }, [customerId]);
  return state;
}
