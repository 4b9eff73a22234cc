// @vitest-environment happy-dom
import { afterEach, expect, test } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { LoginPage } from '../../../../web/src/routes/login/login-page';
import { setSessionForTest } from '../../../../web/src/auth/session';

afterEach(() => {
  cleanup();
  setSessionForTest({ status: 'anonymous', user: null });
});

/**
 * Signed in, the login page is being left: it shows nothing, so it is not
 * pushed down by the header that appears while the next page loads (a layout
 * shift Lighthouse measured at 0.116).
 */
test('the form is shown while signed out and removed as soon as a session exists', async () => {
  setSessionForTest({ status: 'anonymous', user: null });
  render(<LocationProvider><LoginPage /></LocationProvider>);
  expect(screen.getByRole('button', { name: '登录' })).toBeTruthy();
  await act(() => setSessionForTest({ status: 'signed-in', user: { id: 1, login: 'sales1', name: '王磊', role: 'sales', lang: 'zh', telegramUserId: null }, offline: false }));
  expect(screen.queryByRole('button', { name: '登录' })).toBeNull();
  expect(document.querySelector('.login')).toBeNull();
});
