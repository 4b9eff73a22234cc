import { beforeEach, expect, test } from 'vitest';
import { ApiError } from '../../../web/src/api/client';
import { memoryStore, type OfflineStore } from '../../../web/src/offline/offline-store';
import type { OutboxItem } from '../../../web/src/offline/offline-types';
import { syncOutbox, type SendInterview } from '../../../web/src/offline/outbox-sync';
import { interviews } from '../../../server/db/schema';
import { json, loginAs, makeTestApp, seedCustomers, type TestApp } from '../../support/test-app';

/**
 * The outbox against the real server (in-process HTTP, real SQLite): the
 * network can be "down" (fetch's TypeError) or drop the reply after the
 * server stored the interview.
 */
let t: TestApp;
let store: OfflineStore;
let network: { down: boolean; dropNextReply: boolean; busy: boolean; sends: number };
let send: SendInterview;

beforeEach(async () => {
  t = await makeTestApp();
  await seedCustomers(t);
  const headers = await loginAs(t, 'field1');
  store = memoryStore();
  network = { down: false, dropNextReply: false, busy: false, sends: 0 };
  send = async (item) => {
    network.sends++;
    if (network.down) throw new TypeError('Failed to fetch');
    // The server's answer while the daily refresh holds the database (test/server/database-busy.test.ts).
    if (network.busy) throw new ApiError(503, 'busy', 'the database is busy with a refresh or an import; nothing was saved, please retry shortly');
    const res = await t.app.request('/api/interviews', { method: 'POST', ...json(item.body, headers) });
    const body = (await res.json()) as { error?: { code: string; message: string; details?: unknown } };
    if (!res.ok) throw new ApiError(res.status, body.error!.code, body.error!.message, body.error!.details);
    if (network.dropNextReply) {
      network.dropNextReply = false;
      throw new TypeError('network connection was lost');
    }
    return body;
  };
});

function item(id: string, customerId = 'C-3', status: OutboxItem['status'] = 'pending', createdAt = '2026-11-24T03:00:00.000Z'): OutboxItem {
  return {
    id, kind: 'interview', customer_id: customerId, customer_name: null, status, attempts: 0, last_error: null,
    created_at: createdAt, updated_at: createdAt, synced_at: null,
    body: { id, customer_id: customerId, template_id: 'customer_interview', template_version: 1, answers: { basic: { age: 40, gender: 'male' }, purchase: { purchase_type: 'first' } }, conducted_at: createdAt },
  };
}

const rows = () => t.database.db.select().from(interviews).all();

test('offline: the item stays pending and nothing is stored; online: it is stored once and marked synced', async () => {
  await store.submit(item('0f9d6c1e-0000-4000-8000-000000000001'));
  network.down = true;
  expect(await syncOutbox({ store, send })).toEqual({ sent: 0, failed: 0, waiting: 1, blocked: 'offline' });
  expect((await store.listOutbox())[0]).toMatchObject({ status: 'pending', attempts: 1, last_error: 'offline' });
  expect(await rows()).toHaveLength(0);
  network.down = false;
  expect(await syncOutbox({ store, send })).toEqual({ sent: 1, failed: 0, waiting: 0, blocked: null });
  expect((await store.listOutbox())[0]).toMatchObject({ status: 'synced', attempts: 2 });
  expect(await rows()).toHaveLength(1);
  // Synced items are not sent again.
  await syncOutbox({ store, send });
  expect(network.sends).toBe(2);
});

test('server busy (503): the item stays pending and is retried like a lost connection, then stored once', async () => {
  await store.submit(item('0f9d6c1e-0000-4000-8000-000000000006'));
  network.busy = true;
  expect(await syncOutbox({ store, send })).toEqual({ sent: 0, failed: 0, waiting: 1, blocked: 'busy' });
  expect((await store.listOutbox())[0]).toMatchObject({ status: 'pending', attempts: 1, last_error: 'busy' });
  expect(await rows()).toHaveLength(0);
  network.busy = false;
  expect(await syncOutbox({ store, send })).toEqual({ sent: 1, failed: 0, waiting: 0, blocked: null });
  expect(await rows()).toHaveLength(1);
});

test('a reply lost after the server stored the interview: the resend is recognised, still one row', async () => {
  await store.submit(item('0f9d6c1e-0000-4000-8000-000000000002'));
  network.dropNextReply = true;
  expect((await syncOutbox({ store, send })).blocked).toBe('offline');
  expect(await rows()).toHaveLength(1);
  expect((await syncOutbox({ store, send })).sent).toBe(1);
  expect(await rows()).toHaveLength(1);
  expect(network.sends).toBe(2);
});

test('an item left "syncing" by a closed tab is sent again, and stored once', async () => {
  await store.submit(item('0f9d6c1e-0000-4000-8000-000000000003', 'C-3', 'syncing'));
  await t.app.request('/api/interviews', { method: 'POST', ...json(item('0f9d6c1e-0000-4000-8000-000000000003').body, await loginAs(t, 'field1')) });
  expect((await syncOutbox({ store, send })).sent).toBe(1);
  expect(await rows()).toHaveLength(1);
});

test('concurrent runs share one pass: each item is sent once; an error reply marks the item failed until retried', async () => {
  await store.submit(item('0f9d6c1e-0000-4000-8000-000000000004', 'C-3', 'pending', '2026-11-24T03:00:00.000Z'));
  await store.submit(item('0f9d6c1e-0000-4000-8000-000000000005', 'C-1', 'pending', '2026-11-24T03:05:00.000Z'));
  const runs = await Promise.all([syncOutbox({ store, send }), syncOutbox({ store, send }), syncOutbox({ store, send })]);
  expect(runs).toEqual([0, 1, 2].map(() => ({ sent: 1, failed: 1, waiting: 0, blocked: null })));
  expect(network.sends).toBe(2);
  expect(await rows()).toHaveLength(1);
  // field1 may not see C-1: the server answers 404, the item is failed (not retried automatically).
  const failed = await store.getItem('0f9d6c1e-0000-4000-8000-000000000005');
  expect(failed).toMatchObject({ status: 'failed' });
  expect(failed?.last_error).toMatch(/^404 not_found/);
  await syncOutbox({ store, send });
  expect(network.sends).toBe(2);
  await syncOutbox({ store, send, includeFailed: true });
  expect(network.sends).toBe(3);
});
