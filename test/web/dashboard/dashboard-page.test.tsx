// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLang } from '../../../web/src/i18n/i18n';
import { DashboardPage } from '../../../web/src/routes/dashboard/dashboard-page';
import { dashboardSummary, segmentCounts } from './dashboard-fixtures';
import { fakeFetch } from './fake-fetch';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  setLang('zh');
});

const ok = (body: unknown) => ({ status: 200, body });
const rowOf = (table: HTMLElement, header: string) => within(table).getByRole('rowheader', { name: header }).closest('tr')!;
const cells = (tr: Element) => [...tr.querySelectorAll('th,td')].map((c) => c.textContent);

describe('DashboardPage', () => {
  it('shows segment counts with week-over-week change and the migrations of the picked scheme', async () => {
    const { fn, calls } = fakeFetch({ '/api/segments': ok(segmentCounts), '/api/dashboard': ok(dashboardSummary) });
    vi.stubGlobal('fetch', fn);
    render(<DashboardPage />);

    const dist = await screen.findByRole('region', { name: '客户分层分布' });
    expect(screen.getByText('数据截至 2024-06-09 · 2024-W23')).toBeTruthy();
    const table = within(dist).getByRole('table');
    expect(cells(rowOf(table, '鲸鱼客户'))).toEqual(['鲸鱼客户', '50', '5%', '+12']);
    expect(cells(rowOf(table, '海豚客户'))).toEqual(['海豚客户', '250', '25%', '−12']);
    expect(cells(rowOf(table, '合计'))).toEqual(['合计', '1,000', '100%', '+10']);

    const mig = screen.getByRole('region', { name: '周环比迁移' });
    const migRows = within(mig).getAllByRole('row').slice(1).map(cells);
    expect(migRows).toEqual([['海豚客户', '→ 鲸鱼客户', '12'], ['小鱼客户', '→ 海豚客户', '9'], ['海豚客户', '→ 小鱼客户', '9']]);

    fireEvent.change(within(dist).getByLabelText('分层方案'), { target: { value: 'lifecycle' } });
    expect(cells(rowOf(within(dist).getByRole('table'), '潜在客户'))).toEqual(['潜在客户', '60', '6%', '+20']);
    expect(within(mig).getAllByRole('row').slice(1).map(cells)).toEqual([['活跃客户', '→ 沉睡客户', '31'], ['沉睡客户', '→ 活跃客户', '13']]);
    expect(calls.map((c) => c.url).sort()).toEqual(['/api/dashboard', '/api/segments']);
  });

  it('shows churn trend, owners by value at risk, rep coverage and tag usage', async () => {
    vi.stubGlobal('fetch', fakeFetch({ '/api/segments': ok(segmentCounts), '/api/dashboard': ok(dashboardSummary) }).fn);
    render(<DashboardPage />);

    const churn = await screen.findByRole('region', { name: '流失风险趋势' });
    expect(cells(rowOf(within(churn).getByRole('table'), '2024-W23'))).toEqual(['2024-W23', '74', '149', '717']);

    const owners = screen.getByRole('region', { name: '各负责人的高风险客户' });
    expect(within(owners).getAllByRole('row').slice(1).map(cells)).toEqual([
      ['张伟', '30', '241,950'],
      ['王丽', '21', '186,400'],
      ['未分配', '4', '9,800'],
    ]);

    // The cards below the first screen appear one per idle period.
    const reps = await screen.findByRole('region', { name: '访谈覆盖率与画像完整度' });
    expect(within(reps).getAllByRole('row').slice(1).map(cells)).toEqual([
      ['陈杰', '45 / 180', '25%', '48%'],
      ['王丽', '208 / 320', '65%', '71%'],
    ]);
    expect((within(reps).getByLabelText('陈杰 访谈覆盖率') as HTMLMeterElement).value).toBe(0.25);

    const tags = screen.getByRole('region', { name: '标签使用率' });
    expect(within(tags).getByText('64%')).toBeTruthy();
    expect(within(tags).getByText('近 30 天使用过的标签 16 个 / 已定义 25 个，目标 > 60%')).toBeTruthy();
  });

  it('puts a rep without customers last, with no coverage figure', async () => {
    const withNewRep = { ...dashboardSummary, reps: [{ login: 'new.rep', name: '新人', customers: 0, interviewed: 0, coverage: null, completeness: null }, ...dashboardSummary.reps] };
    vi.stubGlobal('fetch', fakeFetch({ '/api/segments': ok(segmentCounts), '/api/dashboard': ok(withNewRep) }).fn);
    render(<DashboardPage />);
    const reps = await screen.findByRole('region', { name: '访谈覆盖率与画像完整度' });
    expect(within(reps).getAllByRole('row').slice(1).map(cells)).toEqual([
      ['陈杰', '45 / 180', '25%', '48%'],
      ['王丽', '208 / 320', '65%', '71%'],
      ['新人', '0 / 0', '—', '—'],
    ]);
  });

  it('keeps the segments when /api/dashboard is not served (404)', async () => {
    vi.stubGlobal('fetch', fakeFetch({ '/api/segments': ok(segmentCounts) }).fn);
    render(<DashboardPage />);
    expect(await screen.findByText('暂无数据：服务器尚未提供这项统计。')).toBeTruthy();
    expect(screen.getByRole('region', { name: '客户分层分布' })).toBeTruthy();
    expect(screen.queryByRole('region', { name: '流失风险趋势' })).toBeNull();
  });

  it('says that no refresh has run when the snapshots are empty', async () => {
    const empty = { as_of: null, week: null, previous_week: null, schemes: [], migrations: [] };
    const noSummary = { as_of: null, churn_trend: [], at_risk_by_owner: [], reps: [], tag_usage: { rate: null, used: 0, defined: 0 } };
    vi.stubGlobal('fetch', fakeFetch({ '/api/segments': ok(empty), '/api/dashboard': ok(noSummary) }).fn);
    render(<DashboardPage />);
    await waitFor(() => expect(screen.getAllByText(/还没有运行过数据刷新/)).toHaveLength(2));
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('shows a first week without migrations', async () => {
    const oneWeek = {
      ...segmentCounts,
      previous_week: null,
      schemes: segmentCounts.schemes.map((s) => ({ ...s, counts: s.counts.map((c) => ({ ...c, previous: null })) })),
      migrations: [],
    };
    vi.stubGlobal('fetch', fakeFetch({ '/api/segments': ok(oneWeek), '/api/dashboard': ok(dashboardSummary) }).fn);
    render(<DashboardPage />);
    const dist = await screen.findByRole('region', { name: '客户分层分布' });
    expect(cells(rowOf(within(dist).getByRole('table'), '鲸鱼客户'))).toEqual(['鲸鱼客户', '50', '5%']);
    expect(screen.getByText('只有一周的快照，下周起可以看到迁移。')).toBeTruthy();
  });

  it('reports a server error and loads again on retry', async () => {
    let fail = true;
    const { fn, calls } = fakeFetch({
      '/api/segments': () => (fail ? { status: 500, body: { error: { code: 'internal', message: 'database is locked' } } } : ok(segmentCounts)),
      '/api/dashboard': ok(dashboardSummary),
    });
    vi.stubGlobal('fetch', fn);
    render(<DashboardPage />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('加载失败: database is locked');
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await screen.findByRole('region', { name: '客户分层分布' })).toBeTruthy();
    expect(calls.filter((c) => c.url === '/api/segments')).toHaveLength(2);
  });

  it('speaks English when the language is switched', async () => {
    setLang('en');
    vi.stubGlobal('fetch', fakeFetch({ '/api/segments': ok(segmentCounts), '/api/dashboard': ok(dashboardSummary) }).fn);
    render(<DashboardPage />);
    const mig = await screen.findByRole('region', { name: 'Week-over-week migration' });
    expect(within(mig).getAllByRole('row')[1].textContent).toBe('Dolphins→ Whales12');
  });

  it('shows nothing of either answer until both are in, so the first cannot be pushed down by the second (layout shift)', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    vi.stubGlobal('fetch', fakeFetch({
      '/api/segments': ok(segmentCounts),
      '/api/dashboard': async () => { await held; return ok(dashboardSummary); },
    }).fn);
    const { container } = render(<DashboardPage />);
    await waitFor(() => expect(container.querySelector('[aria-busy="true"]')).toBeTruthy());
    await new Promise((r) => setTimeout(r, 50)); // the segments answer has long arrived
    expect(screen.queryByRole('region', { name: '客户分层分布' })).toBeNull();
    expect(screen.queryByText(/数据截至/)).toBeNull();
    expect(screen.getAllByText('正在加载…')).toHaveLength(1);
    release();
    const dist = await screen.findByRole('region', { name: '客户分层分布' });
    expect(await screen.findByRole('region', { name: '流失风险趋势' })).toBeTruthy();
    expect(screen.queryByText('正在加载…')).toBeNull();
    expect(container.querySelector('.dash[aria-busy="false"]')).toBeTruthy();
    // The chart's legend is part of the page (not drawn later by uPlot), and its box has the chart's height before any canvas.
    expect([...dist.querySelectorAll('.dash-legend li')].map((li) => li.textContent)).toEqual(['上周', '本周']);
    expect((dist.querySelector('.dash-chart') as HTMLElement).style.height).toBe('220px');
  });
});
