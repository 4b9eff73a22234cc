import { describe, expect, it } from 'vitest';
import { parseColumnMap, resolveColumns } from '../../../shared/import/column-map';
import { makeRowParser } from '../../../shared/import/row-parser';
import type { RowParser, RowParserOptions } from '../../../shared/import/row-context';
import { normaliseId, parseDecimal } from '../../../shared/import/cell-values';
import { dayNumber } from '../../../shared/time/calendar';
import type { EventRecord, ImportKind, OrderRecord } from '../../../shared/import/records';

const utc8 = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');

function parserFor(kind: ImportKind, header: string[], opts: Partial<RowParserOptions> & { map?: string } = {}): RowParser<unknown> {
  const map = parseColumnMap(kind, opts.map);
  if (!map.ok) throw new Error('map');
  const cols = resolveColumns(kind, header, map.map);
  if (!cols.ok) throw new Error(JSON.stringify(cols.errors));
  const p = makeRowParser(kind, cols.layout, { instantToLocal: utc8, eventKey: (e) => `k:${e.customer_id}|${e.type}|${e.occurred_at}`, ...opts });
  if (!p.ok) throw new Error('parser');
  return p.parse;
}

const codes = (r: ReturnType<RowParser<unknown>>) => (r.ok ? [] : r.errors.map((e) => [e.line, e.column, e.code]));

describe('cell values', () => {
  it('normalises float-artefact ids and keeps other ids', () => {
    expect(normaliseId('17850.0')).toBe('17850');
    expect(normaliseId(' 17850.00 ')).toBe('17850');
    expect(normaliseId('00042')).toBe('00042');
    expect(normaliseId('C-1.0a')).toBe('C-1.0a');
    expect(normaliseId('1.5')).toBe('1.5');
  });
  it('parses decimals strictly', () => {
    expect(parseDecimal(' -2.5 ')).toBe(-2.5);
    expect(parseDecimal('1e3')).toBe(1000);
    for (const bad of ['', '0x10', 'Infinity', '1,000', '12元', 'abc']) expect(parseDecimal(bad), bad).toBeUndefined();
  });
});

describe('order rows', () => {
  const header = ['customer_id', 'order_id', 'ordered_at', 'amount', 'channel', 'product'];
  const parse = parserFor('orders', header);

  it('a good row becomes an order record with local time and day number', () => {
    expect(parse(['C-1', 'SO-1', '2026-10-02 10:15', '168000', '门店', '轻卡 K3'], 2)).toEqual({
      ok: true,
      value: { customer_id: 'C-1', order_id: 'SO-1', ordered_at: '2026-10-02 10:15:00', day: dayNumber('2026-10-02'), amount: 168000, quantity: null, channel: '门店', product: '轻卡 K3' },
    });
  });

  it('names each bad cell with line, column and code', () => {
    expect(codes(parse(['', 'SO-1', '2026-10-02', '1', '', ''], 7))).toEqual([[7, 'customer_id', 'missing_customer_id']]);
    expect(codes(parse(['C-1', 'SO-1', '2026-02-30', '1', '', ''], 8))).toEqual([[8, 'ordered_at', 'bad_date']]);
    expect(codes(parse(['C-1', 'SO-1', '2026-10-02', '-5', '', ''], 9))).toEqual([[9, 'amount', 'negative_amount']]);
    expect(codes(parse(['C-1', 'SO-1', '2026-10-02', '12元', '', ''], 10))).toEqual([[10, 'amount', 'not_a_number']]);
    expect(codes(parse(['', '', 'soon', '', '', ''], 11))).toEqual([[11, 'customer_id', 'missing_customer_id'], [11, 'order_id', 'missing_value'], [11, 'ordered_at', 'bad_date'], [11, 'amount', 'missing_value']]);
    expect(codes(parse(['C-1', 'SO-1', '2026-10-02'], 12))).toEqual([[12, null, 'field_count']]);
  });

  it('bilingual messages quote the cell', () => {
    const r = parse(['C-1', 'SO-1', '02/10/2026', '1', '', ''], 3);
    expect(r.ok ? null : r.errors[0].message).toEqual({ zh: '无法解析的日期 "02/10/2026"（ordered_at，应为 ISO 8601）', en: 'unparsable date "02/10/2026" (ordered_at, expected ISO 8601)' });
  });

  it('quantity × unit_price, rounded to cents; a negative quantity (cancellation) is a negative amount', () => {
    const p = parserFor('orders', ['InvoiceNo', 'StockCode', 'Quantity', 'InvoiceDate', 'UnitPrice', 'CustomerID'], {
      map: 'order_id=InvoiceNo,customer_id=CustomerID,ordered_at=InvoiceDate,quantity=Quantity,unit_price=UnitPrice,product=StockCode',
    });
    const good = p(['536365', '85123A', '6', '2010-12-01 08:26:00', '2.55', '17850.0'], 2);
    expect(good.ok && good.value).toMatchObject({ customer_id: '17850', order_id: '536365', amount: 15.3, quantity: 6, product: '85123A' });
    expect(codes(p(['C536379', 'D', '-1', '2010-12-01 09:41:00', '27.5', '14527.0'], 3))).toEqual([[3, 'Quantity', 'negative_amount']]);
    expect(codes(p(['536414', '22139', '56', '2010-12-01 11:52:00', '0', ''], 4))).toEqual([[4, 'CustomerID', 'missing_customer_id']]);
    const free = p(['536414', '22139', '56', '2010-12-01 11:52:00', '0', '1'], 5);
    expect(free.ok && (free.value as OrderRecord).amount).toBe(0);
  });
});

describe('event rows', () => {
  const parse = parserFor('events', ['customer_id', 'type', 'occurred_at', 'product', 'duration_s', 'event_id']);
  it('keys by event_id when given, else by content', () => {
    const withId = parse(['C-1', 'view', '2026-11-01T10:00:00+08:00', 'K3', '320', 'E-9'], 2);
    expect(withId.ok && withId.value).toEqual({ customer_id: 'C-1', client_id: 'c:E-9', type: 'view', occurred_at: '2026-11-01 10:00:00', day: dayNumber('2026-11-01'), product: 'K3', duration_s: 320 });
    const noId = parse(['C-1', 'call', '2026-11-01', '', '', ''], 3);
    expect(noId.ok && (noId.value as EventRecord).client_id).toBe('k:C-1|call|2026-11-01 00:00:00');
  });
  it('refuses a negative or non-numeric duration and a missing type', () => {
    expect(codes(parse(['C-1', 'view', '2026-11-01', '', '-3', ''], 4))).toEqual([[4, 'duration_s', 'negative_value']]);
    expect(codes(parse(['C-1', '', '2026-11-01', '', 'long', ''], 5))).toEqual([[5, 'type', 'missing_value'], [5, 'duration_s', 'not_a_number']]);
  });
});

describe('customer rows', () => {
  const owners = new Map([['sales1', 3], ['manager1', 2]]);
  const parse = parserFor('customers', ['customer_id', 'name', 'phone', 'birth_year', 'owner', 'vip_level', 'industry'], { owners });
  it('writes only the file\'s columns, derives phone_tail, keeps extras as attributes', () => {
    const r = parse(['C-7', '王芳', '138-1234-5678', '1985', 'sales1', 'gold', ''], 2);
    expect(r.ok && r.value).toEqual({
      customer_id: 'C-7',
      columns: { name: '王芳', phone: '138-1234-5678', phone_tail: '5678', birth_year: 1985, owner_id: 3 },
      attributes: { vip_level: 'gold' },
    });
  });
  it('refuses an unknown owner and an impossible birth year', () => {
    expect(codes(parse(['C-7', '', '', '1850', 'nobody', '', ''], 6))).toEqual([[6, 'birth_year', 'out_of_range'], [6, 'owner', 'unknown_owner']]);
    expect(codes(parse(['C-7', '', '', 'abc', '', '', ''], 7))).toEqual([[7, 'birth_year', 'not_a_number']]);
  });
});
