import { describe, expect, it } from 'vitest';
import { parseColumnMap, resolveColumns } from '../../../shared/import/column-map';

const mapOf = (kind: 'orders' | 'customers' | 'events', spec?: string) => {
  const m = parseColumnMap(kind, spec);
  if (!m.ok) throw new Error(JSON.stringify(m.errors));
  return m.map;
};

describe('--map', () => {
  it('maps targets to the file\'s headers, the rest by their own names (case-insensitive)', () => {
    const header = ['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID', 'Country'];
    const r = resolveColumns('orders', header, mapOf('orders', 'order_id=InvoiceNo,customer_id=CustomerID,ordered_at=InvoiceDate,quantity=Quantity,unit_price=UnitPrice,product=StockCode'));
    expect(r.ok && r.layout.index).toMatchObject({ order_id: 0, product: 1, quantity: 2, ordered_at: 3, unit_price: 4, customer_id: 5, amount: -1, channel: -1 });
    const plain = resolveColumns('orders', ['Customer_ID', 'order_id', 'ordered_at', 'amount'], new Map());
    expect(plain.ok && plain.layout.index.customer_id).toBe(0);
  });

  it('names an unknown target, a missing source column and a malformed pair', () => {
    const bad = parseColumnMap('orders', 'price=UnitPrice,customer_id,=x');
    expect(bad.ok ? [] : bad.errors.map((e) => [e.code, e.column])).toEqual([['unknown_target', 'price'], ['bad_map', null], ['bad_map', null]]);
    const missing = resolveColumns('orders', ['a', 'order_id', 'ordered_at', 'amount'], mapOf('orders', 'customer_id=CustomerID'));
    expect(missing.ok ? [] : missing.errors.map((e) => [e.line, e.code, e.column])).toEqual([[1, 'unknown_column', 'CustomerID']]);
  });

  it('requires the kind\'s columns, and amount or quantity with unit_price for orders', () => {
    const r = resolveColumns('orders', ['customer_id', 'ordered_at', 'quantity'], new Map());
    expect(r.ok ? [] : r.errors.map((e) => [e.code, e.column])).toEqual([['missing_column', 'order_id'], ['missing_column', 'amount']]);
    expect(resolveColumns('orders', ['customer_id', 'order_id', 'ordered_at', 'quantity', 'unit_price'], new Map()).ok).toBe(true);
    const ev = resolveColumns('events', ['customer_id', 'occurred_at'], new Map());
    expect(ev.ok ? [] : ev.errors.map((e) => e.column)).toEqual(['type']);
  });

  it('refuses a header used twice and an empty header', () => {
    const dup = resolveColumns('customers', ['customer_id', 'name', 'customer_id'], new Map());
    expect(dup.ok ? [] : dup.errors.map((e) => e.code)).toEqual(['duplicate_column']);
    const empty = resolveColumns('customers', [''], new Map());
    expect(empty.ok ? [] : empty.errors.map((e) => e.code)).toEqual(['no_header']);
  });

  it('keeps unused customer columns as extras for attributes', () => {
    const r = resolveColumns('customers', ['customer_id', 'name', 'vip_level', 'industry'], new Map());
    expect(r.ok && r.layout.extra).toEqual([2, 3]);
  });
});
