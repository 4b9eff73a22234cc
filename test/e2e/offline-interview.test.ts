import { afterAll, beforeAll, expect, test } from 'vitest';
import { eq } from 'drizzle-orm';
import { interviews } from '../../server/db/schema';
import { openPhone } from './support/browser';
import { startE2eServer, type E2eServer } from './support/e2e-server';
import { loginThroughForm, waitForServiceWorker } from './support/pwa-steps';

let server: E2eServer;
beforeAll(async () => { server = await startE2eServer(); });
afterAll(async () => { await server?.stop(); });

test('an interview filled and submitted offline survives a reload and reaches the server exactly once', async () => {
  const phone = await openPhone();
  try {
    const page = await phone.context.newPage();
    const posted: number[] = [];
    phone.context.on('response', (res) => {
      if (res.url().endsWith('/api/interviews') && res.request().method() === 'POST') posted.push(res.status());
    });
    await loginThroughForm(page, server.url, 'field1');
    await waitForServiceWorker(page);
    await page.goto(`${server.url}/customers/C-1/interview`);
    await page.getByRole('heading', { level: 1, name: '客户深访 · 张伟' }).waitFor();

    await phone.context.setOffline(true);
    await page.getByLabel(/年龄/).fill('45');
    await page.getByText('男', { exact: true }).click();
    // The draft is in IndexedDB: an offline reload (served by the service worker) brings it back.
    await page.getByRole('status').filter({ hasText: '草稿已自动保存' }).waitFor();
    const reload = await page.reload();
    expect(reload?.fromServiceWorker()).toBe(true);
    await page.getByRole('status').filter({ hasText: '已恢复上次的草稿' }).waitFor();
    expect(await page.getByLabel(/年龄/).inputValue()).toBe('45');
    expect(await page.getByLabel('男').isChecked()).toBe(true);

    await page.getByText('首次购车', { exact: true }).click();
    await page.getByLabel(/每日行车里程/).fill('150');
    await page.getByRole('button', { name: '提交深访' }).click();
    const row = page.locator('[data-outbox-id]');
    await row.locator('[data-status="pending"]').waitFor();
    const id = await row.getAttribute('data-outbox-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);

    // Reload while still offline: the item is still waiting, nothing reached the server.
    await page.reload();
    await page.locator(`[data-outbox-id="${id}"] [data-status="pending"]`).waitFor();
    expect(await server.database.db.select().from(interviews).all()).toHaveLength(0);
    expect(posted).toEqual([]);

    await phone.context.setOffline(false);
    await page.locator(`[data-outbox-id="${id}"] [data-status="synced"]`).waitFor({ timeout: 40_000 });
    const stored = await server.database.db.select().from(interviews).where(eq(interviews.id, id!)).all();
    expect(stored).toHaveLength(1);
    expect(JSON.parse(stored[0].answers)).toEqual({ basic: { age: 45, gender: 'male' }, purchase: { purchase_type: 'first' }, vehicle_use: { daily_km: 150 } });

    // Another start of the app (which syncs again) sends nothing more.
    await page.reload();
    await page.locator(`[data-outbox-id="${id}"] [data-status="synced"]`).waitFor();
    await page.waitForTimeout(500);
    expect(await server.database.db.select().from(interviews).all()).toHaveLength(1);
    expect(posted).toEqual([201]);
    // The card now lists the interview from the server.
    await page.goto(`${server.url}/customers/C-1`);
    await page.locator('.tl--interview').first().waitFor();
  } finally {
    await phone.close();
  }
}, 90_000);
