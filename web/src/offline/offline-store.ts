/**
 * The one module that touches IndexedDB (database `huaxiang`, stores `drafts`
 * keyed by customer id and `outbox` keyed by the client id). Submitting moves a
 * draft into the outbox in ONE transaction, so a crash can lose neither nor
 * keep both. Without IndexedDB (old private modes, unit tests) the same API is
 * served from memory.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { InterviewDraft, OutboxItem } from './offline-types';

export interface OfflineStore {
  getDraft(customerId: string): Promise<InterviewDraft | undefined>;
  putDraft(draft: InterviewDraft): Promise<void>;
  deleteDraft(customerId: string): Promise<void>;
  listDrafts(): Promise<InterviewDraft[]>;
  /** Adds the item to the outbox and removes the customer's draft, atomically. */
  submit(item: OutboxItem): Promise<void>;
  getItem(id: string): Promise<OutboxItem | undefined>;
  listOutbox(): Promise<OutboxItem[]>;
  /** Applies `patch` to a stored item; returns the new item, or undefined when it is gone. */
  updateItem(id: string, patch: Partial<OutboxItem>): Promise<OutboxItem | undefined>;
  deleteItem(id: string): Promise<void>;
}

interface Schema extends DBSchema {
  drafts: { key: string; value: InterviewDraft };
  outbox: { key: string; value: OutboxItem };
}

const byCreated = (a: OutboxItem, b: OutboxItem) => a.created_at.localeCompare(b.created_at);

export function indexedDbStore(name = 'huaxiang'): OfflineStore {
  let dbp: Promise<IDBPDatabase<Schema>> | null = null;
  const db = () =>
    (dbp ??= openDB<Schema>(name, 1, {
      upgrade(d) {
        d.createObjectStore('drafts', { keyPath: 'customer_id' });
        d.createObjectStore('outbox', { keyPath: 'id' });
      },
    }));
  return {
    getDraft: async (id) => (await db()).get('drafts', id),
    putDraft: async (draft) => void (await (await db()).put('drafts', draft)),
    deleteDraft: async (id) => (await db()).delete('drafts', id),
    listDrafts: async () => (await db()).getAll('drafts'),
    async submit(item) {
      const tx = (await db()).transaction(['outbox', 'drafts'], 'readwrite');
      // add (not put): a second submit of the same id fails instead of overwriting.
      await Promise.all([tx.objectStore('outbox').add(item), tx.objectStore('drafts').delete(item.customer_id), tx.done]);
    },
    getItem: async (id) => (await db()).get('outbox', id),
    listOutbox: async () => (await (await db()).getAll('outbox')).sort(byCreated),
    async updateItem(id, patch) {
      const tx = (await db()).transaction('outbox', 'readwrite');
      const current = await tx.store.get(id);
      if (!current) {
        await tx.done;
        return undefined;
      }
      const next = { ...current, ...patch, id: current.id, body: current.body };
      await Promise.all([tx.store.put(next), tx.done]);
      return next;
    },
    deleteItem: async (id) => (await db()).delete('outbox', id),
  };
}

export function memoryStore(): OfflineStore {
  const drafts = new Map<string, InterviewDraft>();
  const outbox = new Map<string, OutboxItem>();
  const copy = <T>(x: T): T => structuredClone(x);
  return {
    getDraft: async (id) => (drafts.has(id) ? copy(drafts.get(id)) : undefined),
    putDraft: async (d) => void drafts.set(d.customer_id, copy(d)),
    deleteDraft: async (id) => void drafts.delete(id),
    listDrafts: async () => [...drafts.values()].map(copy),
    async submit(item) {
      if (outbox.has(item.id)) throw new Error(`outbox already holds ${item.id}`);
      outbox.set(item.id, copy(item));
      drafts.delete(item.customer_id);
    },
    getItem: async (id) => (outbox.has(id) ? copy(outbox.get(id)) : undefined),
    listOutbox: async () => [...outbox.values()].map(copy).sort(byCreated),
    async updateItem(id, patch) {
      const current = outbox.get(id);
      if (!current) return undefined;
      const next = { ...current, ...copy(patch), id: current.id, body: current.body };
      outbox.set(id, next);
      return copy(next);
    },
    deleteItem: async (id) => void outbox.delete(id),
  };
}

let shared: OfflineStore | null = null;

/** The app's store: IndexedDB when the browser has it, memory otherwise. */
export function offlineStore(): OfflineStore {
  return (shared ??= typeof indexedDB === 'undefined' ? memoryStore() : indexedDbStore());
}

/** For tests: use this store (e.g. `memoryStore()`) from now on. */
export function setOfflineStoreForTest(store: OfflineStore | null): void {
  shared = store;
}
