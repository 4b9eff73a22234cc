import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPhone } from './support/browser';
import { startE2eServer, type E2eServer } from './support/e2e-server';
import { loginThroughForm, waitForServiceWorker } from './support/pwa-steps';

let server: E2eServer;
beforeAll(async () => { server = await startE2eServer(); });
afterAll(async () => { await server?.stop(); });

test('the app shell, my customer list and cards already viewed load offline from the service worker', async () => {
  const phone = await openPhone();
  try {
    const page = await phone.context.newPage();
    await loginThroughForm(page, server.url, 'sales1');
    await waitForServiceWorker(page);
    const manifest = await page.evaluate(async () => (await fetch('/manifest.webmanifest')).json());
    expect(manifest).toMatchObject({ name: '画像 Huaxiang', display: 'standalone', theme_color: '#1f4e8c' });
    // View the list and one card online so they are cached.
    await page.goto(`${server.url}/customers`);
    await page.locator('.list-item').nth(2).waitFor();
    await page.goto(`${server.url}/customers/C-2`);
    await page.getByRole('heading', { level: 1, name: '王芳物流' }).waitFor();

    await phone.context.setOffline(true);
    const shell = await page.goto(`${server.url}/`);
    expect(shell?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { level: 1, name: '今日' }).waitFor();
    await page.locator('.pill--offline').waitFor();

    await page.getByRole('link', { name: '客户', exact: true }).click();
    await page.locator('.list-item').nth(2).waitFor();
    expect(await page.locator('.list-item .list-title').allTextContents()).toEqual(['张伟', '王芳物流', '李娜']);
    await page.getByRole('link', { name: /王芳物流/ }).click();
    await page.getByRole('heading', { level: 1, name: '王芳物流' }).waitFor();
    // A card never opened on this phone says so instead of failing.
    await page.goto(`${server.url}/customers/C-3`);
    await page.getByText('离线中：这张卡片还没有在本机打开过').waitFor();
  } finally {
    await phone.close();
  }
}, 60_000);
