// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TagEditor } from '../../../web/src/routes/admin/tag-editor';
import { fakeFetch, type Call } from '../dashboard/fake-fetch';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** The tag language's answers: a parse error with its 0-based position, or the count of matching customers. */
function previewServer() {
  return fakeFetch({
    'POST /api/tags/preview': ({ body }) => {
      const { expression } = JSON.parse(body ?? '{}') as { expression: string };
      const bad = expression.indexOf('>>');
      if (bad >= 0) {
        return { status: 400, body: { error: { code: 'bad_request', message: 'unexpected ">"', details: { position: bad + 1 } } } };
      }
      return { status: 200, body: { count: 312, sample: [{ customer_id: 'C-000123', name: '王强' }, { customer_id: 'C-000456', name: null }] } };
    },
  });
}

const expressionBox = () => screen.getByLabelText('规则表达式') as HTMLTextAreaElement;
const type = (value: string) => fireEvent.input(expressionBox(), { target: { value } });
const previews = (calls: Call[]) => calls.filter((c) => c.url === '/api/tags/preview');

describe('TagEditor', () => {
  it('marks the error position from a 400 and shows the count from a 200', async () => {
    const { fn, calls } = previewServer();
    vi.stubGlobal('fetch', fn);
    render(<TagEditor />);

    type('recency_days >> 90');
    const echo = await screen.findByTestId('expr-echo');
    expect(echo.querySelector('mark')!.textContent).toBe('>');
    expect(echo.textContent).toBe('recency_days >> 90');
    expect(echo.firstChild!.textContent).toBe('recency_days >');
    expect(screen.getByText('第 15 个字符处：unexpected ">"')).toBeTruthy();
    expect(expressionBox().getAttribute('aria-invalid')).toBe('true');
    expect((screen.getByRole('button', { name: '保存标签' }) as HTMLButtonElement).disabled).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: '定位到错误' }));
    expect(document.activeElement).toBe(expressionBox());
    expect([expressionBox().selectionStart, expressionBox().selectionEnd]).toEqual([14, 15]);

    type('recency_days > 90');
    expect(await screen.findByText('将标记 312 位客户')).toBeTruthy();
    expect(screen.getByText(/例如：王强、C-000456/)).toBeTruthy();
    expect(screen.queryByTestId('expr-echo')).toBeNull();
    expect(expressionBox().getAttribute('aria-invalid')).toBe('false');
    expect(previews(calls).map((c) => JSON.parse(c.body!))).toEqual([{ expression: 'recency_days >> 90' }, { expression: 'recency_days > 90' }]);
  });

  it('checks only the last of several quick edits', async () => {
    const { fn, calls } = previewServer();
    vi.stubGlobal('fetch', fn);
    render(<TagEditor />);
    type('m');
    type('monetary_365d >');
    type('monetary_365d > 100000');
    expect(await screen.findByText('将标记 312 位客户')).toBeTruthy();
    expect(previews(calls).map((c) => JSON.parse(c.body!).expression)).toEqual(['monetary_365d > 100000']);
  });

  it('saves the tag with POST /api/tags', async () => {
    const { fn, calls } = fakeFetch({
      'POST /api/tags/preview': { status: 200, body: { count: 57, sample: [] } },
      'POST /api/tags': { status: 201, body: { id: 't-42', name_zh: '高价值沉睡' } },
    });
    vi.stubGlobal('fetch', fn);
    render(<TagEditor />);
    fireEvent.input(screen.getByLabelText('中文名称'), { target: { value: '高价值沉睡' } });
    fireEvent.input(screen.getByLabelText('英文名称（可选）'), { target: { value: 'Valuable sleepers' } });
    fireEvent.input(screen.getByLabelText('大类'), { target: { value: '消费行为' } });
    fireEvent.input(screen.getByLabelText('中类'), { target: { value: '生命周期' } });
    fireEvent.change(screen.getByLabelText('类型'), { target: { value: 'event' } });
    fireEvent.input(screen.getByLabelText('有效天数'), { target: { value: '14' } });
    type('recency_days > 90 and monetary > 50000');
    await screen.findByText('将标记 57 位客户');
    fireEvent.click(screen.getByRole('button', { name: '保存标签' }));
    await screen.findByText('已保存标签“高价值沉睡”。');
    const save = calls.find((c) => c.url === '/api/tags' && c.method === 'POST')!;
    expect(JSON.parse(save.body!)).toEqual({
      name_zh: '高价值沉睡', name_en: 'Valuable sleepers', category: '消费行为', group: '生命周期',
      kind: 'event', expression: 'recency_days > 90 and monetary > 50000', ttl_days: 14,
    });
    await waitFor(() => expect((screen.getByLabelText('中文名称') as HTMLInputElement).value).toBe(''));
  });

  it('shows where a rejected save went wrong', async () => {
    const { fn } = fakeFetch({
      'POST /api/tags/preview': { status: 200, body: { count: 3, sample: [] } },
      'POST /api/tags': { status: 400, body: { error: { code: 'bad_request', message: 'unknown field "monetry"', details: { position: 0 } } } },
    });
    vi.stubGlobal('fetch', fn);
    render(<TagEditor />);
    fireEvent.input(screen.getByLabelText('中文名称'), { target: { value: '测试' } });
    fireEvent.input(screen.getByLabelText('大类'), { target: { value: '消费行为' } });
    fireEvent.input(screen.getByLabelText('中类'), { target: { value: '金额' } });
    type('monetry > 1');
    await screen.findByText('将标记 3 位客户');
    fireEvent.click(screen.getByRole('button', { name: '保存标签' }));
    expect((await screen.findByRole('alert')).textContent).toBe('操作失败: 第 1 个字符处：unknown field "monetry"');
  });
});
