// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminPage } from '../../../web/src/routes/admin/admin-page';
import { fakeFetch } from '../dashboard/fake-fetch';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The server's defaults (server/analytics/thresholds.ts), seed values. */
const seedThresholds = {
  lifecycle: { active: 90, sleeping: 180, pre_churn: 360 },
  abc: { a: 0.8, b: 0.95 },
  clv: { whale: 0.05, dolphin: 0.25 },
  churn: { high: 0.6, medium: 0.3 },
  recency_rule_days: 90,
  contact_gap_days: 60,
  monthly_discount_rate: 0.01,
};

const users = [
  { id: 1, login: 'admin', name: '管理员', role: 'admin', lang: 'zh', telegramUserId: null },
  { id: 2, login: 'wang.li', name: '王丽', role: 'sales', lang: 'zh', telegramUserId: 5550101 },
  { id: 3, login: 'zhao.gang', name: '赵刚', role: 'field', lang: 'zh', telegramUserId: null },
];

const openTab = (name: string) => fireEvent.click(screen.getByRole('tab', { name }));
/** Threshold inputs are named by their label and unit, e.g. "活跃 ≤天". */
const field = (label: string) => screen.getByLabelText((name) => name.startsWith(label)) as HTMLInputElement;

describe('AdminPage tabs', () => {
  it('moves between tabs with the arrow keys', () => {
    vi.stubGlobal('fetch', fakeFetch({}).fn);
    render(<AdminPage />);
    const first = screen.getByRole('tab', { name: '数据导入' });
    expect(first.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(first, { key: 'ArrowLeft' });
    const last = screen.getByRole('tab', { name: '用户' });
    expect(last.getAttribute('aria-selected')).toBe('true');
    expect(document.activeElement).toBe(last);
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(last.id);
  });
});

describe('thresholds', () => {
  it('shows shares in percent and saves them as fractions', async () => {
    const { fn, calls } = fakeFetch({
      'GET /api/settings/thresholds': { status: 200, body: seedThresholds },
      'PUT /api/settings/thresholds': ({ body }) => ({ status: 200, body: JSON.parse(body!) }),
    });
    vi.stubGlobal('fetch', fn);
    render(<AdminPage />);
    openTab('阈值');
    expect((await screen.findByLabelText((n) => n.startsWith('鲸鱼：前')) as HTMLInputElement).value).toBe('5');
    expect(field('A 类至').value).toBe('80');
    expect(field('活跃 ≤').value).toBe('90');
    fireEvent.input(field('鲸鱼：前'), { target: { value: '3.5' } });
    fireEvent.input(field('活跃 ≤'), { target: { value: '60' } });
    expect(field('CLV 月折现率').value).toBe('1');
    fireEvent.input(field('CLV 月折现率'), { target: { value: '1.5' } });
    fireEvent.click(screen.getByRole('button', { name: '保存阈值' }));
    expect(await screen.findByText('阈值已保存，下次刷新时生效。')).toBeTruthy();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(JSON.parse(put.body!)).toEqual({
      ...seedThresholds, lifecycle: { ...seedThresholds.lifecycle, active: 60 }, clv: { whale: 0.035, dolphin: 0.25 }, monthly_discount_rate: 0.015,
    });
  });

  it('refuses inconsistent thresholds without calling the server', async () => {
    const { fn, calls } = fakeFetch({ 'GET /api/settings/thresholds': { status: 200, body: seedThresholds } });
    vi.stubGlobal('fetch', fn);
    render(<AdminPage />);
    openTab('阈值');
    fireEvent.input(await screen.findByLabelText((n) => n.startsWith('沉睡 ≤')), { target: { value: '400' } });
    fireEvent.input(field('中风险 ≥'), { target: { value: '0.8' } });
    fireEvent.input(field('B 类至'), { target: { value: '80' } }); // A = B is allowed: no B class
    fireEvent.click(screen.getByRole('button', { name: '保存阈值' }));
    const alert = await screen.findByRole('alert');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '天数须为正整数且不减：活跃 ≤ 沉睡 ≤ 预流失。',
      '须满足 0 < 中风险 ≤ 高风险 ≤ 1。',
    ]);
    expect(calls.filter((c) => c.method === 'PUT')).toHaveLength(0);
  });

  it('works with a server that has no contact gap or discount rate', async () => {
    const { contact_gap_days: _c, monthly_discount_rate: _m, ...older } = seedThresholds;
    const { fn, calls } = fakeFetch({
      'GET /api/settings/thresholds': { status: 200, body: older },
      'PUT /api/settings/thresholds': ({ body }) => ({ status: 200, body: JSON.parse(body!) }),
    });
    vi.stubGlobal('fetch', fn);
    render(<AdminPage />);
    openTab('阈值');
    await screen.findByLabelText((n) => n.startsWith('活跃 ≤'));
    expect(screen.queryByLabelText((n) => n.startsWith('CLV 月折现率'))).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '保存阈值' }));
    await screen.findByText('阈值已保存，下次刷新时生效。');
    expect(JSON.parse(calls.find((c) => c.method === 'PUT')!.body!)).toEqual(older);
  });

  it('says so when the server has no thresholds endpoint', async () => {
    vi.stubGlobal('fetch', fakeFetch({}).fn);
    render(<AdminPage />);
    openTab('阈值');
    expect(await screen.findByText('服务器尚未提供此功能。')).toBeTruthy();
  });
});

describe('users', () => {
  it('lists users, adds one and creates a bot link code', async () => {
    const { fn, calls } = fakeFetch({
      'GET /api/users': { status: 200, body: { items: users } },
      'POST /api/users': ({ body }) => {
        const b = JSON.parse(body!);
        return { status: 201, body: { id: 4, login: b.login, name: b.name, role: b.role, lang: 'zh', telegramUserId: null } };
      },
      'POST /api/users/zhao.gang/link-code': { status: 200, body: { code: 'K7QX2M9A', expires_in_s: 86400, usage: '/start K7QX2M9A' } },
    });
    vi.stubGlobal('fetch', fn);
    render(<AdminPage />);
    openTab('用户');
    const list = await screen.findByRole('region', { name: '用户列表' });
    const rows = within(list).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      'admin管理员管理员未绑定 生成绑定码',
      'wang.li王丽销售已绑定 生成绑定码',
      'zhao.gang赵刚外勤未绑定 生成绑定码',
    ]);

    fireEvent.click(within(list).getByRole('button', { name: '生成绑定码: zhao.gang' }));
    expect(await within(list).findByText('在 Telegram 中向机器人发送 /start K7QX2M9A')).toBeTruthy();
    expect(within(list).getByText('K7QX2M9A')).toBeTruthy();
    expect(within(list).getByText('24 小时内有效，仅可使用一次。')).toBeTruthy();

    const form = screen.getByRole('form', { name: '添加用户' });
    fireEvent.input(within(form).getByLabelText('登录名'), { target: { value: 'Li.Na' } });
    fireEvent.input(within(form).getByLabelText('姓名'), { target: { value: '李娜' } });
    fireEvent.change(within(form).getByLabelText('角色'), { target: { value: 'manager' } });
    fireEvent.input(within(form).getByLabelText('初始密码（至少 8 位）'), { target: { value: 'correct-horse-9' } });
    fireEvent.submit(form);
    expect(await screen.findByText('已添加用户 li.na。')).toBeTruthy();
    expect(JSON.parse(calls.find((c) => c.url === '/api/users' && c.method === 'POST')!.body!)).toEqual({
      login: 'li.na', role: 'manager', password: 'correct-horse-9', name: '李娜',
    });
    expect(within(list).getAllByRole('row').slice(1).map((r) => r.querySelector('code')!.textContent)).toEqual(['admin', 'li.na', 'wang.li', 'zhao.gang']);
  });

  it('shows a conflict when the login exists', async () => {
    const { fn } = fakeFetch({
      'GET /api/users': { status: 200, body: { items: users } },
      'POST /api/users': { status: 409, body: { error: { code: 'conflict', message: 'user wang.li exists' } } },
    });
    vi.stubGlobal('fetch', fn);
    render(<AdminPage />);
    openTab('用户');
    const form = await screen.findByRole('form', { name: '添加用户' });
    fireEvent.input(within(form).getByLabelText('登录名'), { target: { value: 'wang.li' } });
    fireEvent.input(within(form).getByLabelText('初始密码（至少 8 位）'), { target: { value: '12345678' } });
    fireEvent.submit(form);
    expect((await within(form).findByRole('alert')).textContent).toBe('操作失败: user wang.li exists');
  });
});
