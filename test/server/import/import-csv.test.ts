import { gzipSync } from 'node:zlib';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../../server/db/client';
import { addUser } from '../../../server/services/users';
import { dayNumber } from '../../../shared/time/calendar';
import { fixtureText, run, snapshot } from './import-helpers';

let db: Database;
beforeEach(async () => {
  db = await openDatabase('file::memory:');
});

const one = async (sql: string, args: (string | number)[] = []) => (await db.client.execute({ sql, args })).rows[0];

describe('orders import', () => {
  it('a good file: lines of one order summed, ids normalised, offsets converted, aggregates recomputed', async () => {
    const r = await run(db, 'orders', fixtureText('orders-good.csv'));
    expect(r).toMatchObject({ rows: 5, good: 5, bad: 0, written: true, records: 4, customers_touched: 3, customers_created: 3, errors: [] });
    const so3 = await one("SELECT amount, ordered_at, day, channel, product FROM orders WHERE order_id = 'SO-3'");
    expect({ ...so3 }).toEqual({ amount: 1300, ordered_at: '2026-11-01 08:00:00', day: dayNumber('2026-11-01'), channel: '电商', product: '配件, 滤芯' });
    const so4 = await one("SELECT c.customer_id, o.product FROM orders o JOIN customers c ON c.pk = o.customer_pk WHERE order_id = 'SO-4'");
    expect({ ...so4 }).toEqual({ customer_id: '17850', product: '赠品\n（多行备注）' });
    const stats = await one("SELECT s.orders, s.monetary, s.first_day, s.last_day FROM customer_stats s JOIN customers c ON c.pk = s.customer_pk WHERE c.customer_id = 'C-1001'");
    expect({ ...stats }).toEqual({ orders: 2, monetary: 168860, first_day: dayNumber('2026-10-02'), last_day: dayNumber('2026-11-12') });
  });

  it('re-importing the same file changes nothing: same counts, order lines not summed twice', async () => {
    await run(db, 'orders', fixtureText('orders-good.csv'));
    const before = await snapshot(db);
    const again = await run(db, 'orders', fixtureText('orders-good.csv'));
    expect(again).toMatchObject({ written: true, records: 4, customers_created: 0 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('an order imported again with a new amount is replaced, not added to', async () => {
    await run(db, 'orders', 'customer_id,order_id,ordered_at,amount\nC-1,SO-1,2026-10-02,100\nC-1,SO-1,2026-10-02,50\n');
    await run(db, 'orders', 'customer_id,order_id,ordered_at,amount\nC-1,SO-1,2026-10-02,70\n');
    expect((await one("SELECT amount FROM orders WHERE order_id = 'SO-1'")).amount).toBe(70);
    expect((await one('SELECT monetary FROM customer_stats')).monetary).toBe(70);
  });

  it('one bad row: nothing written, every bad row listed with its physical line', async () => {
    await run(db, 'orders', fixtureText('orders-good.csv'));
    const before = await snapshot(db);
    const r = await run(db, 'orders', fixtureText('orders-bad.csv'));
    expect(r).toMatchObject({ rows: 6, good: 2, bad: 4, written: false, records: null });
    expect(r.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [4, 'amount', 'negative_amount'],
      [5, 'ordered_at', 'bad_date'],
      [7, 'customer_id', 'missing_customer_id'],
      [8, 'amount', 'not_a_number'],
    ]);
    expect(r.bad_by_code).toEqual({ negative_amount: 1, bad_date: 1, missing_customer_id: 1, not_a_number: 1 });
    expect(await snapshot(db)).toEqual(before);
  });

  it('a bad row after many good batches still leaves the database as it was', async () => {
    const lines = Array.from({ length: 50_000 }, (_, i) => `C-${i % 900},SO-${i},2026-10-02 10:00:00,${i % 500}`);
    lines.push('C-1,SO-x,2026-10-02 10:00:00,-1');
    const r = await run(db, 'orders', `customer_id,order_id,ordered_at,amount\n${lines.join('\n')}\n`);
    expect(r).toMatchObject({ rows: 50_001, bad: 1, written: false });
    expect(r.errors[0].line).toBe(50_002);
    expect(await snapshot(db)).toEqual({ customers: [], orders: [], events: [], stats: [] });
  });

  it('--skip-bad writes the good rows and reports the bad ones', async () => {
    const r = await run(db, 'orders', fixtureText('orders-bad.csv'), { skipBad: true });
    expect(r).toMatchObject({ good: 2, bad: 4, written: true, records: 2 });
    const ids = (await db.client.execute('SELECT order_id FROM orders ORDER BY order_id')).rows.map((x) => x.order_id);
    expect(ids).toEqual(['SO-1', 'SO-6']);
  });

  it('--dry-run checks and counts but writes nothing', async () => {
    const r = await run(db, 'orders', fixtureText('orders-good.csv'), { dryRun: true });
    expect(r).toMatchObject({ good: 5, written: false, dry_run: true, records: 4, customers_created: 3 });
    expect(await snapshot(db)).toEqual({ customers: [], orders: [], events: [], stats: [] });
  });

  it('gzip input (detected by content) imports the same as plain', async () => {
    const r = await run(db, 'orders', gzipSync(fixtureText('orders-good.csv')));
    expect(r).toMatchObject({ good: 5, written: true, records: 4 });
  });

  it('--map and --date-format (a CDNOW-like export)', async () => {
    const csv = 'cust,tx,date,cds,dollars\n00001,1,19970101,1,11.77\n00001,2,19970118,2,29.33\n';
    const r = await run(db, 'orders', csv, { map: 'customer_id=cust,order_id=tx,ordered_at=date,quantity=cds,amount=dollars', dateFormat: 'YYYYMMDD' });
    expect(r).toMatchObject({ good: 2, written: true, records: 2 });
    const row = await one("SELECT ordered_at, day, quantity, amount FROM orders WHERE order_id = '2'");
    expect({ ...row }).toEqual({ ordered_at: '1997-01-18 00:00:00', day: dayNumber('1997-01-18'), quantity: 2, amount: 29.33 });
  });

  it('a header or option problem refuses the whole file, even with --skip-bad', async () => {
    const missing = await run(db, 'orders', 'cust,order_id,ordered_at,amount\nC-1,SO-1,2026-10-02,1\n', { skipBad: true });
    expect(missing).toMatchObject({ file_error: true, written: false, rows: 0 });
    expect(missing.errors.map((e) => [e.line, e.column, e.code])).toEqual([[1, 'customer_id', 'missing_column']]);
    const map = await run(db, 'orders', 'a,b\n1,2\n', { map: 'customer_id=Kunde' });
    expect(map.errors.map((e) => e.code)).toContain('unknown_column');
    const broken = await run(db, 'orders', 'customer_id,order_id,ordered_at,amount\nC-1,SO-1,2026-10-02,1\nC-2,"SO-2,2026-10-02,1\n', { skipBad: true });
    expect(broken).toMatchObject({ file_error: true, written: false });
    expect(broken.errors[0]).toMatchObject({ line: 3, code: 'bad_csv' });
    expect(await snapshot(db)).toEqual({ customers: [], orders: [], events: [], stats: [] });
  });

  it('lists at most maxErrors errors and counts the rest', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `C-${i},SO-${i},never,1`).join('\n');
    const r = await run(db, 'orders', `customer_id,order_id,ordered_at,amount\n${rows}\n`, { maxErrors: 10 });
    expect(r.errors).toHaveLength(10);
    expect(r).toMatchObject({ bad: 30, errors_omitted: 20, bad_by_code: { bad_date: 30 } });
  });
});

describe('events import', () => {
  it('imports, creates unknown customers, and a re-import adds nothing', async () => {
    const r = await run(db, 'events', fixtureText('events-good.csv'));
    expect(r).toMatchObject({ good: 3, written: true, records: 3, customers_created: 2 });
    const again = await run(db, 'events', fixtureText('events-good.csv'));
    expect(again).toMatchObject({ written: true, records: 0 });
    expect((await one('SELECT count(*) n FROM events')).n).toBe(3);
    const last = await one("SELECT s.last_contact_day, s.last_event_day FROM customer_stats s JOIN customers c ON c.pk = s.customer_pk WHERE c.customer_id = 'C-1003'");
    expect({ ...last }).toEqual({ last_contact_day: dayNumber('2026-11-03'), last_event_day: dayNumber('2026-11-03') });
  });
});

describe('customers import', () => {
  it('sets profile fields, owner by login, phone tail and attributes; an unknown owner is a bad row', async () => {
    const sales1 = await addUser(db.db, { login: 'sales1', role: 'sales', password: 'long-enough-pw' });
    const r = await run(db, 'customers', fixtureText('customers-good.csv'));
    expect(r).toMatchObject({ good: 2, written: true, records: 2 });
    const c = await one("SELECT name, phone_tail, owner_id, birth_year, city, attributes FROM customers WHERE customer_id = 'C-1001'");
    expect({ ...c }).toEqual({ name: '张伟', phone_tail: '1234', owner_id: sales1.id, birth_year: 1980, city: '杭州', attributes: '{"vip_level":"gold"}' });
    expect((await one("SELECT phone_tail FROM customers WHERE customer_id = 'C-1002'")).phone_tail).toBe('5678');

    const bad = await run(db, 'customers', 'customer_id,owner\nC-1001,nobody\nC-1002,sales1\n');
    expect(bad.errors.map((e) => [e.line, e.column, e.code])).toEqual([[2, 'owner', 'unknown_owner']]);
    expect(bad.written).toBe(false);
  });

  it('merges attributes and leaves columns the file lacks alone', async () => {
    await addUser(db.db, { login: 'sales1', role: 'sales', password: 'long-enough-pw' });
    expect((await run(db, 'customers', fixtureText('customers-good.csv'))).written).toBe(true);
    await run(db, 'customers', 'customer_id,industry\nC-1001,物流\n');
    const c = await one("SELECT name, attributes FROM customers WHERE customer_id = 'C-1001'");
    expect({ ...c, attributes: JSON.parse(String(c.attributes)) }).toEqual({ name: '张伟', attributes: { vip_level: 'gold', industry: '物流' } });
  });
});
