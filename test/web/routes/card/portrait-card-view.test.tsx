// @vitest-environment happy-dom
import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { PortraitCardView } from '../../../../web/src/routes/card/portrait-card-view';
import { setLang } from '../../../../web/src/i18n/i18n';
import type { OutboxItem } from '../../../../web/src/offline/offline-types';
import { BARE_CARD, RICH_CARD } from '../../fixtures/portrait-card';

beforeEach(() => setLang('zh'));
afterEach(cleanup);

test('header: name, masked phone with a tel: link to the full number, owner and customer since', () => {
  render(<PortraitCardView card={RICH_CARD} />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('张伟');
  const call = screen.getByRole('link', { name: '拨打 138****1234' });
  expect(call.getAttribute('href')).toBe('tel:13812341234');
  expect(document.body.textContent).not.toContain('13812341234');
  expect(screen.getByText('客户始于').nextElementSibling?.textContent).toBe('2023-04-08');
  expect(screen.getByText('负责人').nextElementSibling?.textContent).toBe('sales1');
});

test('segments with their why, churn gauge with reasons by weight and value at risk, RFM, CLV, next action, stamp', () => {
  render(<PortraitCardView card={RICH_CARD} />);
  const seg = screen.getByRole('heading', { name: '客户分群' }).parentElement!;
  expect(within(seg).getByText('有流失风险').nextElementSibling?.textContent).toBe('过去买得多，但已很久没有购买');
  const gauge = screen.getByRole('meter', { name: '流失风险' });
  expect(gauge.getAttribute('aria-valuenow')).toBe('78');
  const reasons = screen.getByRole('heading', { name: '流失风险' }).parentElement!.querySelectorAll('.reasons li');
  expect([...reasons].map((r) => r.textContent)).toEqual(['上次购买在 116 天前，是平时间隔的 2.4 倍', '仍活跃概率 0.42']);
  expect(screen.getByText('¥14,508')).toBeTruthy();
  expect(screen.getByRole('img', { name: 'M 5/5' })).toBeTruthy();
  expect(screen.getByText('未来12个月价值').nextElementSibling?.textContent).toBe('¥18,600');
  expect(screen.getByText('本周电话回访，邀请到店做冬季保养')).toBeTruthy();
  expect(screen.getByText(/计算于 2026-11-24/).textContent).toContain('数据截至 2026-11-23');
});

test('tags are grouped category → group, each with its reason; completeness by category', () => {
  render(<PortraitCardView card={RICH_CARD} />);
  const consumption = screen.getByRole('heading', { level: 3, name: '消费行为' }).parentElement!;
  expect([...consumption.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['生命周期', '购买意向']);
  expect(within(consumption).getByText('高购买意向').nextElementSibling?.textContent).toBe('试驾 30 分钟 · 有效至 2026-09-08');
  expect(screen.getByRole('meter', { name: '画像完整度' }).getAttribute('aria-valuenow')).toBe('34');
  expect(screen.getByText('心理特征').nextElementSibling?.textContent).toBe('2/14');
});

test('interview highlights come from the latest interview when the server sends none (the template loaded on demand)', async () => {
  render(<PortraitCardView card={RICH_CARD} />);
  const section = screen.getByRole('heading', { name: '深访要点' }).parentElement!;
  await waitFor(() => expect(section.querySelectorAll('li').length).toBeGreaterThan(0), { timeout: 10_000 });
  expect([...section.querySelectorAll('li')].map((l) => l.textContent)).toEqual([
    '车辆用途：拉货 70%，载人 20%，每日里程 180公里',
    '购车原因：购车类型 增购，看重 价格、质量可靠',
  ]);
});

test('timeline merges orders, events, interviews, notes and queued interviews newest first; history lists the changes', () => {
  const queued: OutboxItem = {
    id: 'q-1', kind: 'interview', customer_id: 'C-000123', customer_name: '张伟', status: 'pending', attempts: 0, last_error: null,
    created_at: '2026-11-25T02:00:00.000Z', updated_at: '2026-11-25T02:00:00.000Z', synced_at: null,
    body: { id: 'q-1', customer_id: 'C-000123', template_id: 'customer_interview', template_version: 1, answers: {}, conducted_at: '2026-11-25T02:00:00.000Z' },
  };
  render(<PortraitCardView card={RICH_CARD} pending={[queued]} />);
  const items = [...document.querySelectorAll('.timeline > li')].map((li) => li.className.replace('tl tl--', ''));
  expect(items).toEqual(['outbox', 'note', 'event', 'interview', 'order', 'order', 'order']);
  expect(document.querySelector('.tl--outbox [data-status]')?.textContent).toBe('待同步');
  const history = [...document.querySelectorAll('.history li')].map((li) => li.textContent);
  expect(history).toEqual([
    '2026-W47 流失风险：进入 高风险，原为 中风险',
    '2026-W46 流失风险：进入 中风险，原为 低风险',
    '2026-W46 RFM 分群：进入 流失风险客户，原为 忠诚客户',
    '2026-W46 生命周期：进入 沉睡客户，原为 活跃客户',
  ]);
});

test('without analytics the card explains why and still shows the profile and an estimated completeness', async () => {
  render(<PortraitCardView card={BARE_CARD} />);
  expect(screen.getByTestId('no-analytics').textContent).toContain('分析结果尚未生成');
  expect(screen.queryByRole('meter', { name: '流失风险' })).toBeNull();
  expect(screen.getByText('无电话')).toBeTruthy();
  expect(await screen.findByText('（按已知资料估算，待刷新）', undefined, { timeout: 10_000 })).toBeTruthy();
  expect(screen.getByRole('meter', { name: '画像完整度' }).getAttribute('aria-valuenow')).toMatch(/^\d+$/);
  expect(await screen.findByText('还没有深访记录')).toBeTruthy();
});

test('a card with the completeness and highlights of the server renders them at once, without loading the template', () => {
  const card = { ...RICH_CARD, highlights: [{ zh: '车辆用途：拉货为主', en: 'Vehicle use: mostly cargo' }] };
  render(<PortraitCardView card={card} />);
  expect([...screen.getByRole('heading', { name: '深访要点' }).parentElement!.querySelectorAll('li')].map((l) => l.textContent)).toEqual(['车辆用途：拉货为主']);
  expect(screen.getByRole('meter', { name: '画像完整度' }).getAttribute('aria-valuenow')).toBe('34');
});

test('English switch', () => {
  setLang('en');
  render(<PortraitCardView card={RICH_CARD} />);
  expect(screen.getByRole('link', { name: 'Call 138****1234' })).toBeTruthy();
  expect(screen.getByText('Used to buy often, but not for a while')).toBeTruthy();
});

test('in English the categories and groups of the tags have their English names; a custom one shows as written', () => {
  setLang('en');
  const card = { ...RICH_CARD, tags: [...RICH_CARD.tags!, { ...RICH_CARD.tags![0], id: 't9', category: '门店活动', group: '春季团购' }] };
  render(<PortraitCardView card={card} />);
  const section = screen.getByRole('heading', { level: 2, name: 'Tags' }).parentElement!;
  expect([...section.querySelectorAll('h3')].map((h) => h.textContent)).toEqual(['Consumer behaviour', 'Business profile', '门店活动']);
  expect([...section.querySelectorAll('h4')].map((h) => h.textContent)).toEqual(['Lifecycle', 'Purchase intent', 'Business scale', '春季团购']);
  expect(section.textContent).not.toMatch(/消费行为|生命周期|经营特征/);
});

test('staged: the first screen is built at once, the sections below it follow in later tasks, in order', async () => {
  render(<PortraitCardView card={RICH_CARD} staged />);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('张伟');
  expect(screen.getByRole('meter', { name: '流失风险' })).toBeTruthy();
  expect(screen.getByRole('heading', { name: '客户分群' })).toBeTruthy();
  expect(screen.queryByRole('heading', { name: '标签' })).toBeNull();
  expect(screen.queryByRole('heading', { name: '时间线' })).toBeNull();
  await waitFor(() => expect(screen.getByRole('heading', { name: '时间线' })).toBeTruthy());
  const order = [...document.querySelectorAll('.portrait h2')].map((h) => h.id);
  expect(order).toEqual(['h-next', 'h-churn', 'h-segments', 'h-rfm', 'h-tags', 'h-highlights', 'h-complete', 'h-timeline', 'h-history']);
  expect(document.querySelectorAll('.timeline > li')).toHaveLength(6);
});
