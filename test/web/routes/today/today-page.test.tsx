// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { TodayPage } from '../../../../web/src/routes/today/today-page';
import { setLang } from '../../../../web/src/i18n/i18n';
import { memoryStore, setOfflineStoreForTest } from '../../../../web/src/offline/offline-store';

/**
 * The follow-ups are shown together with the at-risk list, never above the
 * place where it will appear: shown first, they were pushed down when the
 * list arrived (Lighthouse counted a layout shift of 0.116 on this page).
 */
let answer: (body: unknown) => void;
beforeEach(() => {
  setLang('zh');
  setOfflineStoreForTest(memoryStore());
  vi.stubGlobal('fetch', () => new Promise<Response>((resolve) => {
    answer = (body) => resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }));
  }));
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setOfflineStoreForTest(null);
});

const entry = {
  customer_id: 'C-1', name: '张伟', churn_level: 'high', churn_probability: 0.8, value_at_risk: 12000, newly_at_risk: true,
  reasons: [{ code: 'recency', text: { zh: '很久没有购买', en: 'No purchase for long' }, weight: 1 }], next_action: null,
};

test('the follow-ups wait for the at-risk list, then come below it', async () => {
  render(<LocationProvider><TodayPage /></LocationProvider>);
  expect(screen.getByRole('heading', { level: 1, name: '今日' })).toBeTruthy();
  await new Promise((r) => setTimeout(r, 30));
  expect(screen.queryByRole('heading', { name: '待跟进' })).toBeNull();
  answer({ week: '2026-W48', items: [entry] });
  await waitFor(() => expect(screen.getByRole('heading', { name: '待跟进' })).toBeTruthy());
  const order = [...document.querySelectorAll('h2, .list-item, .empty')].map((e) => e.textContent?.slice(0, 4));
  expect(order).toEqual(['本周流失', '张伟新增', '待跟进', '没有未完']);
});
