// @vitest-environment happy-dom
import { afterAll, afterEach, beforeAll, beforeEach, expect, test, vi } from 'vitest';
import { cleanup, render, waitFor } from '@testing-library/preact';
import { CustomerFilters } from '../../../../web/src/routes/customers/customer-filters';
import { setLang } from '../../../../web/src/i18n/i18n';
import { bearerFor, makeTestApp, type TestApp } from '../../../support/test-app';
import { fakeFetch } from '../../dashboard/fake-fetch';

/**
 * The tag filter's suggestions come from `GET /api/tags?counts=0` (names, no
 * member counts) as the real server
 * answers it (the default taxonomy, asked of an in-process app): category →
 * group → tags, flattened into the datalist.
 */
let t: TestApp;
let taxonomy: unknown;
beforeAll(async () => {
  t = await makeTestApp();
  const res = await t.app.request('/api/tags?counts=0', { headers: await bearerFor(t, 'sales1') });
  expect(res.status).toBe(200);
  taxonomy = await res.json();
});
afterAll(() => t.database.close());

let fetched: ReturnType<typeof fakeFetch>;
beforeEach(() => {
  fetched = fakeFetch({ '/api/tags': { status: 200, body: taxonomy } });
  vi.stubGlobal('fetch', fetched.fn);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setLang('zh');
});

const none = { q: '', segment: '', tag: '', owner: '', lifecycle: '' };
const options = () => [...document.querySelectorAll('#f-tag-names option')].map((o) => [o.getAttribute('value'), o.getAttribute('label')]);

test('suggests every tag of the taxonomy by its Chinese name, labelled with category and group', async () => {
  setLang('zh');
  render(<CustomerFilters query={none} role="sales" onChange={() => undefined} />);
  await waitFor(() => expect(options().length).toBeGreaterThan(20));
  const all = options();
  expect(all).toContainEqual(['高购买意向', '价值预测 · 购买意向']);
  expect(all).toContainEqual(['女性客户', '人口属性 · 性别']);
  expect(new Set(all.map(([v]) => v)).size).toBe(all.length);
  const count = (taxonomy as { total_tags: number }).total_tags;
  expect(all.length).toBe(count);
  // Names only: the member counts (seconds at 1M customers) are not asked for.
  expect(fetched.calls.map((c) => c.url)).toEqual(['/api/tags?counts=0']);
});

test('in English the suggestions are the English names (the server takes them as ?tag=)', async () => {
  setLang('en');
  render(<CustomerFilters query={none} role="manager" onChange={() => undefined} />);
  await waitFor(() => expect(options().length).toBeGreaterThan(20));
  expect(options()).toContainEqual(['High purchase intent', 'Prediction · Purchase intent']);
  expect(options().map(([v]) => v)).not.toContain('高购买意向');
});

test('the English name of a suggestion filters the list on the server', async () => {
  const res = await t.app.request(`/api/customers?tag=${encodeURIComponent('High purchase intent')}`, { headers: await bearerFor(t, 'manager1') });
  expect(res.status).toBe(200);
});
