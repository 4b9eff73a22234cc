/**
 * Screenshots of the portrait card and the interview form at 390×844 for a
 * look by eye: `npm run build && node --import tsx test/e2e/support/take-screenshots.ts`
 * writes .tmp/screens/*.png (or into `SCREENS_DIR`). The card uses the frozen fixture of the component
 * tests (a refreshed customer), served in place of the API answer.
 */
import { mkdirSync } from 'node:fs';
import { RICH_CARD } from '../../web/fixtures/portrait-card';
import { openPhone } from './browser';
import { startE2eServer } from './e2e-server';
import { loginThroughForm } from './pwa-steps';

const out = process.env.SCREENS_DIR ?? '.tmp/screens';

/** One screenshot per screenful, top to bottom (easier to read than one tall image). */
async function pageByPage(page: import('playwright-core').Page, name: string): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let i = 0, y = 0; y < height && i < 12; i++, y += 700) {
    await page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
    await page.screenshot({ path: `${out}/${name}-${String(i).padStart(2, '0')}.png` });
  }
}
mkdirSync(out, { recursive: true });
const server = await startE2eServer();
const phone = await openPhone({ width: 390, height: 844 });
try {
  const page = await phone.context.newPage();
  await page.goto(`${server.url}/login`);
  await page.getByRole('button', { name: '登录' }).waitFor();
  await page.screenshot({ path: `${out}/login.png` });
  await loginThroughForm(page, server.url, 'field1');
  await page.route('**/api/customers/C-000123', (route) => route.fulfill({ json: RICH_CARD }));
  await page.goto(`${server.url}/customers/C-000123`);
  await page.getByRole('heading', { level: 1, name: '张伟' }).waitFor();
  await page.screenshot({ path: `${out}/card-top.png` });
  await page.screenshot({ path: `${out}/card-full.png`, fullPage: true });
  await pageByPage(page, 'card');

  await page.goto(`${server.url}/customers/C-1/interview`);
  await page.getByRole('button', { name: '提交深访' }).waitFor();
  await page.screenshot({ path: `${out}/form-top.png` });
  await page.getByRole('button', { name: '提交深访' }).click();
  await page.getByRole('alert').waitFor();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${out}/form-errors.png` });
  await page.getByLabel(/年龄/).fill('12');
  await page.getByText('增购', { exact: true }).click();
  await page.getByLabel(/拉货比例/).fill('60');
  await page.evaluate(() => document.getElementById('s-purchase')!.scrollIntoView());
  await page.screenshot({ path: `${out}/form-purchase.png` });
  await page.evaluate(() => document.getElementById('s-vehicle_use')!.scrollIntoView());
  await page.screenshot({ path: `${out}/form-vehicle-use.png` });
  await page.screenshot({ path: `${out}/form-full.png`, fullPage: true });
  await pageByPage(page, 'form');
  await page.goto(`${server.url}/customers`);
  await page.locator('.list-item').first().waitFor();
  await page.screenshot({ path: `${out}/customers.png` });
  await page.goto(`${server.url}/`);
  await page.getByRole('heading', { level: 1, name: '今日' }).waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}/today.png` });
  console.log(`screenshots in ${out}/`);
} finally {
  await phone.close();
  await server.stop();
}
