import { describe, expect, it } from 'vitest';
import { guessMapping, importUrl, missingColumns } from '../../../web/src/routes/admin/import-columns';

describe('guessMapping', () => {
  it('maps the UCI Online Retail header to order columns', () => {
    const header = ['InvoiceNo', 'StockCode', 'Description', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'];
    expect(guessMapping('orders', header)).toEqual({
      customer_id: 'CustomerID', order_id: 'InvoiceNo', ordered_at: 'InvoiceDate', amount: '',
      quantity: 'Quantity', unit_price: 'UnitPrice', channel: '', product: 'StockCode',
    });
  });

  it('maps a Chinese DMS customer export and uses each column once', () => {
    const header = ['客户编号', '姓名', '手机号', '性别', '省份', '城市', '来源一级', '销售顾问', '备注'];
    const map = guessMapping('customers', header);
    expect(map).toMatchObject({ customer_id: '客户编号', name: '姓名', phone: '手机号', gender: '性别', region: '省份', city: '城市', source: '来源一级', owner: '销售顾问' });
    expect(map.email).toBe('');
  });
});

describe('missingColumns', () => {
  it('asks orders for amount or quantity with unit price', () => {
    const base = { customer_id: 'c', order_id: 'o', ordered_at: 'd' };
    expect(missingColumns('orders', { ...base, amount: '' })).toEqual(['amount']);
    expect(missingColumns('orders', { ...base, quantity: 'q' })).toEqual(['amount']);
    expect(missingColumns('orders', { ...base, quantity: 'q', unit_price: 'p' })).toEqual([]);
    expect(missingColumns('events', { customer_id: 'c' })).toEqual(['type', 'occurred_at']);
  });
});

describe('importUrl', () => {
  it('lists mapped columns in canonical order and the options', () => {
    const url = importUrl('orders', { ordered_at: 'InvoiceDate', customer_id: 'CustomerID', order_id: 'InvoiceNo', amount: '' },
      { dateFormat: ' M/D/YYYY H:mm ', skipBad: true, dryRun: true });
    const u = new URL(url, 'http://x');
    expect(u.pathname).toBe('/api/import/orders');
    expect(u.searchParams.get('map')).toBe('customer_id=CustomerID,order_id=InvoiceNo,ordered_at=InvoiceDate');
    expect(u.searchParams.get('date_format')).toBe('M/D/YYYY H:mm');
    expect(u.searchParams.get('skip_bad')).toBe('1');
    expect(u.searchParams.get('dry_run')).toBe('1');
  });

  it('leaves out empty options', () => {
    expect(importUrl('events', {}, { dateFormat: '', skipBad: false, dryRun: false })).toBe('/api/import/events');
  });
});
