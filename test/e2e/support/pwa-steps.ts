import type { Page } from 'playwright-core';
import { E2E_PASSWORD } from './e2e-server';

/** Logs in through the form and waits for the landing route. */
export async function loginThroughForm(page: Page, baseUrl: string, login: string, next = '/'): Promise<void> {
  await page.goto(`${baseUrl}/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('账号').fill(login);
  await page.getByLabel('密码').fill(E2E_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(`${baseUrl}${next}`);
}

/**
 * Waits until the service worker is active and controls the page. The worker
 * does not claim pages on its first install ("prompt" updates), so the page is
 * reloaded once after it activates.
 */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  if (!(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)))) await page.reload();
  await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller));
}
