import { afterAll, beforeAll, expect, test } from 'vitest';
import { openPhone } from './support/browser';
import { E2E_PASSWORD, startE2eServer, type E2eServer } from './support/e2e-server';

let server: E2eServer;
beforeAll(async () => { server = await startE2eServer(); });
afterAll(async () => { await server?.stop(); });

test('a field rep logs in, searches, and opens a portrait card with the masked phone', async () => {
  const phone = await openPhone();
  try {
    const page = await phone.context.newPage();
    await page.goto(`${server.url}/customers/C-1`);
    // Not signed in: the deep link goes to the login page and comes back afterwards.
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('账号').fill('field1');
    await page.getByLabel('密码').fill(E2E_PASSWORD);
    await page.getByRole('button', { name: '登录' }).click();
    await page.waitForURL(`${server.url}/customers/C-1`);
    await page.getByRole('heading', { level: 1, name: '张伟' }).waitFor();

    await page.getByRole('link', { name: '客户', exact: true }).click();
    await page.getByLabel('搜索客户').fill('王芳');
    await page.waitForURL(/q=%E7%8E%8B%E8%8A%B3/);
    const rows = page.locator('.list-item');
    await expect.poll(() => rows.count()).toBe(1);
    await rows.first().getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: '王芳物流' }).waitFor();
    const call = page.getByRole('link', { name: '拨打 137****2222' });
    expect(await call.getAttribute('href')).toBe('tel:13711112222');
    await page.getByText('订单 ¥96,000').waitFor();
    // No refresh has run on this database: the card says so instead of breaking.
    await page.getByTestId('no-analytics').waitFor();
    // field1 does not have the dashboard or admin tabs.
    expect(await page.getByRole('navigation', { name: '主导航' }).getByRole('link').allTextContents()).toEqual(['今日', '客户']);
  } finally {
    await phone.close();
  }
}, 60_000);
