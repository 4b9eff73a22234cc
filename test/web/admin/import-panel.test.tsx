// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AdminPage } from '../../../web/src/routes/admin/admin-page';
import { fakeFetch } from '../dashboard/fake-fetch';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

/** Online Retail style order lines; line 3 has no invoice date, line 4 a negative quantity. */
const CSV = [
  'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
  '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom',
  '536366,22633,HAND WARMER UNION JACK,6,,1.85,17850,United Kingdom',
  '"C536379",D,"Discount, manual",-1,12/1/2010 9:41,27.5,14527,United Kingdom',
  '536367,84879,ASSORTED COLOUR BIRD ORNAMENT,32,12/1/2010 8:34,1.69,13047,United Kingdom',
  '536368,22960,JAM MAKING SET WITH JARS,6,12/1/2010 8:34,4.25,13047,United Kingdom',
  '536369,21756,BATH BUILDING BLOCK WORD,3,12/1/2010 8:35,5.95,13047,United Kingdom',
].join('\r\n');

const errors = [
  { line: 3, column: 'ordered_at', code: 'missing', message: { zh: '缺少下单时间', en: 'ordered_at is missing' } },
  { line: 4, column: 'quantity', code: 'negative', message: { zh: '数量不能为负数', en: 'quantity must not be negative' } },
];
const checked = {
  kind: 'orders', rows: 6, good: 4, bad: 2, errors, bad_by_code: { missing: 1, negative: 1 },
  written: false, dry_run: true, customers_touched: 2, records: 4, seconds: 0.04,
};

async function loadOrdersFile() {
  render(<AdminPage />);
  fireEvent.change(screen.getByLabelText('数据类型'), { target: { value: 'orders' } });
  const file = new File([CSV], 'retail-2010-12.csv', { type: 'text/csv' });
  fireEvent.change(screen.getByLabelText('CSV 文件（第一行为表头）'), { target: { files: [file] } });
  return screen.findByRole('region', { name: '预览（前 5 行）' });
}

const mapping = () => screen.getByRole('group', { name: '列映射' });
const select = (name: RegExp) => within(mapping()).getByLabelText(name) as HTMLSelectElement;

describe('CSV import', () => {
  it('previews the header and first rows and guesses the mapping', async () => {
    const preview = await loadOrdersFile();
    expect(within(preview).getByText('retail-2010-12.csv · 编码 UTF-8')).toBeTruthy();
    const rows = within(preview).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect([...rows[0].querySelectorAll('th')].map((c) => c.textContent)).toEqual(['行号', 'InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country']);
    expect([...rows[3].querySelectorAll('td')].slice(0, 4).map((c) => c.textContent)).toEqual(['4', 'C536379', 'D', 'Discount, manual']);
    expect(select(/^customer_id/).value).toBe('CustomerID');
    expect(select(/^ordered_at/).value).toBe('InvoiceDate');
    expect(select(/^amount/).value).toBe('');
    expect(select(/^quantity/).value).toBe('Quantity');
    expect(select(/^unit_price/).value).toBe('UnitPrice');
  });

  it('posts the CSV text with the edited mapping and options, and lists line errors from a 200 report', async () => {
    const { fn, calls } = fakeFetch({ 'POST /api/import/orders': { status: 200, body: checked } });
    vi.stubGlobal('fetch', fn);
    await loadOrdersFile();
    fireEvent.change(select(/^product/), { target: { value: 'Description' } });
    fireEvent.input(screen.getByLabelText('日期格式'), { target: { value: 'M/D/YYYY H:mm' } });
    fireEvent.click(screen.getByLabelText('跳过错误行（写入正确的行）'));
    fireEvent.click(screen.getByRole('button', { name: '开始检查' }));

    const report = await screen.findByRole('region', { name: '导入报告' });
    expect(calls).toHaveLength(1);
    const url = new URL(calls[0].url, 'http://x');
    expect(calls[0].method).toBe('POST');
    expect(url.pathname).toBe('/api/import/orders');
    expect(url.searchParams.get('map')).toBe('customer_id=CustomerID,order_id=InvoiceNo,ordered_at=InvoiceDate,quantity=Quantity,unit_price=UnitPrice,product=Description');
    expect(url.searchParams.get('date_format')).toBe('M/D/YYYY H:mm');
    expect(url.searchParams.get('skip_bad')).toBe('1');
    expect(url.searchParams.get('dry_run')).toBe('1');
    expect(calls[0].headers['content-type']).toBe('text/csv');
    expect(calls[0].body).toBe(CSV);

    expect(within(report).getByText('试运行：未写入任何数据。')).toBeTruthy();
    const table = within(report).getByRole('table', { name: '错误明细' });
    expect(within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent))).toEqual([
      ['3', 'ordered_at', 'missing', '缺少下单时间'],
      ['4', 'quantity', 'negative', '数量不能为负数'],
    ]);
  });

  it('shows the report of a file rejected with 400', async () => {
    const rejected = { ...checked, dry_run: false };
    const { fn } = fakeFetch({
      'POST /api/import/orders': { status: 400, body: { error: { code: 'validation', message: 'file has 2 bad rows', details: { report: rejected } } } },
    });
    vi.stubGlobal('fetch', fn);
    await loadOrdersFile();
    fireEvent.click(screen.getByLabelText('试运行（只检查，不写入）'));
    fireEvent.click(screen.getByRole('button', { name: '开始导入' }));
    const report = await screen.findByRole('region', { name: '导入报告' });
    expect(within(report).getByText(/已整体拒绝/)).toBeTruthy();
    expect(within(report).getByText('数量不能为负数')).toBeTruthy();
    expect([...report.querySelectorAll('dd')].map((d) => d.textContent).slice(0, 3)).toEqual(['6', '4', '2']);
  });

  it('shows why a whole file was refused (400 with the report as details)', async () => {
    const fileError = {
      kind: 'orders', rows: 0, good: 0, bad: 0, errors_omitted: 0, written: false, file_error: true, dry_run: true,
      customers_touched: 0, customers_created: 0, records: null, seconds: 0, bad_by_code: { bad_date_format: 1 },
      errors: [{ line: 1, column: 'ordered_at', code: 'bad_date_format', message: { zh: '日期格式无效：YYYY-DD-QQ', en: 'bad date format: YYYY-DD-QQ' } }],
    };
    const { fn } = fakeFetch({ 'POST /api/import/orders': { status: 400, body: { error: { code: 'validation', message: 'file rejected', details: fileError } } } });
    vi.stubGlobal('fetch', fn);
    await loadOrdersFile();
    fireEvent.input(screen.getByLabelText('日期格式'), { target: { value: 'YYYY-DD-QQ' } });
    fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
    const report = await screen.findByRole('region', { name: '导入报告' });
    expect(within(report).getByRole('status').textContent).toBe('文件无法导入（表头、列映射、日期格式或 CSV 格式有误），未写入任何数据。');
    expect(report.querySelectorAll('dd')).toHaveLength(0);
    expect([...within(report).getAllByRole('row')[1].querySelectorAll('td')].map((c) => c.textContent)).toEqual(['1', 'ordered_at', 'bad_date_format', '日期格式无效：YYYY-DD-QQ']);
  });

  it('counts errors the server did not list', async () => {
    const many = { ...checked, bad: 1502, errors: errors, errors_omitted: 1500 };
    vi.stubGlobal('fetch', fakeFetch({ 'POST /api/import/orders': { status: 200, body: many } }).fn);
    await loadOrdersFile();
    fireEvent.click(screen.getByRole('button', { name: '开始检查' }));
    const report = await screen.findByRole('region', { name: '导入报告' });
    expect(within(report).getByText('仅显示前 2 条，共 1502 条。')).toBeTruthy();
  });

  it('blocks the import until the required columns are mapped', async () => {
    const { fn, calls } = fakeFetch({});
    vi.stubGlobal('fetch', fn);
    await loadOrdersFile();
    fireEvent.change(select(/^order_id/), { target: { value: '' } });
    fireEvent.change(select(/^unit_price/), { target: { value: '' } });
    expect(within(mapping()).getByRole('alert').textContent).toBe('缺少必填列：order_id, amount');
    const button = screen.getByRole('button', { name: '开始检查' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.change(select(/^amount/), { target: { value: 'UnitPrice' } });
    fireEvent.change(select(/^order_id/), { target: { value: 'InvoiceNo' } });
    expect(within(mapping()).queryByRole('alert')).toBeNull();
    expect(button.disabled).toBe(false);
    expect(calls).toHaveLength(0);
  });
});
